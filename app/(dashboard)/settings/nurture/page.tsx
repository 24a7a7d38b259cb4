import { IntentLink } from "@/components/ui/intent-link";
import { NurtureSettingsForm } from "@/components/sequences/nurture-settings-form";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireRole } from "@/server/auth/page-guards";
import { getDb } from "@/server/db/client";
import { ADMIN_ROLES } from "@/server/domain/auth/roles";
import { loadNurtureSettings } from "@/server/services/nurture/nurture-settings";
import { listSequences } from "@/server/services/nurture/sequences";

export const dynamic = "force-dynamic";
export const metadata = { title: "Nurture settings" };

export default async function NurtureSettingsPage() {
  const { workspace } = await requireRole(ADMIN_ROLES);
  const db = await getDb();
  const [settings, sequences] = await Promise.all([loadNurtureSettings(db, workspace.id), listSequences(db, workspace.id)]);
  return (
    <div className="space-y-6">
      <PageHeader
        title="Nurture settings"
        description={<>How engagement raises intent, what every nurture email carries and when it may be sent. Sequences themselves are built under <IntentLink className="text-brand-600 underline" href="/sequences">Sequences</IntentLink>.</>}
      />
      <Card>
        <NurtureSettingsForm settings={settings} sequences={sequences.filter((s) => s.publishedVersion !== null).map((s) => ({ id: s.id, name: s.name }))} />
      </Card>
    </div>
  );
}
