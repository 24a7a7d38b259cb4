// The leads endpoints of the server-to-server API (API key → workspace; see authenticate.ts):
//   POST /api/v1/leads                   a lead from any source, scored and routed → 201 { lead }
//   GET  /api/v1/leads                   the leads by (updatedAt, id), filtered, cursor-paged → 200 { leads, nextCursor }
//   GET  /api/v1/leads/{id}              the lead with its assignment and reasons → 200 { lead }
//   POST /api/v1/leads/{id}/reassign     to a named rep or the next best one → 200 { lead } (the current owner named: 200, unchanged, a warning)
// Transport only: body reading and shapes here, the work in createLead (replayLead past the key's
// rate limit) / reassignLead.
import { rawSqlOf, type Db } from "../../db/client";
import { MAX_LEAD_BYTES, ZReassignRequest } from "../../domain/leads/create-lead-request";
import { validationError } from "../../errors";
import { reassignLead } from "../../services/assignments/reassign-lead";
import { createLead, replayLead, type TCreateLeadResult } from "../../services/leads/create-lead";
import { listLeadFeed } from "../../services/leads/lead-feed";
import { searchParamsInput } from "../../domain/leads/lead-list-query";
import type { TFollowUpDeps } from "../../services/routing/after-assignment";
import type { TLimiter } from "../../services/rate-limit/rate-limits";
import { privateJson, withApiKey, withApiKeyVerdict } from "./authenticate";
import { requestIssues } from "../../domain/validation/request-issues";
import { jsonError } from "./json-error";
import { leadResource } from "./lead-resource";
import { ignoredQueryWarnings } from "./no-query-parameters";
import { readJsonBody, textRepairWarnings } from "./read-json-body";

const MAX_REASSIGN_BYTES = 8 * 1024;
/** A reassignment to the lead's current owner: already done, so answered as done (an idempotent retry). */
export const ALREADY_OWNER_MESSAGE = "The lead already belongs to this rep: nothing changed (no new assignment, alert or webhook)";
/** The intake's answer: private, never cached, never re-encoded on the way (Next's gzip honours no-transform). */
const INTAKE_ANSWER_HEADERS = { "cache-control": "no-store, no-transform" };

/** The routing follow-up deps, or how to get them (the app's are made only once a key is valid). */
export type TDepsSource = TFollowUpDeps | (() => Promise<TFollowUpDeps>);
const depsOf = (source: TDepsSource) => (typeof source === "function" ? source() : Promise.resolve(source));

/**
 * The rate limit is taken first (no statement more for a request under it). A key over its limit
 * still gets the answer to an idempotent replay (same Idempotency-Key, same request: 200 with the
 * first lead), so a retry after a lost answer is never refused; only then is the key looked up.
 */
export function handleCreateLead(db: Db, request: Request, now: Date, routing: TDepsSource, options: { rateLimit?: TLimiter } = {}): Promise<Response> {
  const idempotencyKey = request.headers.get("idempotency-key");
  // A query parameter is ignored, and said first (`query.source`): the lead is kept (no-query-parameters.ts).
  const answer = async (workspaceId: string, result: TCreateLeadResult) => {
    const warnings = [...ignoredQueryWarnings("POST /api/v1/leads", request.url), ...result.warnings];
    // Never compressed (no-transform): a lead's answer is a few KB, and gzip would cost the intake's hottest path CPU on every lead.
    return privateJson(result.status, { lead: await leadResource(rawSqlOf(db), workspaceId, result.leadId), ...(warnings.length > 0 ? { warnings } : {}) }, INTAKE_ANSWER_HEADERS);
  };
  return withApiKeyVerdict(
    db,
    request,
    now,
    "POST /api/v1/leads",
    async ({ workspaceId, keyId }, limited) => {
      if (limited) {
        // Past the limit only a replay of this key's earlier request is answered (the one lookup, with an Idempotency-Key only); anything else keeps its 429.
        const sent = idempotencyKey === null ? null : await readJsonBody(request, MAX_LEAD_BYTES);
        const replay = sent?.ok ? await replayLead(db, { workspaceId, apiKeyId: keyId, body: sent.value, idempotencyKey, now }) : null;
        if (!replay) throw limited;
        return answer(workspaceId, { ...replay, warnings: textRepairWarnings(replay.warnings, sent!.ok ? sent!.repairs : [], sent!.ok ? sent!.reservedKeys : []) });
      }
      const body = await readJsonBody(request, MAX_LEAD_BYTES);
      if (!body.ok) return jsonError(body.status, body.code, body.message, [{ path: body.path, message: body.message }]);
      const created = await createLead(db, { workspaceId, apiKeyId: keyId, body: body.value, idempotencyKey, now, routing: await depsOf(routing) });
      // A NUL removed from a value (or half an emoji replaced), a "__proto__" key left out: said, at its path (it was silent).
      return answer(workspaceId, { ...created, warnings: textRepairWarnings(created.warnings, body.repairs, body.reservedKeys) });
    },
    options,
  );
}

export function handleListLeads(db: Db, request: Request, now: Date): Promise<Response> {
  return withApiKey(db, request, now, "GET /api/v1/leads", async ({ workspaceId }) =>
    privateJson(200, await listLeadFeed(db, workspaceId, searchParamsInput(new URL(request.url).searchParams))),
  );
}

export function handleGetLead(db: Db, request: Request, leadId: string, now: Date): Promise<Response> {
  return withApiKey(db, request, now, "GET /api/v1/leads/{id}", async ({ workspaceId }) => privateJson(200, { lead: await leadResource(rawSqlOf(db), workspaceId, leadId) }));
}

export function handleReassignLead(db: Db, request: Request, leadId: string, now: Date, deps: TDepsSource): Promise<Response> {
  return withApiKey(db, request, now, "POST /api/v1/leads/{id}/reassign", async ({ workspaceId }) => {
    const body = await readJsonBody(request, MAX_REASSIGN_BYTES);
    if (!body.ok) return jsonError(body.status, body.code, body.message, [{ path: body.path, message: body.message }]);
    const parsed = ZReassignRequest.safeParse(body.value);
    if (!parsed.success) throw validationError(requestIssues(parsed.error.issues), "The request body is not valid");
    // The current owner named again (a retry whose answer was lost): 200, nothing changed, said in warnings.
    const result = await reassignLead(db, await depsOf(deps), { workspaceId, leadId, toRepId: parsed.data.toRepId ?? null, reason: parsed.data.reason, byUserId: null, now, sameOwner: "keep" });
    const warnings = result.isUnchanged ? [{ path: "toRepId", message: ALREADY_OWNER_MESSAGE }] : [];
    return privateJson(200, { lead: await leadResource(rawSqlOf(db), workspaceId, leadId), ...(warnings.length > 0 ? { warnings } : {}) });
  });
}
