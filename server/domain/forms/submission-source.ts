// Where a submission to a form's public endpoint (no API key) says it came from: the hosted page
// ("hosted") and the embed ("embed") say so themselves; anything else posting to the endpoint —
// a site's own backend, a script — is "public_api". "api" is the source of leads sent with an API
// key (`POST /api/v1/leads`), which the caller here cannot prove: an anonymous "api" is recorded as
// "public_api" with a warning (never a 422: a lead is not lost to strictness), so the leads filter,
// analytics and routing on `source` can tell a server integration from an anonymous post.
import type { TRequestIssue } from "../validation/request-issues";

/** The sources a public submission may name (`context.source`); "api" is accepted and not kept. */
export const SUBMISSION_SOURCES = ["hosted", "embed", "public_api", "api"] as const;
export type TSubmissionSource = (typeof SUBMISSION_SOURCES)[number];

/** The source of a submission that names none, or names "api". */
export const PUBLIC_API_SOURCE = "public_api";

export const ANONYMOUS_API_SOURCE_MESSAGE = `"api" is the source of leads sent with an API key (POST /api/v1/leads); this submission has none and is recorded as "${PUBLIC_API_SOURCE}"`;

/** The source recorded for a public submission's `context.source`, and a warning when it was not kept. */
export function publicSubmissionSource(sent: TSubmissionSource | undefined): { source: Exclude<TSubmissionSource, "api">; warnings: TRequestIssue[] } {
  if (sent === undefined) return { source: PUBLIC_API_SOURCE, warnings: [] };
  if (sent === "api") return { source: PUBLIC_API_SOURCE, warnings: [{ path: "context.source", message: ANONYMOUS_API_SOURCE_MESSAGE }] };
  return { source: sent, warnings: [] };
}
