// The Idempotency-Key of `POST /api/v1/leads/{id}/reassign`. A reassignment to the next best rep (no
// toRepId) retried after a lost answer moved the lead again; with a key, the retry finds the
// assignment its first request made and nothing moves. The key is kept on that assignment
// (LeadAssignment.idempotencyScope/Key/Fingerprint, unique per workspace, as Lead keeps the key of
// POST /api/v1/leads): whose key it is (the API key's scope), the key, and the fingerprint of the
// request (lead, toRepId, reason). The same key with another request (another lead, rep or reason)
// is a 422 at headers.idempotency-key, as on POST /api/v1/leads. Read and written under the
// workspace routing lock, inside the reassignment's transaction.
import type { DbTx } from "../../db/client";
import { assertSameRequest } from "../submissions/idempotency-key";

export interface TReassignIdempotency {
  /** apiKeyKeyScope(apiKeyId): a key replays only its own caller's reassignment. */
  scope: string;
  key: string;
  /** requestFingerprint of { leadId, toRepId, reason }. */
  fingerprint: string;
}

/**
 * The assignment this key made, when it was sent before with the same request; null when the key is
 * new. Throws VALIDATION (headers.idempotency-key) when it came with another request.
 */
export async function replayedAssignment(tx: DbTx, workspaceId: string, idempotency: TReassignIdempotency): Promise<string | null> {
  const earlier = await tx.leadAssignment.findUnique({
    where: { workspaceId_idempotencyScope_idempotencyKey: { workspaceId, idempotencyScope: idempotency.scope, idempotencyKey: idempotency.key } },
    select: { id: true, idempotencyFingerprint: true },
  });
  if (!earlier) return null;
  assertSameRequest(earlier.idempotencyFingerprint, idempotency.fingerprint, "reassignment");
  return earlier.id;
}

/** Keeps the key on the assignment the reassignment wrote. */
export async function keepIdempotencyKey(tx: DbTx, assignmentId: string, idempotency: TReassignIdempotency): Promise<void> {
  await tx.leadAssignment.update({ where: { id: assignmentId }, data: { idempotencyScope: idempotency.scope, idempotencyKey: idempotency.key, idempotencyFingerprint: idempotency.fingerprint } });
}
