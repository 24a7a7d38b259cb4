import { ApiKeysManager } from "@/components/api-keys/api-keys-manager";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireRole } from "@/server/auth/page-guards";
import { getDb } from "@/server/db/client";
import { ADMIN_ROLES } from "@/server/domain/auth/roles";
import { listApiKeys } from "@/server/services/api-keys/api-keys";

export const dynamic = "force-dynamic";
export const metadata = { title: "API keys" };

export default async function ApiKeysPage() {
  const { workspace } = await requireRole(ADMIN_ROLES);
  const keys = await listApiKeys(await getDb(), workspace.id);
  return (
    <div className="space-y-6">
      <PageHeader
        title="API keys"
        description={<>Keys for the REST API (<code>Authorization: Bearer …</code>). See <a className="text-brand-600 underline" href="/api/v1/openapi.json">the OpenAPI document</a>.</>}
      />
      <Card>
        <ApiKeysManager keys={keys} />
      </Card>
    </div>
  );
}
