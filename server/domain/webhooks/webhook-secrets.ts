// Signing secrets of a webhook endpoint across rotations, the pure parts. A rotation makes a new
// current secret; every secret it replaced keeps signing alongside (webhook-signature carries one
// signature per secret, per Standard Webhooks) until its own overlap ends, 24 hours after the
// rotation that replaced it — so a second rotation never cuts off a secret the first one promised.
// At most MAX_PREVIOUS_WEBHOOK_SECRETS overlap at once: a rotation beyond that is refused until the
// oldest one expires (`retryAt`).
import { z } from "zod";

/** How long a replaced secret keeps signing after the rotation that replaced it (receivers switch within it). */
export const WEBHOOK_ROTATION_OVERLAP_MS = 24 * 60 * 60 * 1000;
/** Replaced secrets that may still be signing at once (each adds a signature to every delivery). */
export const MAX_PREVIOUS_WEBHOOK_SECRETS = 3;

/** WebhookEndpoint.previousSecrets: newest first. */
export const ZPreviousWebhookSecrets = z.array(z.object({ secret: z.string().min(1), expiresAt: z.iso.datetime({ offset: true }) }));
export type TPreviousWebhookSecret = z.infer<typeof ZPreviousWebhookSecrets>[number];

/** The stored list, those still signing at `at` (an unreadable value is none). */
export function overlappingSecrets(stored: unknown, at: Date): TPreviousWebhookSecret[] {
  const parsed = ZPreviousWebhookSecrets.safeParse(stored);
  return parsed.success ? parsed.data.filter((s) => Date.parse(s.expiresAt) > at.getTime()) : [];
}

/** The secrets a delivery at `at` is signed with: the current one, then each replaced one still in its overlap. */
export function signingSecrets(current: string, stored: unknown, at: Date): string[] {
  return [current, ...overlappingSecrets(stored, at).map((s) => s.secret)];
}

export type TRotation =
  | { ok: true; previousSecrets: TPreviousWebhookSecret[]; previousSecretExpiresAt: Date }
  | { ok: false; overlapping: number; retryAt: Date };

/**
 * Rotating at `now`: the current secret joins the replaced ones (expiring now + overlap), those
 * whose overlap ended are dropped. Refused while MAX_PREVIOUS_WEBHOOK_SECRETS still overlap; then
 * `retryAt` is when the oldest of them stops signing.
 */
export function rotateSecrets(current: string, stored: unknown, now: Date, overlapMs = WEBHOOK_ROTATION_OVERLAP_MS): TRotation {
  const overlapping = overlappingSecrets(stored, now);
  if (overlapping.length >= MAX_PREVIOUS_WEBHOOK_SECRETS) {
    const retryAt = new Date(Math.min(...overlapping.map((s) => Date.parse(s.expiresAt))));
    return { ok: false, overlapping: overlapping.length, retryAt };
  }
  const previousSecretExpiresAt = new Date(now.getTime() + overlapMs);
  return { ok: true, previousSecrets: [{ secret: current, expiresAt: previousSecretExpiresAt.toISOString() }, ...overlapping], previousSecretExpiresAt };
}

/** The body of a rotation request: nothing (or `{}`); any property is refused, named by its path. */
export const ZRotateWebhookSecret = z.object({}).strict();
