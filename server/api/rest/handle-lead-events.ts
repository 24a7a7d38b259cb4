// POST /api/v1/leads/{id}/events (API key, leads:write): an outcome from a CRM → 201 { outcome,
// stageChanged, lead } (200 with isDuplicate when its externalId was recorded before). Errors name
// the path: 422 for a field (type, occurredAt, amount, reason), 404 for a lead outside the key's
// workspace, 409 for spam or an externalId reused for another event. Transport only: the work is
// recordOutcome's. A query parameter is ignored and named in `warnings` (query.<name>): the event is
// recorded (no-query-parameters.ts). An `Idempotency-Key` header (as POST /api/v1/leads takes) is the
// event's externalId when the body gives none, so a retry after a lost answer records the event once
// (it was ignored: each retry recorded the outcome again); a body's own externalId wins.
import type { Db } from "../../db/client";
import { LEAD_EVENT_STAGES, MAX_LEAD_EVENT_BYTES, ZLeadEventRequest } from "../../domain/outcomes/lead-event-request";
import { AppError } from "../../errors";
import { recordOutcome } from "../../services/outcomes/record-outcome";
import { parseIdempotencyKey } from "../../services/submissions/idempotency-key";
import type { TWebhookQueue } from "../../services/webhooks/webhook-jobs";
import { privateJson, withApiKey } from "./authenticate";
import { ignoredQueryWarnings } from "./no-query-parameters";
import { readParsedBody } from "./read-parsed-body";

export function handleLeadEvent(db: Db, request: Request, leadId: string, now: Date, webhooks: () => Promise<TWebhookQueue>): Promise<Response> {
  return withApiKey(db, request, now, "POST /api/v1/leads/{id}/events", async ({ workspaceId, keyId }) => {
    const idempotencyKey = parseIdempotencyKey(request.headers.get("idempotency-key"));
    const body = await readParsedBody(request, ZLeadEventRequest, { maxBytes: MAX_LEAD_EVENT_BYTES });
    if (!body.ok) return body.response;
    const event = body.value;
    const fromHeader = !event.externalId && idempotencyKey !== null;
    const result = await recordOutcome(
      db,
      {
        workspaceId,
        leadId,
        stage: LEAD_EVENT_STAGES[event.type],
        occurredAt: new Date(event.occurredAt),
        amount: event.amount ?? null,
        reason: event.reason ?? null,
        source: "API",
        externalId: event.externalId ?? idempotencyKey,
        actor: { kind: "api-key", apiKeyId: keyId },
        now,
      },
      { webhooks: await webhooks() },
    ).catch((error: unknown) => {
      // The key was the externalId: its conflict (another lead or type) is the header's.
      if (fromHeader && error instanceof AppError && error.code === "CONFLICT" && error.details[0]?.path === "externalId") {
        throw new AppError("CONFLICT", "This Idempotency-Key was already used for another event", error.details.map((d) => ({ ...d, path: "headers.idempotency-key" })));
      }
      throw error;
    });
    const warnings = ignoredQueryWarnings("POST /api/v1/leads/{id}/events", request.url);
    return privateJson(result.isDuplicate ? 200 : 201, warnings.length > 0 ? { ...result, warnings } : result);
  });
}
