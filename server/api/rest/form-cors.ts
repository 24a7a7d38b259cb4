// CORS of one public form request: the form's allowed origins, looked up only when the browser
// sent an Origin (server-to-server callers send none and need no CORS). A submission also asks
// whether that Origin may post at all (formSubmissionOrigin; the rule: domain/forms/submission-origin.ts).
import type { Db } from "../../db/client";
import { isSubmissionOriginRefused, ORIGIN_REFUSED_MESSAGE } from "../../domain/forms/submission-origin";
import { getEmbedOrigins } from "../../services/forms/embed-origins";
import { formCorsHeaders, jsonResponse, preflightResponse } from "./cors";
import { errorBody } from "./json-error";
import { nulPathParameterError } from "./path-parameters";

export async function formCors(db: Db, slug: string, request: Request): Promise<Record<string, string>> {
  return (await formSubmissionOrigin(db, slug, request, [])).cors;
}

/** The CORS headers of a submission, and whether a browser on its Origin is refused (the app's own origins never are). */
export async function formSubmissionOrigin(db: Db, slug: string, request: Request, ownOrigins: readonly string[]): Promise<{ cors: Record<string, string>; refused: boolean }> {
  // Every public form route asks this first: a NUL in the slug is a 400 at "slug" (path-parameters.ts).
  const nul = nulPathParameterError(slug, "slug");
  if (nul) throw nul;
  const origin = request.headers.get("origin");
  if (!origin) return { cors: { vary: "Origin" }, refused: false };
  const allowedOrigins = await getEmbedOrigins(db, slug);
  const fetchSite = request.headers.get("sec-fetch-site");
  return { cors: formCorsHeaders(origin, allowedOrigins), refused: isSubmissionOriginRefused({ origin, fetchSite, allowedOrigins, ownOrigins }) };
}

/** OPTIONS: 204 for an allowed origin; 403 (no CORS headers, so the browser refuses) otherwise. */
export async function formPreflight(db: Db, slug: string, request: Request): Promise<Response> {
  const nul = nulPathParameterError(slug, "slug");
  if (nul) return jsonResponse(400, errorBody(nul.code, nul.message, nul.details), { vary: "Origin" });
  const headers = await formCors(db, slug, request);
  if ("access-control-allow-origin" in headers) return preflightResponse(headers);
  return jsonResponse(403, errorBody("FORBIDDEN", ORIGIN_REFUSED_MESSAGE), headers);
}
