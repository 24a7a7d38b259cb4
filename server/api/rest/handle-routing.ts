// The routing endpoints of the server-to-server API (API key → workspace; see authenticate.ts):
//   GET  /api/v1/routing        teams, rep routing profiles and the published config → 200 (ETag: "<version>")
//   PUT  /api/v1/routing        the same document, applied atomically → 200 (`changed`; 400 for malformed JSON; 422 with paths;
//                               409 at `version` when its version — or If-Match's — is not the published one)
//   POST /api/v1/routing/test   a dry run for a sample lead (published config or a draft) → 200: the decision as a lead routed now
//                               would show it (GET /api/v1/leads/{id}'s `decision` without assignmentId), the rep, headline,
//                               configVersion, `value` (the value tested and what routing counted: lead.estimatedValue in
//                               lead.currency converted as a live lead's) and `warnings` (what was taken as not given, at `at` or lead.<path>)
// Transport only: the work is in routing-document.ts and test-lead.ts.
import type { Db } from "../../db/client";
import { applyRoutingDocument, getRoutingDocument } from "../../services/routing/routing-document";
import { validateRoutingTestRequest } from "../../services/routing/test-lead-request";
import { dryRunRouting } from "../../services/routing/test-lead";
import { routingTestAnswer } from "../../domain/routing/decision-resource";
import { leadTimeZone } from "../../domain/leads/lead-time-zone";
import type { TLearningQueue } from "../../services/routing/learned-rebuild-jobs";
import { validationError } from "../../errors";
import { privateJson, withApiKey } from "./authenticate";
import { readBody } from "./read-parsed-body";

export const MAX_ROUTING_DOCUMENT_BYTES = 1024 * 1024;
const MAX_ROUTING_TEST_BYTES = 256 * 1024;

export function handleGetRouting(db: Db, request: Request, now: Date): Promise<Response> {
  return withApiKey(db, request, now, "GET /api/v1/routing", async ({ workspaceId }) => {
    const doc = await getRoutingDocument(db, workspaceId);
    return privateJson(200, doc, doc.version === null ? {} : { etag: `"${doc.version}"` });
  });
}

/** The version an If-Match header names (`"3"`, as GET's ETag; `W/"3"` and `3` too); undefined without one. */
export function ifMatchVersion(header: string | null): number | undefined {
  if (header === null || header.trim() === "") return undefined;
  const match = /^(?:W\/)?"?(\d{1,9})"?$/.exec(header.trim());
  if (!match) throw validationError([{ path: "headers.if-match", message: 'Give the version GET returned, as its ETag: If-Match: "3"' }], "The If-Match header is not a routing version");
  return Number(match[1]);
}

/**
 * `learningQueue`: a getter of the queue where publishing writes learned pools' rebuild jobs (the
 * app's queue); called only for a document whose config has a learned pool, as publishing does.
 */
export function handlePutRouting(db: Db, request: Request, now: Date, learningQueue?: () => Promise<TLearningQueue>): Promise<Response> {
  return withApiKey(db, request, now, "PUT /api/v1/routing", async ({ workspaceId, keyId }) => {
    const body = await readBody(request, { maxBytes: MAX_ROUTING_DOCUMENT_BYTES });
    // Unparsable JSON is a 400 as on every other endpoint (it was a 422 here alone); a document
    // that parses but is not valid is the 422 with every problem's path.
    if (!body.ok) return body.response;
    const ifMatch = ifMatchVersion(request.headers.get("if-match"));
    const applied = await applyRoutingDocument(db, {
      workspaceId,
      body: body.value,
      ...(ifMatch !== undefined ? { ifMatchVersion: ifMatch } : {}),
      userId: null,
      apiKeyId: keyId,
      now,
      ...(learningQueue ? { learningQueue } : {}),
    });
    const doc = await getRoutingDocument(db, workspaceId);
    return privateJson(200, { ...doc, changed: applied.changed, warnings: applied.warnings }, doc.version === null ? {} : { etag: `"${doc.version}"` });
  });
}

export function handleTestRouting(db: Db, request: Request, now: Date): Promise<Response> {
  return withApiKey(db, request, now, "POST /api/v1/routing/test", async ({ workspaceId }) => {
    const body = await readBody(request, { maxBytes: MAX_ROUTING_TEST_BYTES });
    if (!body.ok) return body.response;
    // Every problem at once; a draft is validated exactly as PUT validates a document's config (same 422 and paths).
    const { request: { lead, at }, config, warnings } = await validateRoutingTestRequest(db, workspaceId, body.value);
    // An unknown time zone is the intake's warning (the lead kept without one), at lead.timeZone.
    const zone = leadTimeZone(lead.timeZone, "lead.timeZone");
    const run = await dryRunRouting(db, workspaceId, {
      config,
      lead: { formSlug: lead.form ?? null, answers: lead.answers, email: lead.email ?? null, timeZone: zone.timeZone, source: lead.source, utm: lead.utm, tier: lead.tier, estimatedValue: lead.estimatedValue, currency: lead.currency ?? null },
      at: at ? new Date(at) : now,
    });
    // The public decision a lead routed now would show (GET /api/v1/leads/{id}), never the engine's record.
    return privateJson(200, { ...routingTestAnswer(run.decision, run.names, run.configVersion), value: run.value, warnings: [...warnings, ...zone.warnings] });
  });
}

