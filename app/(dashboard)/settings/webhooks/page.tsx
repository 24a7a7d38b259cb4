import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { WebhooksManager } from "@/components/webhooks/webhooks-manager";
import { requireRole } from "@/server/auth/page-guards";
import { getDb } from "@/server/db/client";
import { ADMIN_ROLES } from "@/server/domain/auth/roles";
import { listWebhookEndpoints } from "@/server/services/webhooks/webhook-endpoints";

export const dynamic = "force-dynamic";
export const metadata = { title: "Webhooks" };

export default async function WebhooksPage() {
  const { workspace } = await requireRole(ADMIN_ROLES);
  const endpoints = await listWebhookEndpoints(await getDb(), workspace.id);
  return (
    <div className="space-y-6">
      <PageHeader
        title="Webhooks"
        description={
          <>
            Switchboard POSTs the events you choose to your endpoints, signed per Standard Webhooks (<code>webhook-id</code>, <code>webhook-timestamp</code>, <code>webhook-signature</code>). Payloads are in{" "}
            <a className="text-brand-600 underline" href="/api/v1/openapi.json">the OpenAPI document</a> (<code>webhooks</code>).
          </>
        }
      />
      <Card>
        <WebhooksManager endpoints={endpoints} />
      </Card>
    </div>
  );
}
