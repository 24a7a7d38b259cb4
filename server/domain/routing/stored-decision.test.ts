import { describe, expect, it } from "vitest";
import type { TReasonCode } from "./reason-codes";
import type { TRoutingDecision, TSkippedRep } from "./routing-types";
import { packDecision, packSkipped, readStoredDecision, unpackSkipped } from "./stored-decision";

function decision(skipped: TSkippedRep[]): TRoutingDecision {
  return {
    leadId: "lead",
    outcome: "assigned",
    pathId: "inbound",
    pathName: "Inbound",
    destination: { type: "rep", repId: "tom" },
    strategy: null,
    strategyDescription: "Inside: round-robin",
    repId: "tom",
    teamId: "inside",
    queue: null,
    reasons: [{ code: "PATH_MATCHED", pathId: "inbound", pathName: "Inbound" }, { code: "ROUND_ROBIN_TURN", variant: "strict", poolSize: 4 }],
    skipped,
    pathsTried: [{ pathId: "inbound", pathName: "Inbound", matched: true, result: "assigned" }],
    rotationUpdates: [{ poolId: "inbound:inside", algorithm: "turns", sequence: 3, lastRepId: "tom", repIds: ["tom", "maya"], counts: [3, 2] }],
    accountOwnerToRecord: null,
    configVersion: 7,
    evaluatedAtIso: "2026-12-02T15:00:00.000Z",
  };
}

const turn: TReasonCode[] = [{ code: "NOT_CHOSEN_TURN", chosenRepId: "tom" }];
const inactive: TReasonCode[] = [{ code: "INACTIVE" }];
const hours = (timeZone: string, nextLocalTime: string): TReasonCode[] => [{ code: "OUTSIDE_WORKING_HOURS", timeZone, nextStartIso: "2026-12-02T16:00:00.000Z", nextLocalTime, nextLocalWeekday: null }];

/** A big pool's skipped list: `n` reps over a handful of distinct reason lists, two paths. */
function bigPool(n: number): TSkippedRep[] {
  const lists = [turn, inactive, hours("America/Los_Angeles", "08:00"), hours("Europe/Berlin", "09:00"), [...inactive, ...turn]];
  return Array.from({ length: n }, (_, i) => ({ repId: `cm${String(i).padStart(23, "0")}`, pathId: i % 7 === 0 ? "enterprise" : "inbound", reasons: lists[i % lists.length]! }));
}

/** What the database gives back: the stored record after a JSON round trip. */
const stored = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

describe("packDecision / readStoredDecision", () => {
  it.each<[string, TSkippedRep[]]>([
    ["nobody skipped", []],
    ["one rep", [{ repId: "sarah", pathId: "inbound", reasons: turn }]],
    ["the same reasons shared, order kept", [{ repId: "sarah", pathId: "inbound", reasons: turn }, { repId: "priya", pathId: "inbound", reasons: inactive }, { repId: "maya", pathId: "inbound", reasons: turn }]],
    ["a rep skipped on two paths", [{ repId: "sarah", pathId: "enterprise", reasons: inactive }, { repId: "sarah", pathId: "inbound", reasons: inactive }]],
    ["two reasons in one list (the order of reasons is kept)", [{ repId: "priya", pathId: "inbound", reasons: [...turn, ...inactive] }, { repId: "maya", pathId: "inbound", reasons: [...inactive, ...turn] }]],
    ["a 1,000-rep pool", bigPool(999)],
  ])("%s: read back as the same decision, in the same order", (_, skipped) => {
    const original = decision(skipped);
    expect(readStoredDecision(stored(packDecision(original)))).toEqual(original);
  });

  it("stores each distinct path and reason list once", () => {
    const packed = packSkipped(bigPool(999));
    expect(packed.paths).toEqual(["enterprise", "inbound"]);
    expect(packed.reasons).toHaveLength(5);
    expect(packed.reps).toHaveLength(999);
    expect(packed.reps[1]).toEqual([`cm${"1".padStart(23, "0")}`, 1, 1]);
  });

  it("a 1,000-rep pool's record is several times smaller than the plain one", () => {
    const plain = JSON.stringify(decision(bigPool(999))).length;
    const packed = JSON.stringify(packDecision(decision(bigPool(999)))).length;
    expect(packed * 3).toBeLessThan(plain);
  });

  it("does not keep the plain skipped list beside the packed one", () => {
    expect(stored(packDecision(decision(bigPool(3))))).not.toHaveProperty("skipped");
  });
});

describe("readStoredDecision", () => {
  const plain = stored(decision([{ repId: "sarah", pathId: "inbound", reasons: turn }])) as Record<string, unknown>;

  it.each<[string, unknown, TRoutingDecision | null]>([
    ["a record stored before packing (plain skipped list)", plain, decision([{ repId: "sarah", pathId: "inbound", reasons: turn }])],
    ["an older record without paths tried, rotation updates or skipped reps", { ...plain, pathsTried: undefined, rotationUpdates: undefined, skipped: undefined }, { ...decision([]), pathsTried: [], rotationUpdates: [] }],
    ["not a record", "assigned", null],
    ["null", null, null],
    ["no outcome", { ...plain, outcome: undefined }, null],
    ["no reasons", { ...plain, reasons: "none" }, null],
    ["a skipped list that is not a list", { ...plain, skipped: "sarah" }, null],
    ["a packed list with a path index out of range", { ...plain, skipped: undefined, skippedPacked: { paths: ["inbound"], reasons: [turn], reps: [["sarah", 1, 0]] } }, null],
    ["a packed list with a reasons index out of range", { ...plain, skipped: undefined, skippedPacked: { paths: ["inbound"], reasons: [turn], reps: [["sarah", 0, 3]] } }, null],
    ["a packed entry that is not a triple", { ...plain, skipped: undefined, skippedPacked: { paths: ["inbound"], reasons: [turn], reps: [["sarah", 0]] } }, null],
    ["a packed list without its reps", { ...plain, skipped: undefined, skippedPacked: { paths: [], reasons: [] } }, null],
  ])("%s", (_, value, expected) => {
    const read = readStoredDecision(value === plain ? value : stored(value));
    expect(read).toEqual(expected === null ? null : stored(expected));
  });

  it("the packed list wins over a plain one stored beside it", () => {
    const value = { ...plain, skippedPacked: packSkipped([{ repId: "maya", pathId: "inbound", reasons: inactive }]) };
    expect(readStoredDecision(value)?.skipped).toEqual([{ repId: "maya", pathId: "inbound", reasons: inactive }]);
  });

  it("unpackSkipped rejects what is not a packed list", () => {
    expect(unpackSkipped([["sarah", 0, 0]])).toBeNull();
    expect(unpackSkipped({ paths: ["inbound"], reasons: [turn], reps: [[7, 0, 0]] })).toBeNull();
  });
});
