// For the equivalence tests (live = Test a lead = REST routing test = Replay): the REST dry run
// answers the public decision (domain/routing/decision-resource.ts), so through HTTP it is compared
// with the public decision of the same lead routed live — GET /api/v1/leads/{id}'s `decision` —
// without what only a stored decision has. The engine's records are compared through the service
// (testRoutingLead) instead.
import { leadResource } from "../api/rest/lead-resource";
import type { Db } from "../db/client";
import { LIVE_ONLY_DECISION_KEYS, type TRoutingTestAnswer } from "../domain/routing/decision-resource";
import { apiRequest, readJson } from "./api-kit";
import { handleTestRouting } from "../api/rest/handle-routing";

/** The stored lead's decision as GET /api/v1/leads/{id} answers it (JSON), without its live-only fields: what a dry run of the same lead, config and instant answers. */
export async function liveDecisionAsDryRun(db: Db, workspaceId: string, leadId: string): Promise<Record<string, unknown>> {
  const { decision } = await leadResource(db, workspaceId, leadId);
  if (!decision) throw new Error(`lead ${leadId} has no routing decision`);
  const json = JSON.parse(JSON.stringify(decision)) as Record<string, unknown>;
  return Object.fromEntries(Object.entries(json).filter(([key]) => !(LIVE_ONLY_DECISION_KEYS as readonly string[]).includes(key)));
}

/** POST /api/v1/routing/test with `body` at `now` (200 asserted by the caller): status and JSON answer. */
export async function restDryRun(db: Db, key: string, body: unknown, now: Date) {
  return readJson<TRoutingTestAnswer>(await handleTestRouting(db, apiRequest("POST", "/routing/test", { key, body }), now));
}
