import { CurrencySettingsManager } from "@/components/currencies/currency-settings-manager";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireRole } from "@/server/auth/page-guards";
import { getDb } from "@/server/db/client";
import { ADMIN_ROLES } from "@/server/domain/auth/roles";
import { getCurrencySettings } from "@/server/services/currencies/currency-settings";

export const dynamic = "force-dynamic";
export const metadata = { title: "Currencies" };

export default async function CurrenciesPage() {
  const { workspace } = await requireRole(ADMIN_ROLES);
  const settings = await getCurrencySettings(await getDb(), workspace.id);
  return (
    <div className="space-y-6">
      <PageHeader
        title="Currencies"
        description="Routing compares money in one currency: value thresholds, pipeline caps and the review's minimum value. Each lead's value is converted into it with the rates set here — when the lead arrives, and again for existing leads (open and closed, and so your reps' open pipeline) moments after you change a rate or the routing currency, in the background. A lead in a currency without a rate is routed as a lead without value."
      />
      <Card>
        <CurrencySettingsManager settings={settings} />
      </Card>
    </div>
  );
}
