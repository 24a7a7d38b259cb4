// CORS for the public REST API: any origin may call it (the embed runs on customers' sites), no
// credentials. Every response, errors included, carries these headers.
export const CORS_HEADERS: Readonly<Record<string, string>> = {
  "access-control-allow-origin": "*",
  "access-control-allow-methods": "GET, POST, OPTIONS",
  "access-control-allow-headers": "Content-Type, Idempotency-Key",
  "access-control-expose-headers": "Retry-After",
  "access-control-max-age": "86400",
};

/** The answer to an OPTIONS preflight. */
export function preflightResponse(): Response {
  return new Response(null, { status: 204, headers: CORS_HEADERS });
}

/** A JSON response with the CORS headers (and no caching unless `headers` says otherwise). */
export function jsonResponse(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json; charset=utf-8", "cache-control": "no-store", ...CORS_HEADERS, ...headers },
  });
}
