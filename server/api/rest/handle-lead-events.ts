// POST /api/v1/leads/{id}/events (API key, leads:write): an outcome from a CRM → 201 { outcome,
// stageChanged, lead } (200 with isDuplicate when the same event was recorded under its externalId
// before). Errors name the path: 422 for a field (type, occurredAt, amount, reason) and for an
// externalId reused for another event (a different type, occurredAt, amount, reason or lead: the
// change is not dropped silently; event-replay.ts), 404 for a lead outside the key's workspace, 409
// for spam. `type` is read in any letter case and `amount` with thousands separators
// (lead-event-request.ts). Transport only: the work is recordOutcome's. A query parameter is
// ignored and named in `warnings` (query.<name>): the event is recorded (no-query-parameters.ts).
// An `Idempotency-Key` header (as POST /api/v1/leads takes) is the event's externalId when the body
// gives none, so a retry after a lost answer records the event once; another event under it is the
// 422 POST /api/v1/leads answers, at headers.idempotency-key. A body's own externalId wins.
import type { Db } from "../../db/client";
import { LEAD_EVENT_STAGES, MAX_LEAD_EVENT_BYTES, ZLeadEventRequest } from "../../domain/outcomes/lead-event-request";
import { recordOutcome } from "../../services/outcomes/record-outcome";
import type { TLimiter } from "../../services/rate-limit/rate-limits";
import { parseIdempotencyKey } from "../../services/submissions/idempotency-key";
import type { TWebhookQueue } from "../../services/webhooks/webhook-jobs";
import { privateJson, withApiKey } from "./authenticate";
import { ignoredQueryWarnings } from "./no-query-parameters";
import { readParsedBody } from "./read-parsed-body";

export function handleLeadEvent(db: Db, request: Request, leadId: string, now: Date, webhooks: () => Promise<TWebhookQueue>, options: { rateLimit?: TLimiter } = {}): Promise<Response> {
  return withApiKey(
    db,
    request,
    now,
    "POST /api/v1/leads/{id}/events",
    async ({ workspaceId, keyId }) => {
      const idempotencyKey = parseIdempotencyKey(request.headers.get("idempotency-key"));
      const body = await readParsedBody(request, ZLeadEventRequest, { maxBytes: MAX_LEAD_EVENT_BYTES });
      if (!body.ok) return body.response;
      const event = body.value;
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
          // The key was the externalId: another event under it is the header's 422.
          externalIdSentAs: !event.externalId && idempotencyKey !== null ? "idempotencyKey" : "externalId",
          actor: { kind: "api-key", apiKeyId: keyId },
          now,
        },
        { webhooks: await webhooks() },
      );
      const warnings = ignoredQueryWarnings("POST /api/v1/leads/{id}/events", request.url);
      return privateJson(result.isDuplicate ? 200 : 201, warnings.length > 0 ? { ...result, warnings } : result);
    },
    options,
  );
}
