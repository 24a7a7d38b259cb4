// POST /api/v1/forms/{slug}/submissions: transport only — content type, size, JSON, the
// Idempotency-Key header and the caller's IP go to submitForm; its result or error becomes JSON,
// with CORS for the form's allowed origins only.
import type { Db } from "../../db/client";
import { MAX_SUBMISSION_BYTES } from "../../domain/forms/submission-contract";
import { submitForm, type TSubmitFormInput } from "../../services/submissions/submit-form";
import { clientIp } from "./client-ip";
import { jsonResponse, withHeaders } from "./cors";
import { formCors } from "./form-cors";
import { errorResponse, jsonError, withSubjectPath } from "./json-error";
import { readJsonBody } from "./read-json-body";

export interface THandleSubmissionOptions {
  rateLimit?: TSubmitFormInput["rateLimit"];
  routing?: TSubmitFormInput["routing"];
}

export async function handleSubmission(db: Db, request: Request, slug: string, now: Date, options: THandleSubmissionOptions = {}): Promise<Response> {
  let cors: Record<string, string> = { vary: "Origin" };
  try {
    cors = await formCors(db, slug, request);
    const body = await readJsonBody(request, MAX_SUBMISSION_BYTES);
    if (!body.ok) return jsonError(body.status, body.code, body.message, [{ path: body.path, message: body.message }], cors);
    const result = await submitForm(db, {
      slug,
      body: body.value,
      idempotencyKey: request.headers.get("idempotency-key"),
      ip: clientIp(request.headers),
      now,
      rateLimit: options.rateLimit,
      routing: options.routing,
    });
    return jsonResponse(result.status, result.response, cors);
  } catch (error) {
    return withHeaders(errorResponse(withSubjectPath(error, "slug"), "POST /api/v1/forms/{slug}/submissions"), cors);
  }
}
