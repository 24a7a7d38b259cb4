// The caller's IP for rate limiting: the first x-forwarded-for entry, else x-real-ip, else
// "unknown". Only trustworthy behind a proxy that sets these headers (it overwrites client values).
export function clientIp(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  const ip = forwarded || headers.get("x-real-ip")?.trim();
  return ip ? ip.slice(0, 100) : "unknown";
}
