// What keeps POST /api/v1/webhooks (and Settings → Webhooks) retry-safe: creates of one workspace
// take turns under a transaction lock, a create's Idempotency-Key replays only its own request, and
// an endpoint for an address and events already subscribed is refused — two such endpoints would
// deliver every event twice (a retried create after a lost answer used to subscribe twice).
import type { DbTx } from "../../db/client";
import { AppError } from "../../errors";
import { assertSameRequest } from "../submissions/idempotency-key";

/** Creates in one workspace take turns (the duplicate, key and count checks hold until commit). */
export async function lockWebhookEndpoints(tx: DbTx, workspaceId: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`webhook-endpoints:${workspaceId}`}))`;
}

/** The address as compared: the URL's normal form (host in lower case, "/" for an empty path), else as given. */
function comparableUrl(url: string): string {
  try {
    return new URL(url).href;
  } catch {
    return url;
  }
}

/** The same events, in any order. */
function sameEvents(a: readonly string[], b: readonly string[]): boolean {
  const left = new Set(a);
  const right = new Set(b);
  return left.size === right.size && [...left].every((e) => right.has(e));
}

/** Throws CONFLICT at `url` naming the endpoint that already sends these events to this address. */
export function refuseDuplicateSubscription(existing: readonly { id: string; url: string; events: readonly string[] }[], wanted: { url: string; events: readonly string[] }): void {
  const same = existing.find((e) => comparableUrl(e.url) === comparableUrl(wanted.url) && sameEvents(e.events, wanted.events));
  if (!same) return;
  throw new AppError("CONFLICT", `Endpoint ${same.id} already sends these events to this URL`, [
    {
      path: "url",
      message: `Already subscribed with the same events by endpoint ${same.id}: a second one would deliver every event twice. Keep using it (POST /api/v1/webhooks/${same.id}/rotate-secret gives a new secret) or delete it first; send an Idempotency-Key to retry a create safely`,
    },
  ]);
}

/**
 * A create's Idempotency-Key seen before: replayable when it came with the same request (else a 422,
 * as POST /api/v1/leads answers) and the endpoint still has the secret it was created with (a replay
 * answers that secret; after a rotation only rotate-secret shows one: a 409).
 */
export function assertReplayable(args: { id: string; fingerprint: string | null; sent: string; previousSecrets: unknown }): void {
  assertSameRequest(args.fingerprint, args.sent, "endpoint");
  // A rotation always leaves the replaced secret in previousSecrets: empty means never rotated.
  if (Array.isArray(args.previousSecrets) && args.previousSecrets.length > 0) {
    throw new AppError("CONFLICT", "The endpoint this key created has a new secret since", [
      { path: "headers.idempotency-key", message: `This key created endpoint ${args.id}, whose secret was rotated since: a replay cannot show it (POST /api/v1/webhooks/${args.id}/rotate-secret gives a new one)` },
    ]);
  }
}
