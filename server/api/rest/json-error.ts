// Errors as the public API's body { error: { code, message, details } }. AppErrors keep their code
// and safe message; a database that cannot serve the request just now (no connection to be had:
// pool timeout, too many connections, refused, starting up; connect-errors.ts) is a 503 with
// Retry-After that says to retry; anything else becomes a 500 that reveals nothing (logged without PII).
import type { TApiErrorBody } from "../../domain/forms/submission-contract";
import { AppError, HTTP_STATUS, type TErrorDetail } from "../../errors";
import { RateLimitError } from "../../services/rate-limit/rate-limit-error";
import { jsonResponse } from "./cors";
import { isDatabaseError, NUL_SQLSTATE } from "../../db/raw-sql";
import { databaseUnavailableReason } from "../../db/connect-errors";
import { NUL_REFUSED_MESSAGE } from "../../domain/validation/storable-text";

/**
 * The body: each detail exactly `{ path, message }`, as the OpenAPI document's Error says. An
 * issue may carry more for the server's own use (a domain issue's `code`, as "not_an_option" that
 * allowed-options.ts keys on): that stays on the server.
 */
export function errorBody(code: string, message: string, details: readonly TErrorDetail[] = []): TApiErrorBody {
  return { error: { code, message, details: details.map(({ path, message: text }) => ({ path, message: text })) } };
}

export function jsonError(status: number, code: string, message: string, details: readonly TErrorDetail[] = [], headers: Record<string, string> = {}): Response {
  return jsonResponse(status, errorBody(code, message, details), headers);
}

/**
 * A 404 or 409 a service threw without a path, given `path`: the parameter that names the
 * request's subject ("leadId", "slug"), so every 4xx about a field or a parameter names it. Errors
 * with details keep theirs; anything else is returned as is.
 */
export function withSubjectPath(error: unknown, path: string): unknown {
  if (!(error instanceof AppError) || error.details.length > 0 || (error.code !== "NOT_FOUND" && error.code !== "CONFLICT")) return error;
  return new AppError(error.code, error.message, [{ path, message: error.code === "NOT_FOUND" ? "Not found" : error.message }]);
}

export const INTERNAL_ERROR_BODY: TApiErrorBody = errorBody("INTERNAL", "Something went wrong");

/** Seconds a caller waits before retrying a request the database was too busy (or away) to serve. */
export const DATABASE_BUSY_RETRY_AFTER_S = 5;
export const DATABASE_BUSY_BODY: TApiErrorBody = errorBody(
  "UNAVAILABLE",
  `The database is busy just now (nothing was half-stored): retry in ${DATABASE_BUSY_RETRY_AFTER_S} seconds with the same Idempotency-Key, so the request is stored exactly once`,
);

/**
 * The response for anything a handler throws. `where` names the endpoint in the log line; only
 * the error's class, code and stack frames are logged, never request data.
 */
export function errorResponse(error: unknown, where: string): Response {
  if (error instanceof AppError && error.code !== "INTERNAL") {
    const headers: Record<string, string> = error instanceof RateLimitError ? { "retry-after": String(error.retryAfterS) } : {};
    return jsonError(HTTP_STATUS[error.code], error.code, error.message, error.details, headers);
  }
  // A NUL in a path id or query parameter: the database refused the statement; the caller's input.
  if (isDatabaseError(error, NUL_SQLSTATE)) return jsonError(400, "BAD_REQUEST", NUL_REFUSED_MESSAGE, [{ path: "request", message: NUL_REFUSED_MESSAGE }]);
  const unavailable = databaseUnavailableReason(error);
  if (unavailable) {
    // One line, no stack: under load this is expected, and the caller is told to retry.
    console.warn(`[api] ${where}: database unavailable (${unavailable}): answered 503, retry in ${DATABASE_BUSY_RETRY_AFTER_S} s`);
    return jsonResponse(503, DATABASE_BUSY_BODY, { "retry-after": String(DATABASE_BUSY_RETRY_AFTER_S) });
  }
  logUnexpected(error, where);
  return jsonResponse(500, INTERNAL_ERROR_BODY);
}

function logUnexpected(error: unknown, where: string) {
  // Messages can quote values (a database error echoes the row), so they are not logged.
  const name = error instanceof Error ? error.name : typeof error;
  const code = typeof error === "object" && error && "code" in error ? String((error as { code: unknown }).code) : undefined;
  const frames = error instanceof Error && error.stack ? error.stack.split("\n").filter((l) => l.trimStart().startsWith("at ")).slice(0, 5).join(" | ") : "";
  console.error(`[api] ${where}: unexpected ${name}${code ? ` (${code})` : ""} ${frames}`.trimEnd());
}
