// Signed, expiring tokens for the rep alert's one-click accept link:
// base64url("<assignmentId>.<expiresEpochSeconds>") + "." + HMAC-SHA256 with AUTH_SECRET.
import crypto from "node:crypto";

function sign(payload: string, secret: string): string {
  return crypto.createHmac("sha256", secret).update(`accept:${payload}`).digest("base64url");
}

export function createAcceptToken(assignmentId: string, expiresAt: Date, secret: string): string {
  const payload = Buffer.from(`${assignmentId}.${Math.floor(expiresAt.getTime() / 1000)}`).toString("base64url");
  return `${payload}.${sign(payload, secret)}`;
}

/** An expired token still names its assignment (its signature held): the page can say what became of the lead. */
export type TAcceptTokenCheck =
  | { ok: true; assignmentId: string; expiresAt: Date }
  | { ok: false; reason: "malformed" | "bad_signature" }
  | { ok: false; reason: "expired"; assignmentId: string };

export function verifyAcceptToken(token: string, secret: string, now: Date): TAcceptTokenCheck {
  const [payload, signature, extra] = token.split(".");
  if (!payload || !signature || extra !== undefined || token.length > 400) return { ok: false, reason: "malformed" };
  const expected = Buffer.from(sign(payload, secret));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !crypto.timingSafeEqual(expected, given)) return { ok: false, reason: "bad_signature" };
  const [assignmentId, seconds] = Buffer.from(payload, "base64url").toString("utf8").split(".");
  const expiresAt = new Date(Number(seconds) * 1000);
  if (!assignmentId || !Number.isFinite(expiresAt.getTime())) return { ok: false, reason: "malformed" };
  if (expiresAt.getTime() <= now.getTime()) return { ok: false, reason: "expired", assignmentId };
  return { ok: true, assignmentId, expiresAt };
}
