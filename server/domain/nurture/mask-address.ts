// The address an unsubscribe page names. Its link is a bearer token (anyone it is forwarded to sees
// the page), so the page shows enough for the person to recognise their address and no more: the
// first character of the mailbox, then "***" (always three: the length is not told), then the
// domain in full ("jane.doe@acme.com" → "j***@acme.com").

export function maskAddress(address: string): string {
  const email = address.trim();
  const at = email.lastIndexOf("@");
  if (at < 1 || at === email.length - 1) return "***";
  return `${email.slice(0, 1)}***${email.slice(at).toLowerCase()}`;
}
