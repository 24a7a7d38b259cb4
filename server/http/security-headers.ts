// Response headers that keep pages safe wherever they are served. Pure; used by proxy.ts (the
// hosted form pages, whose framing depends on the form) and mirrored for every other path in
// next.config.js (static rules: headers() there cannot import TypeScript).
//
// - Every page: X-Content-Type-Options nosniff, Referrer-Policy strict-origin-when-cross-origin,
//   HSTS in production (browsers ignore it over plain http).
// - Dashboard and every other page: CSP frame-ancestors 'none' + X-Frame-Options DENY.
// - A hosted form /f/<slug>: frame-ancestors lists exactly the form's allowed origins (Share
//   page), or 'none' (+ X-Frame-Options DENY) when it has none.

/** CSP directives every page gets besides frame-ancestors. */
export const BASE_CSP = "base-uri 'self'; object-src 'none'";

/** The framing headers of a hosted form page allowed on `allowedOrigins` (normalised origins). */
export function formFramingHeaders(allowedOrigins: readonly string[]): Record<string, string> {
  // Stored origins are normalised scheme://host[:port]; anything else never reaches the header.
  const origins = allowedOrigins.filter((origin) => /^https?:\/\/[a-z0-9.[\]:-]+$/i.test(origin));
  if (origins.length === 0) {
    return { "content-security-policy": `frame-ancestors 'none'; ${BASE_CSP}`, "x-frame-options": "DENY" };
  }
  return { "content-security-policy": `frame-ancestors ${origins.join(" ")}; ${BASE_CSP}` };
}
