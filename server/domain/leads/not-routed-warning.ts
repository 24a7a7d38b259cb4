// A lead the API stores into a workspace that has published no routing: it is kept (status NEW,
// no owner) and its 201 says why it was not routed, at `routing`, as a lead from the past says so
// at submittedAt (build-lead.ts). Spam is never told anything (the answer does not tell a bot its
// verdict), and history is not routed anyway (its own warning). Pure: the service loads whether a
// routing is published, before the intake's transaction.
import type { TRequestIssue } from "../validation/request-issues";

export const NOT_ROUTED_MESSAGE =
  "Stored but not routed: this workspace has no published routing (publish one in Routing, or with PUT /api/v1/routing). The lead stays new, without an owner, alert or SLA timer; give it an owner with POST /api/v1/leads/{id}/reassign";

/** The warning at `routing` for a lead that would be routed now, when the workspace has no published routing; [] otherwise. */
export function notRoutedWarnings(lead: { isRoutable: boolean }, hasPublishedRouting: boolean): TRequestIssue[] {
  return lead.isRoutable && !hasPublishedRouting ? [{ path: "routing", message: NOT_ROUTED_MESSAGE }] : [];
}
