// POST /api/v1/leads/{id}/reassign (API key, leads:write): to a named rep or the next best one →
// 200 { lead }. Naming the current owner is answered as done (200, unchanged, a warning at toRepId).
// An `Idempotency-Key` (as POST /api/v1/leads takes) makes any reassignment retry-safe: the same key
// and request again answers 200 with the lead and moves nothing (a retry of "next best" moved the lead
// again); the same key with another request is a 422 at headers.idempotency-key, as is a malformed key.
// Transport only: the work is reassignLead's (services/assignments), the key's reassign-idempotency.ts.
// (Moved out of handle-leads.ts, whose handleReassignLead this replaces.)
import { rawSqlOf, type Db } from "../../db/client";
import { ZReassignRequest } from "../../domain/leads/create-lead-request";
import { reassignLead } from "../../services/assignments/reassign-lead";
import { apiKeyKeyScope, parseIdempotencyKey, requestFingerprint } from "../../services/submissions/idempotency-key";
import { privateJson, withApiKey } from "./authenticate";
import { leadResource } from "./lead-resource";
import { readParsedBody } from "./read-parsed-body";
import { depsOf, type TDepsSource } from "./follow-up-deps-source";

const MAX_REASSIGN_BYTES = 8 * 1024;
/** A reassignment to the lead's current owner: already done, so answered as done (an idempotent retry). */
export const ALREADY_OWNER_MESSAGE = "The lead already belongs to this rep: nothing changed (no new assignment, alert or webhook)";


export function handleReassignLead(db: Db, request: Request, leadId: string, now: Date, deps: TDepsSource): Promise<Response> {
  return withApiKey(db, request, now, "POST /api/v1/leads/{id}/reassign", async ({ workspaceId, keyId }) => {
    const idempotencyKey = parseIdempotencyKey(request.headers.get("idempotency-key"));
    const parsed = await readParsedBody(request, ZReassignRequest, { maxBytes: MAX_REASSIGN_BYTES });
    if (!parsed.ok) return parsed.response;
    const toRepId = parsed.value.toRepId ?? null;
    const idempotency = idempotencyKey === null ? null : { scope: apiKeyKeyScope(keyId), key: idempotencyKey, fingerprint: requestFingerprint({ leadId, toRepId, reason: parsed.value.reason }) };
    // The current owner named again (a retry whose answer was lost): 200, nothing changed, said in warnings.
    const result = await reassignLead(db, await depsOf(deps), { workspaceId, leadId, toRepId, reason: parsed.value.reason, byUserId: null, now, sameOwner: "keep", idempotency });
    const warnings = result.isUnchanged ? [{ path: "toRepId", message: ALREADY_OWNER_MESSAGE }] : [];
    return privateJson(200, { lead: await leadResource(rawSqlOf(db), workspaceId, leadId), ...(warnings.length > 0 ? { warnings } : {}) });
  });
}
