// The v1 GET routes of the API key that take no query parameter refuse one, as GET /api/v1/leads
// refuses a parameter it does not take (queryParameters: a 422 VALIDATION at the parameter's own
// name, each once, in the API's error shape). They ignored it: `GET /api/v1/leads/{id}?x=1` was a
// 200 while `GET /api/v1/leads?x=1` was a 422, so a typo or a parameter another API has
// (`?fields=`, `?include=`) looked honoured. withApiKey checks it once the key, its limit and its
// scope are (a bad key is still the 401); HEAD goes through GET. The OpenAPI document lists the
// 422 on these operations (openapi-common-errors.ts). The routes with a query (the leads list, its
// CSV, the booking slots) read it with their own schema; the public form read is left lenient
// (browsers and CDNs add cache-busting parameters to public GETs).
import type { TApiRoute } from "../../domain/api-keys/scopes";
import { searchParamsInput } from "../../domain/leads/lead-list-query";
import { queryParameters } from "../../domain/validation/query-parameters";
import { requestIssues } from "../../domain/validation/request-issues";
import { validationError } from "../../errors";

/** The GET routes of the API key without query parameters. */
export const ROUTES_WITHOUT_QUERY: ReadonlySet<TApiRoute> = new Set<TApiRoute>([
  "GET /api/v1/leads/{id}",
  "GET /api/v1/routing",
  "GET /api/v1/members",
  "GET /api/v1/webhooks",
  "GET /api/v1/webhooks/{id}/deliveries",
  "GET /api/v1/bookings/{id}",
]);

export const QUERY_NOT_VALID_MESSAGE = "The query is not valid";
const ZNoQuery = queryParameters({});

/** Throws VALIDATION (422) with an issue at each query parameter's name when `url` has any. */
export function refuseQueryParameters(url: string): void {
  const parsed = ZNoQuery.safeParse(searchParamsInput(new URL(url).searchParams));
  if (!parsed.success) throw validationError(requestIssues(parsed.error.issues), QUERY_NOT_VALID_MESSAGE);
}
