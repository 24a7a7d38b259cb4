import { describe, expect, it } from "vitest";
import type { TReasonCode } from "./reason-codes";
import type { TRoutingDecision } from "./routing-types";
import { sharedReason } from "./shared-reasons";
import { decisionWith, skippedSegmentsOf, withSkippedSegments, type TSkippedSegment } from "./skipped-segments";
import { packDecision, packSkipped } from "./stored-decision";

const INACTIVE: TReasonCode = sharedReason({ code: "INACTIVE" });
const CAPACITY: TReasonCode = { code: "AT_CAPACITY_OPEN", open: 10, max: 10 };

const segments: TSkippedSegment[] = [
  { pathId: "enterprise", repIds: ["a", "b", "c"], reasonsAt: [INACTIVE, undefined, CAPACITY] },
  { pathId: "inbound", repIds: ["d", "a"], reasonsAt: [INACTIVE, INACTIVE] },
];

function decision(): TRoutingDecision {
  return withSkippedSegments(
    {
      leadId: null,
      outcome: "assigned",
      pathId: "inbound",
      pathName: "Inbound",
      destination: null,
      strategy: null,
      strategyDescription: "",
      repId: "b",
      teamId: null,
      queue: null,
      reasons: [],
      skipped: [],
      pathsTried: [],
      rotationUpdates: [],
      accountOwnerToRecord: null,
      configVersion: 1,
      evaluatedAtIso: "2026-12-01T15:00:00.000Z",
    },
    segments,
  );
}

const ENTRIES = [
  { repId: "a", reasons: [INACTIVE], pathId: "enterprise" },
  { repId: "c", reasons: [CAPACITY], pathId: "enterprise" },
  { repId: "d", reasons: [INACTIVE], pathId: "inbound" },
  { repId: "a", reasons: [INACTIVE], pathId: "inbound" },
];

describe("a decision's skipped reps by segment", () => {
  it.each([
    ["read", (d: TRoutingDecision) => d.skipped],
    ["spread", (d: TRoutingDecision) => ({ ...d }).skipped],
    ["JSON", (d: TRoutingDecision) => (JSON.parse(JSON.stringify(d)) as TRoutingDecision).skipped],
    ["structuredClone", (d: TRoutingDecision) => structuredClone(d).skipped],
  ])("gives every skipped rep in pool order when %s", (_, read) => {
    expect(read(decision())).toEqual(ENTRIES);
  });

  it("keeps the key's place in the record and shares a shared reason's list", () => {
    const d = decision();
    expect(Object.keys(d).indexOf("skipped")).toBe(Object.keys(d).indexOf("reasons") + 1);
    expect(d.skipped[0]!.reasons).toBe(d.skipped[2]!.reasons);
    expect(d.skipped).toBe(d.skipped);
  });

  it("is packed from the segments until read, the same record as from the entries", () => {
    const d = decision();
    const fromSegments = JSON.stringify(packDecision(d));
    expect(skippedSegmentsOf(d)).toBe(segments);
    expect(JSON.stringify({ ...packDecision({ ...d }), skippedPacked: packSkipped(ENTRIES) })).toBe(fromSegments);
    expect(skippedSegmentsOf(d)).toBeUndefined(); // the spread above read it
    expect(JSON.stringify(packDecision(d))).toBe(fromSegments);
  });

  it("takes a list assigned before it is read", () => {
    const d = decision();
    d.skipped = [];
    expect(d.skipped).toEqual([]);
    expect(skippedSegmentsOf(d)).toBeUndefined();
    expect(packDecision(d).skippedPacked.reps).toEqual([]);
  });

  it("decisionWith copies in a spread's key order and leaves the list unread", () => {
    const d = decision();
    const copy = decisionWith(d, { reasons: [INACTIVE], learningUsed: undefined });
    expect(skippedSegmentsOf(copy)).toBe(segments);
    expect(Object.keys(copy)).toEqual(Object.keys({ ...decision(), reasons: [], learningUsed: undefined }));
    expect(copy.reasons).toEqual([INACTIVE]);
    expect(copy.skipped).toEqual(ENTRIES);
    expect(skippedSegmentsOf(d)).toBe(segments);
  });
});
