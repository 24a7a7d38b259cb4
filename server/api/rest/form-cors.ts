// CORS of one public form request: the form's allowed origins, looked up only when the browser
// sent an Origin (server-to-server callers send none and need no CORS).
import type { Db } from "../../db/client";
import { getEmbedOrigins } from "../../services/forms/embed-origins";
import { formCorsHeaders, jsonResponse, preflightResponse } from "./cors";
import { errorBody } from "./json-error";
import { ORIGIN_REFUSED_MESSAGE } from "../../domain/forms/submission-origin";

export async function formCors(db: Db, slug: string, request: Request): Promise<Record<string, string>> {
  const origin = request.headers.get("origin");
  if (!origin) return { vary: "Origin" };
  return formCorsHeaders(origin, await getEmbedOrigins(db, slug));
}

/** OPTIONS: 204 for an allowed origin; 403 (no CORS headers, so the browser refuses) otherwise. */
export async function formPreflight(db: Db, slug: string, request: Request): Promise<Response> {
  const headers = await formCors(db, slug, request);
  if ("access-control-allow-origin" in headers) return preflightResponse(headers);
  return jsonResponse(403, errorBody("FORBIDDEN", ORIGIN_REFUSED_MESSAGE), headers);
}
