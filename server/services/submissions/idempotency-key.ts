// The optional Idempotency-Key request header: 1–200 characters of [A-Za-z0-9_-:.].
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
