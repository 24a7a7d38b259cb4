// The optional Idempotency-Key request header: 1–200 characters of [A-Za-z0-9_-:.+/=] (base64 and
// base64url keys, UUIDs, "crm:42"); it is only ever compared and stored as a bound parameter, never
// put in a URL, a path or a log. A key belongs to its caller (its scope): the public endpoint of one
// form, or one API key. A key replays only leads of its own scope, so an anonymous submitter cannot
// pre-claim the key of an API import.
// Every request with a key is fingerprinted (SHA-256 of its canonical JSON): the same key with
// another request is a 422, as the IETF Idempotency-Key draft asks, instead of answering with a
// lead made from something else — on the public endpoint, a replay gives the lead's booking token,
// so it must come with the same body. There the fingerprint leaves out `context` (fill time, page,
// zone): a browser's retry of the same answers measures a new fill time and is still a replay.
import crypto from "node:crypto";
import { canonicalJson } from "../../domain/canonical-json";
import { validationError } from "../../errors";

const IDEMPOTENCY_KEY = /^[A-Za-z0-9_\-:.+/=]{1,200}$/;

/** null when absent; throws VALIDATION (path "headers.idempotency-key") when malformed. */
export function parseIdempotencyKey(raw: string | null): string | null {
  if (raw === null) return null;
  if (!IDEMPOTENCY_KEY.test(raw)) {
    throw validationError([{ path: "headers.idempotency-key", message: "Use 1–200 characters: letters, digits, _ - : . + / =" }], "The Idempotency-Key header is not valid");
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

/** The fingerprint of a request sent with an Idempotency-Key (key order does not matter). */
export function requestFingerprint(request: unknown): string {
  return crypto.createHash("sha256").update(canonicalJson(request)).digest("base64url");
}

/** The fingerprint of a public submission: its body without `context` (what the browser measures anew on a retry). */
export function submissionFingerprint(body: unknown): string {
  if (typeof body !== "object" || body === null || Array.isArray(body)) return requestFingerprint(body);
  const { context: _context, ...rest } = body as Record<string, unknown>;
  return requestFingerprint(rest);
}

/** Throws VALIDATION (path "headers.idempotency-key") when a key comes back with another request than what it made (a lead, an endpoint, a reassignment) was made from. */
export function assertSameRequest(stored: string | null, sent: string | null | undefined, made = "lead"): void {
  if (stored === null || !sent || stored === sent) return;
  throw validationError(
    [{ path: "headers.idempotency-key", message: `This key was already used with a different request; use a new key for a new ${made}` }],
    "The Idempotency-Key was already used with a different request",
  );
}
