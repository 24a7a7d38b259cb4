// The "webhooks.endpoint-disabled" job, after the commit that disabled an endpoint for sustained
// failure: one email to each owner and admin of the workspace (through the outbox, so a mail
// outage loses nothing), naming the endpoint, why, and where to enable it again. Idempotent: a
// retried job stores no second email (dedupe key per endpoint, disable time and recipient).
// Nothing is sent when the endpoint was enabled again or removed in the meantime.
import type { Db } from "../../db/client";
import { ADMIN_ROLES } from "../../domain/auth/roles";
import { sendEmail } from "../../mail/send-email";
import type { TFollowUpDeps } from "../routing/follow-up-jobs";
import type { TWebhookJobs } from "./webhook-jobs";

export async function notifyEndpointDisabled(db: Db, deps: Pick<TFollowUpDeps, "queue" | "appUrl" | "mail">, job: TWebhookJobs["webhooks.endpoint-disabled"]): Promise<number> {
  const endpoint = await db.webhookEndpoint.findFirst({
    where: { id: job.endpointId, workspaceId: job.workspaceId },
    select: { url: true, isEnabled: true, disabledReason: true, workspace: { select: { name: true } } },
  });
  if (!endpoint || endpoint.isEnabled) return 0;
  const lastFailure = await db.webhookDelivery.findFirst({ where: { endpointId: job.endpointId, lastAttemptAt: { not: null } }, orderBy: { lastAttemptAt: "desc" }, select: { lastStatusCode: true, lastResponse: true } });
  const admins = await db.membership.findMany({ where: { workspaceId: job.workspaceId, role: { in: [...ADMIN_ROLES] } }, orderBy: { createdAt: "asc" }, select: { user: { select: { email: true, name: true } } } });
  const lastAnswer = lastFailure ? (lastFailure.lastStatusCode !== null ? `HTTP ${lastFailure.lastStatusCode}` : (lastFailure.lastResponse ?? "no answer")).slice(0, 200) : "no answer";
  for (const { user } of admins) {
    await sendEmail(
      db,
      {
        to: user.email,
        workspaceId: job.workspaceId,
        dedupeKey: `webhook-disabled:${job.endpointId}:${job.disabledAt}:${user.email.toLowerCase()}`,
        template: {
          name: "webhook-endpoint-disabled",
          props: { adminName: user.name ?? user.email, workspaceName: endpoint.workspace.name, url: endpoint.url, reason: endpoint.disabledReason ?? "Disabled after failing for days", lastAnswer, settingsUrl: `${deps.appUrl}/settings/webhooks` },
        },
      },
      { queue: deps.queue, config: deps.mail },
    );
  }
  return admins.length;
}
