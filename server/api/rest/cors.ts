// CORS for the public form endpoints (GET /api/v1/forms/{slug}, POST …/submissions): only the
// form's stored allowed origins (Share page → "Websites allowed to embed") may read them from a
// browser, never "*"; no credentials. Every answer, errors included, says Vary: Origin. The
// OpenAPI document alone is open to any origin (it holds no data).
import { normalizeOrigin } from "../../domain/forms/origins";

const CORS_RULES: Readonly<Record<string, string>> = {
  "access-control-allow-methods": "GET, POST, OPTIONS",
  "access-control-allow-headers": "Content-Type, Idempotency-Key",
  "access-control-expose-headers": "Retry-After",
  "access-control-max-age": "600",
};

/** Every CORS response header name, for stripping (server-to-server endpoints send none). */
export const CORS_HEADER_NAMES = ["access-control-allow-origin", ...Object.keys(CORS_RULES)] as const;

export const OPEN_CORS_HEADERS: Readonly<Record<string, string>> = { "access-control-allow-origin": "*", ...CORS_RULES };

/** The CORS headers for a request from `requestOrigin` to a form that allows `allowedOrigins`. */
export function formCorsHeaders(requestOrigin: string | null, allowedOrigins: readonly string[]): Record<string, string> {
  const normalized = requestOrigin ? normalizeOrigin(requestOrigin) : null;
  if (!normalized?.ok || !allowedOrigins.includes(normalized.origin)) return { vary: "Origin" };
  return { "access-control-allow-origin": normalized.origin, vary: "Origin", ...CORS_RULES };
}

export function isCorsAllowed(headers: Record<string, string>): boolean {
  return "access-control-allow-origin" in headers;
}

/** The response with `headers` added (bodies are streamed through unchanged). */
export function withHeaders(response: Response, headers: Record<string, string>): Response {
  const merged = new Headers(response.headers);
  for (const [name, value] of Object.entries(headers)) merged.set(name, value);
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers: merged });
}

/** A JSON response, not cached unless `headers` says otherwise. No CORS: callers add theirs. */
export function jsonResponse(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json; charset=utf-8", "cache-control": "no-store", ...headers },
  });
}

/** The answer to an OPTIONS preflight: 204 with the CORS headers when allowed. */
export function preflightResponse(headers: Record<string, string>): Response {
  return new Response(null, { status: 204, headers });
}
