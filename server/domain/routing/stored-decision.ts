// The routing decision as it is stored (LeadAssignment.decision, and a "routed" event's data when
// there is no assignment) and read back. A big pool's decision is mostly its skipped reps: at 1,000
// reps, 999 entries of { repId, pathId, reasons }, where only a few dozen distinct reason lists
// occur ("outside working hours, next 08:00 Los Angeles", "not chosen: X's turn" …). Stored, the
// skipped list is packed: each distinct path id and each distinct reason list once, and every
// skipped rep as [repId, path index, reasons index] in the decision's order, so reading it back
// gives the same list in the same order. Records stored before (with a plain `skipped` array) are
// read as they are. Everything else in the record is unchanged, so readers of the path, team,
// outcome or reasons (SQL included) need not know.
import type { TReasonCode } from "./reason-codes";
import type { TRoutingDecision, TSkippedRep } from "./routing-types";
import { readStoredRotation } from "./rotation-state";
import { reasonList } from "./shared-reasons";
import { decisionWithoutSkipped, skippedSegmentsOf, type TSkippedSegment } from "./skipped-segments";

export interface TPackedSkipped {
  /** Distinct path ids of the skipped reps, in first-seen order. */
  paths: string[];
  /** Distinct reason lists, in first-seen order. */
  reasons: TReasonCode[][];
  /** Every skipped rep in the decision's order: [repId, index in `paths`, index in `reasons`]. */
  reps: [repId: string, path: number, reasons: number][];
}

export type TStoredDecision = Omit<TRoutingDecision, "skipped"> & { skippedPacked: TPackedSkipped };

/**
 * The keys of a stored record that a decision's headline never reads: its skipped reps (packed or,
 * in older records, plain), the rotation state kept for Replay and a learned pool's posteriors.
 * Nearly all of a big pool's record; a reader of headlines only leaves them out in SQL
 * (`decision - keys`), and readStoredDecision reads what is left with those lists empty.
 */
export const KEYS_NOT_IN_HEADLINE = ["skippedPacked", "skipped", "rotationUpdates", "learningUsed"] as const satisfies readonly (keyof TStoredDecision | "skipped")[];

/** The skipped reps packed: every distinct path and reason list once. */
export function packSkipped(skipped: readonly TSkippedRep[]): TPackedSkipped {
  const packer = skippedPacker();
  // Reps skipped for a shared reason share its list (shared-reasons.ts): each list is written
  // out as JSON once, not once per rep.
  for (const { repId, pathId, reasons } of skipped) packer.add(repId, pathId, reasons, reasons);
  return packer.packed;
}

/** packSkipped of a decision's skipped reps straight from its pools' segments (the same result, no entries made). */
export function packSkippedSegments(segments: readonly TSkippedSegment[]): TPackedSkipped {
  const packer = skippedPacker();
  for (const { pathId, repIds, reasonsAt } of segments) {
    for (let i = 0; i < repIds.length; i++) {
      const reason = reasonsAt[i];
      // A shared reason is one object (and one list): keyed by the reason, its list is looked up once.
      if (reason) packer.add(repIds[i]!, pathId, reason, reasonList(reason));
    }
  }
  return packer.packed;
}

/** Adds skipped reps one by one; `identity` is what repeats for reps that share their reasons (the list, or its one reason). */
function skippedPacker() {
  const packed: TPackedSkipped = { paths: [], reasons: [], reps: [] };
  const pathIndex = new Map<string, number>();
  const reasonsIndex = new Map<string, number>();
  const byIdentity = new Map<object, number>();
  return {
    packed,
    add(repId: string, pathId: string, identity: object, reasons: TReasonCode[]) {
      let path = pathIndex.get(pathId);
      if (path === undefined) {
        path = packed.paths.push(pathId) - 1;
        pathIndex.set(pathId, path);
      }
      let list = byIdentity.get(identity);
      if (list === undefined) {
        const key = JSON.stringify(reasons);
        list = reasonsIndex.get(key);
        if (list === undefined) {
          list = packed.reasons.push(reasons) - 1;
          reasonsIndex.set(key, list);
        }
        byIdentity.set(identity, list);
      }
      packed.reps.push([repId, path, list]);
    },
  };
}

/** The decision as it is stored: the same record with its skipped reps packed (from its segments when it has them). */
export function packDecision(decision: TRoutingDecision): TStoredDecision {
  const segments = skippedSegmentsOf(decision);
  const rest = decisionWithoutSkipped(decision);
  return { ...rest, skippedPacked: segments ? packSkippedSegments(segments) : packSkipped(decision.skipped) };
}

/** The skipped reps of a packed list, in their order; null when the list is not well formed. */
export function unpackSkipped(value: unknown): TSkippedRep[] | null {
  if (!isRecord(value) || !Array.isArray(value.paths) || !Array.isArray(value.reasons) || !Array.isArray(value.reps)) return null;
  const { paths, reasons, reps } = value as { paths: unknown[]; reasons: unknown[]; reps: unknown[] };
  const skipped: TSkippedRep[] = [];
  for (const entry of reps) {
    if (!Array.isArray(entry) || entry.length !== 3) return null;
    const [repId, path, list] = entry as unknown[];
    const pathId = typeof path === "number" ? paths[path] : undefined;
    const reasonList = typeof list === "number" ? reasons[list] : undefined;
    if (typeof repId !== "string" || typeof pathId !== "string" || !Array.isArray(reasonList)) return null;
    skipped.push({ repId, pathId, reasons: reasonList as TReasonCode[] });
  }
  return skipped;
}

/**
 * A stored decision record as the decision it was, whichever form it was stored in; null when the
 * value is not a decision record (no outcome or reasons, or a malformed skipped list). Lists a
 * record of an older release lacks (paths tried, rotation updates) read as empty; its rotation
 * updates in either stored form (rotation-state.ts).
 */
export function readStoredDecision(value: unknown): TRoutingDecision | null {
  if (!isRecord(value) || typeof value.outcome !== "string" || !Array.isArray(value.reasons)) return null;
  const { skippedPacked, ...rest } = value;
  const skipped = skippedPacked !== undefined ? unpackSkipped(skippedPacked) : Array.isArray(rest.skipped) ? (rest.skipped as TSkippedRep[]) : rest.skipped === undefined ? [] : null;
  if (!skipped) return null;
  return {
    ...(rest as unknown as TRoutingDecision),
    skipped,
    pathsTried: Array.isArray(rest.pathsTried) ? (rest.pathsTried as TRoutingDecision["pathsTried"]) : [],
    rotationUpdates: Array.isArray(rest.rotationUpdates) ? rest.rotationUpdates.flatMap((update) => readStoredRotation(update) ?? []) : [],
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
