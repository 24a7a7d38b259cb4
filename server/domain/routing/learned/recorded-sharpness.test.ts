// Re-deriving a recorded learned decision (Replay, audits) draws with the sharpness it recorded:
// a LEARNED_CHOICE recorded before the draws were narrowed (commit 6470aa5) has no `sharpness` and
// was drawn from the plain posterior (sharpness 1), so it re-derives with 1 — recomputing
// drawSharpness(3 reps) = 2·ln 3 would pick another rep for these leads.
import { describe, expect, it } from "vitest";
import type { TCandidate } from "../apply-filters";
import { choose } from "../choosers";
import { leadRefResolver } from "../lead-refs";
import type { TReasonCode } from "../reason-codes";
import { ZChooser } from "../routing-config";
import { makeLead, makeRep, NY_MORNING } from "../../../testing/fixtures/routing-domain-fixtures";
import { drawSharpness } from "./beta-posterior";
import { recordedSharpness } from "./learned-chooser";
import { poolLearning } from "./pool-learning";

const REPS = ["sarah", "tom", "kenji"].map((id) => makeRep(id));
const SEG = "financial services|enterprise";
// Early data: Sarah 4 of 12, the others 2 of 12 — wide posteriors, where the sharpness matters.
const LEARNING = poolLearning({ sarah: { [SEG]: { successes: 4, failures: 8 } }, tom: { [SEG]: { successes: 2, failures: 10 } }, kenji: { [SEG]: { successes: 2, failures: 10 } } }, {});
const leadNo = (i: number) => makeLead({ email: `lead${i}@bank.example`, industry: "Financial services", company_size: "1000-4999" });

function pick(i: number, sharpness: number | undefined) {
  const lead = leadNo(i);
  const qualified: TCandidate[] = REPS.map((rep) => ({ rep, passed: [] }));
  return choose(ZChooser.parse({ type: "learned", floorShare: 0 }), qualified, {
    poolId: "p/t",
    teamOrder: REPS.map((r) => r.id),
    rotation: undefined,
    strategy: { filters: [] },
    resolve: leadRefResolver(lead, NY_MORNING),
    now: NY_MORNING,
    lead,
    learning: LEARNING,
    ...(sharpness === undefined ? {} : { sharpness }),
  })!;
}

/** The reasons as stored: without `sharpness` in LEARNED_CHOICE for a record from before it was recorded. */
const asRecorded = (reasons: readonly TReasonCode[], withSharpness: boolean): TReasonCode[] =>
  reasons.map((r) => {
    if (r.code !== "LEARNED_CHOICE" || withSharpness) return r;
    const { sharpness: _dropped, ...old } = r;
    return old;
  });

describe("re-deriving a learned pick with the recorded sharpness", () => {
  it.each<[string, number, number | undefined, boolean, string, string]>([
    // what, lead, sharpness drawn live, recorded with it, the live (and re-derived) pick, a recomputed sharpness' pick
    ["old record (no sharpness), lead 37: plain draw re-derived", 37, 1, false, "kenji", "sarah"],
    ["old record (no sharpness), lead 42: plain draw re-derived", 42, 1, false, "tom", "sarah"],
    ["old record (no sharpness), lead 56: plain draw re-derived", 56, 1, false, "tom", "sarah"],
    ["new record, lead 37: its recorded 2·ln 3", 37, undefined, true, "sarah", "sarah"],
    ["new record, lead 42: its recorded 2·ln 3", 42, undefined, true, "sarah", "sarah"],
    ["new record drawn with 1, lead 58: the recorded 1, not 2·ln 3", 58, 1, true, "tom", "sarah"],
  ])("%s", (_what, i, liveSharpness, withSharpness, livePick, recomputedPick) => {
    const live = pick(i, liveSharpness);
    expect(live.repId).toBe(livePick);
    const record = { reasons: asRecorded(live.reasons, withSharpness) };
    const sharpness = recordedSharpness(record);
    expect(sharpness).toBe(liveSharpness ?? drawSharpness(3));
    const rederived = pick(i, sharpness);
    expect(rederived.repId).toBe(livePick);
    expect(rederived.reasons.find((r) => r.code === "LEARNED_CHOICE")).toMatchObject({ draw: (live.reasons.find((r) => r.code === "LEARNED_CHOICE") as { draw: number }).draw });
    // Recomputing the sharpness from the qualified reps instead:
    expect(pick(i, undefined).repId).toBe(recomputedPick);
  });

  it.each<[string, TReasonCode[], number | undefined]>([
    ["no learned choice (a fallback chose): none", [{ code: "LEARNED_WARMING_UP", outcomes: 1, needed: 10 }], undefined],
    ["LEARNED_CHOICE without sharpness: 1", asRecorded(pick(37, 1).reasons, false), 1],
    ["LEARNED_CHOICE with sharpness: that value", pick(37, 2.5).reasons, 2.5],
  ])("recordedSharpness: %s", (_what, reasons, expected) => {
    expect(recordedSharpness({ reasons })).toBe(expected);
  });
});
