// POST /api/v1/forms/{slug}/submissions: transport only — content type, size, JSON, the
// Idempotency-Key header and the caller's IP go to submitForm; its result or error becomes JSON,
// with CORS for the form's allowed origins only. First of all the Origin: a browser on a website
// the form does not allow gets a 403 before the body is read (domain/forms/submission-origin.ts),
// never a 415, 422 or 429 that would tell it about the form.
import type { Db } from "../../db/client";
import { MAX_SUBMISSION_BYTES } from "../../domain/forms/submission-contract";
import { ORIGIN_REFUSED_MESSAGE } from "../../domain/forms/submission-origin";
import { env } from "../../env";
import { submitForm, type TSubmitFormInput } from "../../services/submissions/submit-form";
import { clientIp } from "./client-ip";
import { jsonResponse, withHeaders } from "./cors";
import { formSubmissionOrigin } from "./form-cors";
import { errorResponse, jsonError, withSubjectPath } from "./json-error";
import { ignoredQueryWarnings } from "./no-query-parameters";
import { textRepairWarnings } from "./read-json-body";
import { readBody } from "./read-parsed-body";

export interface THandleSubmissionOptions {
  rateLimit?: TSubmitFormInput["rateLimit"];
  routing?: TSubmitFormInput["routing"];
  /** The app's public origin (default: APP_URL): its own pages may always post. */
  appUrl?: string;
}

export async function handleSubmission(db: Db, request: Request, slug: string, now: Date, options: THandleSubmissionOptions = {}): Promise<Response> {
  let cors: Record<string, string> = { vary: "Origin" };
  try {
    const checked = await formSubmissionOrigin(db, slug, request, ownOrigins(request, options));
    cors = checked.cors;
    if (checked.refused) return jsonError(403, "FORBIDDEN", ORIGIN_REFUSED_MESSAGE, [{ path: "headers.origin", message: ORIGIN_REFUSED_MESSAGE }], cors);
    const body = await readBody(request, { maxBytes: MAX_SUBMISSION_BYTES, headers: cors });
    if (!body.ok) return body.response;
    const result = await submitForm(db, {
      slug,
      body: body.value,
      idempotencyKey: request.headers.get("idempotency-key"),
      ip: clientIp(request.headers),
      now,
      rateLimit: options.rateLimit,
      routing: options.routing,
    });
    // A NUL removed from a value (or half an emoji replaced) is said, at its path (it was silent); a query parameter, ignored, is said first (query.<name>).
    const warnings = [...ignoredQueryWarnings("POST /api/v1/forms/{slug}/submissions", request.url), ...textRepairWarnings(result.response.warnings ?? [], body.repairs, body.reservedKeys)];
    return jsonResponse(result.status, warnings.length > 0 ? { ...result.response, warnings } : result.response, cors);
  } catch (error) {
    return withHeaders(errorResponse(withSubjectPath(error, "slug"), "POST /api/v1/forms/{slug}/submissions"), cors);
  }
}

/** The app's own origins: this request's URL's, and APP_URL's (behind a proxy they may differ). */
function ownOrigins(request: Request, options: THandleSubmissionOptions): string[] {
  return [new URL(request.url).origin, options.appUrl ?? env().APP_URL];
}
