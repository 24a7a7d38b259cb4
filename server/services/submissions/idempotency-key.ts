// The optional Idempotency-Key request header: 1–200 characters of [A-Za-z0-9_-:.]. A key belongs
// to its caller (its scope): the public endpoint of one form, or one API key. A key replays only
// leads of its own scope, so an anonymous submitter cannot pre-claim the key of an API import.
import { validationError } from "../../errors";

const IDEMPOTENCY_KEY = /^[A-Za-z0-9_\-:.]{1,200}$/;

/** null when absent; throws VALIDATION (path "headers.idempotency-key") when malformed. */
export function parseIdempotencyKey(raw: string | null): string | null {
  if (raw === null) return null;
  if (!IDEMPOTENCY_KEY.test(raw)) {
    throw validationError([{ path: "headers.idempotency-key", message: "Use 1–200 characters: letters, digits, _ - : ." }], "The Idempotency-Key header is not valid");
  }
  return raw;
}

/** The scope of keys sent to a form's public submission endpoint. */
export function formKeyScope(formId: string): string {
  return `form:${formId}`;
}

/** The scope of keys sent with an API key (`POST /api/v1/leads`). */
export function apiKeyKeyScope(apiKeyId: string): string {
  return `api-key:${apiKeyId}`;
}
