// The From header of an email sent on behalf of a workspace. The address is always the configured
// MAIL_FROM's (only that domain is authenticated for us: SPF/DKIM); what changes is the display
// name, so a prospect sees the company whose form they filled in: "Acme via Switchboard" when
// MAIL_FROM names the platform ("Switchboard <notifications@…>"), plain "Acme" when it names
// nobody. The "via" keeps the real sender visible (as Gmail's own "via" does), so a workspace
// cannot pass itself off as someone else's mail server. The workspace name is user content: line
// breaks and other control characters are removed (no header injection), and it is sent as an
// RFC 5322 quoted-string (quotes and backslashes escaped), so "<", "," or "@" in it stay text.
// Pure.

/** Longest display name we send (the whole name, "via …" included); longer names are cut with "…". */
export const MAX_DISPLAY_NAME_LENGTH = 78;

export interface TMailbox {
  /** The display name, without quotes; "" when there is none. */
  name: string;
  address: string;
}

/** Splits a configured From ("Switchboard <n@example.com>", "\"Switch, Inc\" <n@example.com>" or "n@example.com"). */
export function parseMailbox(from: string): TMailbox {
  const match = /^\s*(.*?)\s*<([^<>]+)>\s*$/.exec(from);
  if (!match) return { name: "", address: from.trim() };
  let name = match[1] ?? "";
  if (name.length >= 2 && name.startsWith('"') && name.endsWith('"')) name = name.slice(1, -1).replace(/\\(.)/g, "$1");
  return { name: cleanDisplayName(name), address: (match[2] ?? "").trim() };
}

/** Control characters (CR, LF, tab, NUL, DEL…) and Unicode line/paragraph separators become spaces; runs of spaces one. */
export function cleanDisplayName(name: string): string {
  // eslint-disable-next-line no-control-regex
  return name.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, " ").replace(/\s+/g, " ").trim();
}

/** An RFC 5322 quoted-string: backslashes and double quotes escaped. */
function quoted(name: string): string {
  return `"${name.replace(/[\\"]/g, (c) => `\\${c}`)}"`;
}

function cut(text: string, max: number): string {
  const chars = Array.from(text); // never splits a surrogate pair
  return chars.length <= max ? text : `${chars.slice(0, Math.max(1, max - 1)).join("").trimEnd()}…`;
}

/**
 * The From header for `senderName` (a workspace's name) over the configured From. No sender name
 * (or one that is blank once cleaned): the configured From as it is.
 */
export function fromHeaderFor(configuredFrom: string, senderName: string | null | undefined): string {
  const sender = cleanDisplayName(senderName ?? "");
  if (!sender) return configuredFrom;
  const { name: platform, address } = parseMailbox(configuredFrom);
  const suffix = platform && platform.toLocaleLowerCase() !== sender.toLocaleLowerCase() ? ` via ${platform}` : "";
  const display = suffix.length < MAX_DISPLAY_NAME_LENGTH / 2 ? `${cut(sender, MAX_DISPLAY_NAME_LENGTH - suffix.length)}${suffix}` : cut(sender, MAX_DISPLAY_NAME_LENGTH);
  return `${quoted(display)} <${address}>`;
}
