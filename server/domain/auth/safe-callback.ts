// Where to send a user after sign-in: only a path on this app. A callback such as "/\evil.com"
// starts with "/" but browsers read a backslash as a slash in http(s) URLs ("//evil.com": another
// host), and they drop tabs and newlines from URLs ("/\t/evil.com" too). So: a path that starts
// with one "/", has no backslash and no control character, and stays on the origin it is resolved
// against; anything else is null (the caller's default applies).
const PROBE_ORIGIN = "http://switchboard.invalid";

function hasBackslashOrControl(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code === 0x5c || code < 0x20 || code === 0x7f) return true;
  }
  return false;
}

export function safeCallbackPath(value: unknown): string | null {
  if (typeof value !== "string" || value.length > 2_000) return null;
  if (!value.startsWith("/") || value.startsWith("//") || hasBackslashOrControl(value)) return null;
  let url: URL;
  try {
    url = new URL(value, PROBE_ORIGIN);
  } catch {
    return null;
  }
  return url.origin === PROBE_ORIGIN ? `${url.pathname}${url.search}${url.hash}` : null;
}
