// The caller's address for rate limiting: the first X-Forwarded-For entry. server/cli/serve.ts
// rewrites that header from the socket on every request (keeping only TRUSTED_PROXY_HOPS entries
// that trusted proxies appended), so a client cannot choose it. "unknown" when absent (tests).
export function clientIp(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  const ip = forwarded || headers.get("x-real-ip")?.trim();
  return ip ? ip.slice(0, 100) : "unknown";
}
