// Signed links of nurture emails: one-click unsubscribe ("u", one send) and tracked clicks ("c",
// one send and the index of the link in its email — the target address is read back from the
// sequence version, never from the link, so the redirect cannot be pointed elsewhere) and return
// visits ("r", one send: added to a tracked link's redirect when it leads to one of our form pages).
// base64url("<kind>:<sendId>:<index>") + "." + HMAC-SHA256 with AUTH_SECRET. Unsubscribe links do
// not expire (RFC 8058: a mail client may use them at any time).
import crypto from "node:crypto";

export type TNurtureLink = { kind: "u"; sendId: string } | { kind: "c"; sendId: string; index: number } | { kind: "r"; sendId: string };

function sign(payload: string, secret: string): string {
  return crypto.createHmac("sha256", secret).update(`nurture:${payload}`).digest("base64url");
}

export function createNurtureToken(link: TNurtureLink, secret: string): string {
  const payload = Buffer.from(`${link.kind}:${link.sendId}:${link.kind === "c" ? link.index : 0}`).toString("base64url");
  return `${payload}.${sign(payload, secret)}`;
}

/** Sentence punctuation a mail client may take into a link ("…/n/c/<token>."): never part of a token (base64url). */
const TRAILING_PUNCTUATION = new Set([".", ",", ";", ":", "!", "?", ")", "]", "'", '"']);

function withoutTrailingPunctuation(token: string): string {
  let end = token.length;
  while (end > 0 && TRAILING_PUNCTUATION.has(token[end - 1]!)) end--;
  return token.slice(0, end);
}

export function verifyNurtureToken(rawToken: string, secret: string): TNurtureLink | null {
  const token = withoutTrailingPunctuation(rawToken);
  const [payload, signature, extra] = token.split(".");
  if (!payload || !signature || extra !== undefined || token.length > 300) return null;
  const expected = Buffer.from(sign(payload, secret));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !crypto.timingSafeEqual(expected, given)) return null;
  const [kind, sendId, index] = Buffer.from(payload, "base64url").toString("utf8").split(":");
  if (!sendId) return null;
  if (kind === "u" || kind === "r") return { kind, sendId };
  if (kind === "c" && /^\d{1,3}$/.test(index ?? "")) return { kind, sendId, index: Number(index) };
  return null;
}

export function unsubscribeUrl(appUrl: string, sendId: string, secret: string): string {
  return `${appUrl}/n/u/${createNurtureToken({ kind: "u", sendId }, secret)}`;
}

export function clickUrl(appUrl: string, sendId: string, index: number, secret: string): string {
  return `${appUrl}/n/c/${createNurtureToken({ kind: "c", sendId, index }, secret)}`;
}
