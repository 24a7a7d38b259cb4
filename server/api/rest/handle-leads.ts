// The leads endpoints of the server-to-server API (API key → workspace; see authenticate.ts):
//   POST /api/v1/leads                   a lead from any source, scored and routed → 201 { lead }
//   GET  /api/v1/leads                   the leads by (updatedAt, id), filtered, cursor-paged → 200 { leads, nextCursor }
//   GET  /api/v1/leads/{id}              the lead with its assignment and reasons → 200 { lead }
// Transport only: body reading and shapes here, the work in createLead (replayLead past the key's
// rate limit); the reassignment is handle-reassign.ts.
import { rawSqlOf, type Db } from "../../db/client";
import { MAX_LEAD_BYTES } from "../../domain/leads/create-lead-request";
import { createLead, replayLead, type TCreateLeadResult } from "../../services/leads/create-lead";
import { listLeadFeed } from "../../services/leads/lead-feed";
import { searchParamsInput } from "../../domain/leads/lead-list-query";
import type { TLimiter } from "../../services/rate-limit/rate-limits";
import { privateJson, withApiKey, withApiKeyVerdict } from "./authenticate";
import { jsonError } from "./json-error";
import { createdLeadResource, leadResource } from "./lead-resource";
import { ignoredQueryWarnings } from "./no-query-parameters";
import { readJsonBody, textRepairWarnings } from "./read-json-body";
import { depsOf, type TDepsSource } from "./follow-up-deps-source";

/** The intake's answer: private, never cached, never re-encoded on the way (Next's gzip honours no-transform). */
const INTAKE_ANSWER_HEADERS = { "cache-control": "no-store, no-transform" };


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
    // A new lead from what its intake wrote (no statement); a replay's as it is now (read).
    const lead = await createdLeadResource(rawSqlOf(db), workspaceId, result.leadId, result.written);
    return privateJson(result.status, { lead, ...(warnings.length > 0 ? { warnings } : {}) }, INTAKE_ANSWER_HEADERS);
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
