// The hosted form page (/f/<slug>) is a public form read like GET /api/v1/forms/{slug}: both
// count against the same per-address-and-form limit (RATE_LIMIT_FORM_READS_PER_MINUTE). Only a
// page load counts — not the client router's RSC requests within the page. A refusal is a 429
// with Retry-After in the API's error format. Called from proxy.ts.
import type { TLimiter } from "../services/rate-limit/rate-limits";
import { RateLimitError } from "../services/rate-limit/rate-limit-error";
import { clientIp } from "../api/rest/client-ip";

/** null when the read may go on; otherwise the 429 to answer. */
export async function limitFormPageRead(request: Request, slug: string, limiter: TLimiter): Promise<Response | null> {
  if (request.method !== "GET" && request.method !== "HEAD") return null;
  if (request.headers.get("rsc") === "1" || request.headers.has("next-router-prefetch")) return null;
  try {
    await limiter.consume(slug, clientIp(request.headers));
    return null;
  } catch (error) {
    if (!(error instanceof RateLimitError)) throw error;
    return Response.json(
      { error: { code: error.code, message: error.message, details: [] } },
      { status: 429, headers: { "retry-after": String(error.retryAfterS), "cache-control": "no-store" } },
    );
  }
}
