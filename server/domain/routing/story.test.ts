// The acceptance story with the demo roster: Sarah (enterprise, financial services, New York),
// Tom (SMB, Chicago), Kenji (APAC, Tokyo), Maya (inside sales, Los Angeles).
import { describe, expect, it } from "vitest";
import { decideRouting } from "./decide-routing";
import { describeDecision, describeDecisionHeadline } from "./describe-decision";
import { makeLead, NY_3AM, NY_MORNING, ROSTER, SARAH, storyInput, withRep } from "../../testing/fixtures/routing-domain-fixtures";

const names = {
  repName: (id: string) => ROSTER.find((r) => r.id === id)?.name ?? id,
  teamName: (id: string) => id,
};

const bigFinance = makeLead({
  email: "cfo@bigbank.com",
  company_size: "200-999",
  industry: "financial_services",
  authority: "decision_maker",
  region: "north_america",
});

describe("the acceptance story", () => {
  it("a 500-person financial-services lead with budget authority goes to Sarah, with the reasons", () => {
    const decision = decideRouting(storyInput(bigFinance, NY_MORNING));
    expect(decision.outcome).toBe("assigned");
    expect(decision.repId).toBe("sarah");
    expect(describeDecisionHeadline(decision, names)).toBe("Routed to Sarah Chen: Enterprise path · financial services match · available now · lightest pipeline");
    expect(decision.skipped).toEqual([{ repId: "kenji", pathId: "enterprise", reasons: [expect.objectContaining({ code: "OUTSIDE_WORKING_HOURS" })] }]);
    expect(decision.accountOwnerToRecord).toEqual({ domain: "bigbank.com", repId: "sarah" });
    expect(decision.configVersion).toBe(7);
    expect(decision.evaluatedAtIso).toBe("2025-12-02T15:00:00.000Z");
  });

  it("with Sarah at capacity it goes to the next best rep and says why Sarah was skipped", () => {
    const reps = ROSTER.map((r) => (r.id === "sarah" ? withRep(SARAH, {}, { openLeads: 12 }) : r));
    const decision = decideRouting(storyInput(bigFinance, NY_MORNING, { reps }));
    expect(decision.outcome).toBe("assigned");
    expect(decision.pathId).toBe("inbound");
    expect(["tom", "maya"]).toContain(decision.repId);
    expect(decision.pathsTried.map((p) => [p.pathId, p.matched, p.result])).toEqual([
      ["startups", false, undefined],
      ["apac", false, undefined],
      ["enterprise", true, "no eligible rep"],
      ["inbound", true, "assigned"],
    ]);
    const text = describeDecision(decision, names);
    expect(text).toContain("Sarah Chen — at capacity 12/12");
    expect(text).toContain("Kenji Sato — outside working hours until 09:00 Tokyo (GMT+9)");
  });

  it("a Tokyo lead at 3 AM New York time goes to Kenji (Sarah is off hours)", () => {
    const tokyo = makeLead({ ...bigFinance.answers, email: "cto@tokyo-bank.jp", region: "apac" }, { timeZone: "Asia/Tokyo" });
    expect(decideRouting(storyInput(tokyo, NY_3AM))).toMatchObject({ outcome: "assigned", repId: "kenji", pathId: "apac" });
    // Same lead without the APAC region: the Enterprise pool still picks Kenji, Sarah is asleep.
    const decision = decideRouting(storyInput({ ...bigFinance, timeZone: "Asia/Tokyo" }, NY_3AM));
    expect(decision).toMatchObject({ outcome: "assigned", repId: "kenji", pathId: "enterprise" });
    expect(describeDecision(decision, names)).toContain("Sarah Chen — outside working hours until 08:30 New York (GMT−5)");
  });

  it("a startup lead goes to the nurture tier", () => {
    const startup = makeLead({ email: "founder@tiny.io", company_size: "1-19", industry: "technology" }, { tier: "nurture" });
    const decision = decideRouting(storyInput(startup, NY_MORNING));
    expect(decision).toMatchObject({ outcome: "nurture", repId: null, pathId: "startups", rotationUpdates: [], accountOwnerToRecord: null });
    expect(describeDecision(decision, names)).toBe("Nurture tier: Startups path");
  });

  it("with every rep unavailable the lead lands in the fallback queue, and the text says why", () => {
    const reps = ROSTER.map((r) => withRep(r, { isActive: false }));
    const decision = decideRouting(storyInput(bigFinance, NY_MORNING, { reps }));
    expect(decision).toMatchObject({ outcome: "fallback", repId: null, queue: { name: "Manager review", ownerUserId: "user-manager" } });
    expect(describeDecisionHeadline(decision, names)).toBe("Sent to the fallback queue “Manager review”: Enterprise: no eligible rep; Inbound: no eligible rep");
  });
});
