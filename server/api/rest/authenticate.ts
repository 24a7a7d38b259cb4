// The server-to-server API (`/api/v1/leads`, `/api/v1/routing`): a workspace API key in
// `Authorization: Bearer sb_live_…` names the workspace every query is scoped to, and must hold the
// scope the endpoint needs (API_ROUTE_SCOPES: 403 naming it otherwise); an expired key is a 401.
// No CORS: these endpoints are not for browsers (no Access-Control-Allow-Origin on any response,
// errors included).
import type { Db } from "../../db/client";
import { API_ROUTE_SCOPES, hasScope, type TApiKeyScope, type TApiRoute } from "../../domain/api-keys/scopes";
import { authenticateApiKey } from "../../services/api-keys/api-keys";
import { RateLimitError } from "../../services/rate-limit/rate-limit-error";
import { appRateLimits, type TLimiter, type TRateLimitQuota } from "../../services/rate-limit/rate-limits";
import { CORS_HEADER_NAMES, jsonResponse } from "./cors";
import { errorResponse, jsonError, withSubjectPath } from "./json-error";
import { refuseQueryParameters } from "./no-query-parameters";
import { nulInRoutePath } from "./path-parameters";

export interface TApiCaller {
  workspaceId: string;
  keyId: string;
  scopes: TApiKeyScope[];
}

/** The response without the public API's CORS headers (the same response when it has none). */
export function withoutCors(response: Response): Response {
  if (!CORS_HEADER_NAMES.some((name) => response.headers.has(name))) return response;
  const headers = new Headers(response.headers);
  for (const name of CORS_HEADER_NAMES) headers.delete(name);
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}

/** A JSON response of the server-to-server API (no CORS, no caching unless `headers` say otherwise). */
export function privateJson(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return withoutCors(jsonResponse(status, body, headers));
}

/** `hasCredentials`: an Authorization header was sent; `isBearerKey`: it was a Bearer credential (another scheme is named as such, not blamed on the key). */
export function unauthorized(hasCredentials: boolean, expiredAt: Date | null = null, isBearerKey = true): Response {
  const message = expiredAt
    ? `The API key expired on ${expiredAt.toISOString()}: create a new one in Settings → API keys`
    : !hasCredentials
      ? "Send a workspace API key: Authorization: Bearer sb_live_…"
      : isBearerKey
        ? "The API key is not valid or was revoked"
        : "The Authorization header is not a Bearer credential: send the workspace API key as Authorization: Bearer sb_live_…";
  const challenge = hasCredentials ? 'Bearer realm="switchboard", error="invalid_token"' : 'Bearer realm="switchboard"';
  return withoutCors(jsonError(401, "UNAUTHORIZED", message, [], { "www-authenticate": challenge }));
}

/** 403 for a valid key without the endpoint's scope. */
export function missingScope(scope: TApiKeyScope): Response {
  return withoutCors(jsonError(403, "FORBIDDEN", `This API key lacks the scope ${scope}`, [{ path: "scope", message: scope }], { "www-authenticate": `Bearer realm="switchboard", error="insufficient_scope", scope="${scope}"` }));
}

/**
 * Runs `handle` for the workspace of the request's API key: 401 without a valid key (or with an
 * expired one), 429 (with Retry-After) past the key's limit (RATE_LIMIT_API_KEY_PER_MINUTE unless
 * `rateLimit` is given; every request of the key counts, and every answer after the 401 tells what
 * is left of it: RateLimit-Limit, -Remaining, -Reset), 403 when the key lacks the scope `route`
 * needs, 422 for a query parameter on a route that refuses one (no-query-parameters.ts: the GET
 * routes without a query and the configuration and action writes, before anything is written);
 * anything `handle` throws becomes the API's error body (500s reveal nothing); never CORS headers.
 */
export function withApiKey(db: Db, request: Request, now: Date, route: TApiRoute, handle: (caller: TApiCaller) => Promise<Response>, options: { rateLimit?: TLimiter } = {}): Promise<Response> {
  return withApiKeyVerdict(
    db,
    request,
    now,
    route,
    (caller, limited) => {
      if (limited) throw limited;
      // A route without query parameters refuses one, as the leads list does (after the 401, 429 and 403; before the body is read).
      refuseQueryParameters(route, request.url);
      return handle(caller);
    },
    options,
  );
}

/**
 * withApiKey with the rate limit's verdict handed to `handle` instead of answered: the same 401,
 * the same count against the key's limit (taken before anything else, so a request under it costs
 * nothing more), the same 403 under the limit. Past the limit a key that lacks the scope gets its
 * 429 here; one that holds it reaches `handle` with `limited` set, and `handle` answers or throws
 * `limited` (429 with Retry-After). `limited` is null under the limit.
 */
export async function withApiKeyVerdict(
  db: Db,
  request: Request,
  now: Date,
  route: TApiRoute,
  handle: (caller: TApiCaller, limited: RateLimitError | null) => Promise<Response>,
  options: { rateLimit?: TLimiter } = {},
): Promise<Response> {
  const where = route;
  // What is left of the key's limit once its point is taken: told on every answer from then on.
  let quota: TRateLimitQuota | undefined;
  try {
    const authorization = request.headers.get("authorization");
    const auth = await authenticateApiKey(db, authorization, now);
    // "Bearer" and nothing after it is no credential (a key left out of a template): asked for the key, not told the scheme is wrong.
    const hasCredentials = Boolean(authorization?.trim()) && !/^bearer$/i.test(authorization!.trim());
    if (!auth.ok) return unauthorized(hasCredentials, auth.reason === "expired" ? auth.expiredAt : null, auth.reason !== "malformed");
    const verdict = await overLimit(options.rateLimit ?? appRateLimits().apiKey, auth.caller.keyId);
    quota = verdict.quota;
    const { limited } = verdict;
    const scope = API_ROUTE_SCOPES[route];
    if (!hasScope(auth.caller.scopes, scope)) {
      if (limited) throw limited;
      return withQuota(missingScope(scope), quota);
    }
    const subject = ROUTE_SUBJECT[route];
    const nul = subject && route.includes("{") ? nulInRoutePath(request.url, route, subject) : null;
    if (nul) throw nul;
    return withQuota(withoutCors(await handle(auth.caller, limited)), quota);
  } catch (error) {
    const subject = ROUTE_SUBJECT[route];
    return withQuota(withoutCors(errorResponse(subject ? withSubjectPath(error, subject) : error, where)), quota);
  }
}

/** Takes one point of `keyId`'s limit: `limited` null under it, the refusal past it (any other failure is thrown); `quota` what is left either way (the refusal's when the limiter told it). */
async function overLimit(limit: TLimiter, keyId: string): Promise<{ limited: RateLimitError | null; quota: TRateLimitQuota | undefined }> {
  try {
    return { limited: null, quota: await limit.consume(keyId) };
  } catch (error) {
    if (error instanceof RateLimitError) return { limited: error, quota: error.quota };
    throw error;
  }
}

/**
 * The response with the key's limit as the IETF RateLimit header fields draft names it:
 * RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset (seconds). Read from the answer to the
 * point just taken, never asked again. Unchanged without a quota (a 401: no point was taken).
 */
function withQuota(response: Response, quota: TRateLimitQuota | undefined): Response {
  if (!quota) return response;
  const headers = new Headers(response.headers);
  headers.set("ratelimit-limit", String(quota.limit));
  headers.set("ratelimit-remaining", String(quota.remaining));
  headers.set("ratelimit-reset", String(quota.resetS));
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}

/** The parameter that names a route's subject (its `{id}`, or the leadId query): the path of its 404s and 409s that have none. */
export const ROUTE_SUBJECT: Partial<Record<TApiRoute, string>> = {
  "GET /api/v1/leads/{id}": "leadId",
  "POST /api/v1/leads/{id}/reassign": "leadId",
  "POST /api/v1/leads/{id}/events": "leadId",
  "GET /api/v1/bookings/slots": "leadId",
  "POST /api/v1/bookings": "leadId",
  "GET /api/v1/bookings/{id}": "bookingId",
  "DELETE /api/v1/webhooks/{id}": "endpointId",
  "GET /api/v1/webhooks/{id}/deliveries": "endpointId",
  "POST /api/v1/webhooks/{id}/rotate-secret": "endpointId",
  "POST /api/v1/webhooks/{id}/test": "endpointId",
  "POST /api/v1/webhooks/deliveries/{id}/replay": "deliveryId",
};

