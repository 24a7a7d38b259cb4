// Signed, expiring tokens of the public booking API, bound to one lead ("book": pick a slot with
// the lead's rep) or one booking ("manage": the prospect's reschedule/cancel link):
// base64url("<kind>.<id>.<expiresEpochSeconds>") + "." + HMAC-SHA256 with AUTH_SECRET. The purpose
// is signed too, so an accept token (accept-token.ts) or a book token never passes as another.
import crypto from "node:crypto";

export type TBookingTokenKind = "book" | "manage";

/** How long the end screen's token lasts (the prospect may come back to the tab later). */
export const BOOK_TOKEN_DAYS = 7;
/** The reschedule/cancel link in the prospect's emails lasts this long after the meeting. */
export const MANAGE_TOKEN_DAYS_AFTER_MEETING = 1;

function sign(payload: string, secret: string): string {
  return crypto.createHmac("sha256", secret).update(`booking:${payload}`).digest("base64url");
}

export function createBookingToken(kind: TBookingTokenKind, id: string, expiresAt: Date, secret: string): string {
  const payload = Buffer.from(`${kind}.${id}.${Math.floor(expiresAt.getTime() / 1000)}`).toString("base64url");
  return `${payload}.${sign(payload, secret)}`;
}

export type TBookingTokenCheck = { ok: true; kind: TBookingTokenKind; id: string; expiresAt: Date } | { ok: false; reason: "malformed" | "bad_signature" | "expired" };

export function verifyBookingToken(token: string, secret: string, now: Date): TBookingTokenCheck {
  const [payload, signature, extra] = token.split(".");
  if (!payload || !signature || extra !== undefined || token.length > 400) return { ok: false, reason: "malformed" };
  const expected = Buffer.from(sign(payload, secret));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !crypto.timingSafeEqual(expected, given)) return { ok: false, reason: "bad_signature" };
  const [kind, id, seconds, rest] = Buffer.from(payload, "base64url").toString("utf8").split(".");
  const expiresAt = new Date(Number(seconds) * 1000);
  if ((kind !== "book" && kind !== "manage") || !id || rest !== undefined || !Number.isFinite(expiresAt.getTime())) return { ok: false, reason: "malformed" };
  if (expiresAt.getTime() <= now.getTime()) return { ok: false, reason: "expired" };
  return { ok: true, kind, id, expiresAt };
}
