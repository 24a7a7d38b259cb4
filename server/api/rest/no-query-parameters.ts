// The v1 routes that take no query parameter, and how each answers one (ROUTES_WITHOUT_QUERY, the
// one list; this file is its one reader):
// - "refuse": the GET routes of the API key, as GET /api/v1/leads refuses a parameter it does not
//   take (queryParameters: a 422 VALIDATION at the parameter's own name, each once, in the API's
//   error shape). They ignored it: `GET /api/v1/leads/{id}?x=1` was a 200 while
//   `GET /api/v1/leads?x=1` was a 422, so a typo or a parameter another API has (`?fields=`,
//   `?include=`) looked honoured. The configuration and action writes too (routing PUT and test,
//   reassign, webhooks, bookings, step beacons), at `query.<name>` (their bodies have fields of
//   their own): `PUT /routing?dryRun=true` or `DELETE /webhooks/{id}?force=1` did it for real,
//   the parameter silently dropped. Refused before anything is read or written.
// - "warn": the intakes of another system's data (POST /leads, POST /leads/{id}/events, the public
//   submissions) keep it — a lead is never lost to strictness — and say in their `warnings`, at
//   `query.<name>`, that the parameter was ignored (`POST /leads?source=hubspot` set no source).
//   An idempotent replay answers as before, with the warnings of the request it answers.
// withApiKey refuses once the key, its limit and its scope are checked (a bad key is still the
// 401); HEAD goes through GET; the token ways (bookings) refuse once the token is. The OpenAPI
// document lists the 422 and the warning on these operations (openapi-common-errors.ts). The
// routes with a query (the leads list, its CSV, the booking slots) read it with their own schema;
// the public form read is left lenient (browsers and CDNs add cache-busting parameters to public
// GETs).
import type { TApiRoute } from "../../domain/api-keys/scopes";
import { searchParamsInput } from "../../domain/leads/lead-list-query";
import { ignoredQueryParameterWarnings, queryParameters } from "../../domain/validation/query-parameters";
import { requestIssues, type TRequestIssue } from "../../domain/validation/request-issues";
import { validationError } from "../../errors";

/** The public write routes (no API key) that take no query parameter. */
export type TPublicWriteRoute = "POST /api/v1/forms/{slug}/submissions" | "POST /api/v1/forms/{slug}/events" | "POST /api/v1/bookings/requests";
export type TRouteWithoutQuery = TApiRoute | TPublicWriteRoute;
/** "refuse": 422 at the parameter; "warn": the request is kept and its answer's warnings name the parameter. */
export type TNoQueryAnswer = "refuse" | "warn";

/** The routes without query parameters and how each answers one (see the header). */
export const ROUTES_WITHOUT_QUERY: ReadonlyMap<TRouteWithoutQuery, TNoQueryAnswer> = new Map<TRouteWithoutQuery, TNoQueryAnswer>([
  ["GET /api/v1/leads/{id}", "refuse"],
  ["GET /api/v1/routing", "refuse"],
  ["GET /api/v1/members", "refuse"],
  ["GET /api/v1/webhooks", "refuse"],
  ["GET /api/v1/webhooks/{id}/deliveries", "refuse"],
  ["GET /api/v1/bookings/{id}", "refuse"],
  ["POST /api/v1/leads", "warn"],
  ["POST /api/v1/leads/{id}/events", "warn"],
  ["POST /api/v1/forms/{slug}/submissions", "warn"],
  ["POST /api/v1/leads/{id}/reassign", "refuse"],
  ["PUT /api/v1/routing", "refuse"],
  ["POST /api/v1/routing/test", "refuse"],
  ["POST /api/v1/bookings", "refuse"],
  ["POST /api/v1/bookings/requests", "refuse"],
  ["POST /api/v1/webhooks", "refuse"],
  ["DELETE /api/v1/webhooks/{id}", "refuse"],
  ["POST /api/v1/webhooks/{id}/rotate-secret", "refuse"],
  ["POST /api/v1/webhooks/{id}/test", "refuse"],
  ["POST /api/v1/webhooks/deliveries/{id}/replay", "refuse"],
  ["POST /api/v1/forms/{slug}/events", "refuse"],
]);

export const QUERY_NOT_VALID_MESSAGE = "The query is not valid";
const ZNoQuery = queryParameters({});

/** Where a refused parameter is named: its own name on a GET (it has nothing else), `query.<name>` on a write (its body has fields). */
const refusalPrefix = (route: TRouteWithoutQuery): string[] => (route.startsWith("GET ") ? [] : ["query"]);

/** Throws VALIDATION (422) with an issue at each query parameter when `route` refuses them and `url` has any. */
export function refuseQueryParameters(route: TRouteWithoutQuery, url: string): void {
  if (ROUTES_WITHOUT_QUERY.get(route) !== "refuse") return;
  const parsed = ZNoQuery.safeParse(searchParamsInput(new URL(url).searchParams));
  if (!parsed.success) throw validationError(requestIssues(parsed.error.issues, refusalPrefix(route)), QUERY_NOT_VALID_MESSAGE);
}

/** The warnings (at `query.<name>`, each once) for `url`'s query parameters when `route` keeps the request and ignores them; [] otherwise. */
export function ignoredQueryWarnings(route: TRouteWithoutQuery, url: string): TRequestIssue[] {
  if (ROUTES_WITHOUT_QUERY.get(route) !== "warn") return [];
  return ignoredQueryParameterWarnings([...new URL(url).searchParams.keys()]);
}
