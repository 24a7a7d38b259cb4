// The server-to-server API (`/api/v1/leads`, `/api/v1/routing`): a workspace API key in
// `Authorization: Bearer sb_live_…` names the workspace every query is scoped to. No CORS: these
// endpoints are not for browsers (no Access-Control-Allow-Origin on any response, errors included).
import type { Db } from "../../db/client";
import { authenticateApiKey } from "../../services/api-keys/api-keys";
import { appRateLimits, type TLimiter } from "../../services/rate-limit/rate-limits";
import { CORS_HEADERS, jsonResponse } from "./cors";
import { errorResponse, jsonError } from "./json-error";

export interface TApiCaller {
  workspaceId: string;
  keyId: string;
}

/** The response without the public API's CORS headers. */
export function withoutCors(response: Response): Response {
  const headers = new Headers(response.headers);
  for (const name of Object.keys(CORS_HEADERS)) headers.delete(name);
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}

/** A JSON response of the server-to-server API (no CORS, no caching). */
export function privateJson(status: number, body: unknown): Response {
  return withoutCors(jsonResponse(status, body));
}

export function unauthorized(hasCredentials: boolean): Response {
  const message = hasCredentials ? "The API key is not valid or was revoked" : "Send a workspace API key: Authorization: Bearer sb_live_…";
  const challenge = hasCredentials ? 'Bearer realm="switchboard", error="invalid_token"' : 'Bearer realm="switchboard"';
  return withoutCors(jsonError(401, "UNAUTHORIZED", message, [], { "www-authenticate": challenge }));
}

/**
 * Runs `handle` for the workspace of the request's API key: 401 without a valid key, 429 (with
 * Retry-After) past the key's limit (RATE_LIMIT_API_KEY_PER_MINUTE unless `rateLimit` is given);
 * anything `handle` throws becomes the API's error body (500s reveal nothing); never CORS headers.
 */
export async function withApiKey(
  db: Db,
  request: Request,
  now: Date,
  where: string,
  handle: (caller: TApiCaller) => Promise<Response>,
  options: { rateLimit?: TLimiter } = {},
): Promise<Response> {
  try {
    const authorization = request.headers.get("authorization");
    const caller = await authenticateApiKey(db, authorization, now);
    if (!caller) return unauthorized(Boolean(authorization?.trim()));
    await (options.rateLimit ?? appRateLimits().apiKey).consume(caller.keyId);
    return withoutCors(await handle(caller));
  } catch (error) {
    return withoutCors(errorResponse(error, where));
  }
}
