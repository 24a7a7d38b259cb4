import { describe, expect, it } from "vitest";
import { describeDecisionHeadline, describePathTried, describeSkipped } from "./describe-decision";
import type { TReasonCode } from "./reason-codes";
import type { TPathTried, TRoutingDecision } from "./routing-types";

const names = { repName: (id: string) => ({ sarah: "Sarah Chen", priya: "Priya Patel" })[id] ?? id, teamName: (id: string) => id };

/** An assigned decision to `repId` with only `reasons` (no paths tried, no skipped reps). */
function assigned(repId: string, reasons: TReasonCode[]): TRoutingDecision {
  return {
    leadId: "lead",
    outcome: "assigned",
    pathId: null,
    pathName: null,
    destination: { type: "rep", repId },
    strategy: null,
    strategyDescription: "",
    repId,
    teamId: null,
    queue: null,
    reasons,
    skipped: [],
    pathsTried: [],
    rotationUpdates: [],
    accountOwnerToRecord: null,
    configVersion: 1,
    evaluatedAtIso: "2026-12-09T15:00:00.000Z",
  };
}

describe("describeDecisionHeadline", () => {
  it.each<[string, TRoutingDecision, string]>([
    ["booked with the next best rep: the lead moved", assigned("priya", [{ code: "BOOKING_FALLBACK", fromRepId: "sarah", windowDays: 2 }]), "Moved to Priya Patel: booked with the next best rep"],
    ["no headline reason: no dangling colon", assigned("sarah", [{ code: "HAS_CAPACITY", openLeads: 1, maxOpenLeads: 12 }]), "Routed to Sarah Chen"],
    [
      "a matched path that found nobody is named after the deciding path's reasons",
      {
        ...assigned("priya", [{ code: "PATH_MATCHED", pathId: "inbound", pathName: "Inbound" }, { code: "ROUND_ROBIN_TURN", variant: "strict", poolSize: 3 }]),
        pathsTried: [
          { pathId: "apac", pathName: "APAC", matched: false },
          { pathId: "enterprise", pathName: "Enterprise", matched: true, result: "no eligible rep", reason: { code: "NO_ELIGIBLE_REP", teamId: "ent", candidates: 2 } },
          { pathId: "inbound", pathName: "Inbound", matched: true, result: "assigned" },
        ],
      },
      "Routed to Priya Patel: Inbound path · round-robin turn · tried first: Enterprise (no eligible rep)",
    ],
    [
      "only the deciding path matched: nothing more",
      { ...assigned("priya", [{ code: "PATH_MATCHED", pathId: "inbound", pathName: "Inbound" }]), pathsTried: [{ pathId: "inbound", pathName: "Inbound", matched: true, result: "assigned" }] },
      "Routed to Priya Patel: Inbound path",
    ],
  ])("%s", (_, decision, text) => {
    expect(describeDecisionHeadline(decision, names)).toBe(text);
  });
});

describe("describePathTried", () => {
  const teamNames = { ...names, teamName: (id: string) => ({ ent: "Enterprise" })[id] ?? id };
  it.each<[TPathTried, string]>([
    [{ pathId: "apac", pathName: "APAC", matched: false }, "did not match"],
    [{ pathId: "ent", pathName: "Enterprise", matched: true, result: "no eligible rep", reason: { code: "NO_ELIGIBLE_REP", teamId: "ent", candidates: 2 } }, "no eligible rep in Enterprise (2 members)"],
    [{ pathId: "in", pathName: "Inbound", matched: true, result: "assigned" }, "assigned"],
    [{ pathId: "nur", pathName: "Nurture", matched: true, result: "nurture" }, "nurture tier"],
    [{ pathId: "nur", pathName: "Nurture", matched: true, result: "skipped: graduated from nurture" }, "skipped: the lead graduated from nurture"],
  ])("%j → %s", (path, text) => {
    expect(describePathTried(path, teamNames)).toBe(text);
  });
});

describe("describeSkipped", () => {
  const turnOf = (repId: string, pathId = "inbound") => ({ repId, pathId, reasons: [{ code: "NOT_CHOSEN_TURN", chosenRepId: "sarah" } as TReasonCode] });
  const withSkipped = (skipped: TRoutingDecision["skipped"]) => ({ ...assigned("sarah", []), skipped });
  const reps = (n: number) => Array.from({ length: n }, (_, i) => turnOf(`rep-${i + 1}`));
  it.each<[string, TRoutingDecision, number | undefined, string | null]>([
    ["nobody skipped", withSkipped([]), undefined, null],
    ["every skipped rep up to the limit", withSkipped([turnOf("priya"), turnOf("rep-2")]), undefined, "Skipped: Priya Patel — not chosen: round-robin turn of Sarah Chen; rep-2 — not chosen: round-robin turn of Sarah Chen"],
    ["a rep skipped on two paths counts once", withSkipped([turnOf("priya", "enterprise"), turnOf("priya")]), 1, "Skipped: Priya Patel — not chosen: round-robin turn of Sarah Chen"],
    ["past the limit: the first ones and how many more", withSkipped(reps(999)), 2, "Skipped: rep-1 — not chosen: round-robin turn of Sarah Chen; rep-2 — not chosen: round-robin turn of Sarah Chen; and 997 more"],
  ])("%s", (_, decision, maxSkipped, text) => {
    expect(describeSkipped(decision, names, undefined, maxSkipped)).toBe(text);
  });

  it("describes only the reps it shows (a 1,000-rep pool)", () => {
    const described: string[] = [];
    const counting = { ...names, repName: (id: string) => (described.push(id), id) };
    describeSkipped(withSkipped(reps(999)), counting);
    expect(described.filter((id) => id.startsWith("rep-"))).toHaveLength(10);
  });
});
