// Calendar credentials at rest: AES-256-GCM under a key derived (HKDF-SHA256) from
// CALENDAR_ENCRYPTION_KEY. Stored as "v1.<iv>.<tag>.<ciphertext>" (base64url). The connection id
// is bound in as associated data, so a secret copied onto another rep's connection does not open.
// Secrets are decrypted only to talk to the calendar; they are never sent back to a browser.
import crypto from "node:crypto";
import { env } from "../../env";

export class CalendarKeyMissingError extends Error {
  constructor() {
    super("CALENDAR_ENCRYPTION_KEY is not set: calendars cannot be connected (see README \"Calendars\")");
    this.name = "CalendarKeyMissingError";
  }
}

/** The 32-byte key derived from the configured secret (any string of ≥ 32 characters). */
export function deriveCalendarKey(secret: string): Buffer {
  return Buffer.from(crypto.hkdfSync("sha256", secret, "switchboard", "calendar-credentials v1", 32));
}

/** The app's key from CALENDAR_ENCRYPTION_KEY; throws when it is not configured. */
export function appCalendarKey(): Buffer {
  const secret = env().CALENDAR_ENCRYPTION_KEY;
  if (!secret) throw new CalendarKeyMissingError();
  return deriveCalendarKey(secret);
}

export function encryptSecret(key: Buffer, plaintext: string, boundTo: string): string {
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv("aes-256-gcm", key, iv);
  cipher.setAAD(Buffer.from(boundTo, "utf8"));
  const ciphertext = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  return ["v1", iv.toString("base64url"), cipher.getAuthTag().toString("base64url"), ciphertext.toString("base64url")].join(".");
}

/** Throws when the value was not made by encryptSecret with this key for this binding. */
export function decryptSecret(key: Buffer, stored: string, boundTo: string): string {
  const [version, iv, tag, ciphertext] = stored.split(".");
  if (version !== "v1" || !iv || !tag || ciphertext === undefined) throw new Error("Unreadable calendar secret");
  const decipher = crypto.createDecipheriv("aes-256-gcm", key, Buffer.from(iv, "base64url"));
  decipher.setAAD(Buffer.from(boundTo, "utf8"));
  decipher.setAuthTag(Buffer.from(tag, "base64url"));
  return Buffer.concat([decipher.update(Buffer.from(ciphertext, "base64url")), decipher.final()]).toString("utf8");
}
