// The demo history's graduates (prisma/seed/history/graduated-history.ts): a nurture lead whose
// click lifted it into sales-ready ends as the live product leaves it — routed again at the click
// (NURTURE_GRADUATED first, the nurture path skipped, the team path its answers take), assigned,
// accepted and worked by the rep like a sales lead, everything after the graduation and never after
// now — from a stream of its own, so every other lead is what the seed gave.
import { describe, expect, it } from "vitest";
import { generateHistory, type THistoryLead } from "../../prisma/seed/history/generate-history";
import { withGraduation } from "../../prisma/seed/history/graduated-history";
import { DEMO_HISTORY_ROSTER } from "../testing/fixtures/demo-history-roster";

const NOW = new Date("2026-12-21T09:30:00Z");
const END = NOW.getTime();
const history = (seed = 20261130, roster = DEMO_HISTORY_ROSTER) => generateHistory(roster, { now: NOW, days: 90, leadsPerDay: 25, seed, tag: "t" }).leads;
const LEADS = history();
const isGraduate = (l: THistoryLead) => l.nurture?.enrollment?.exitReason === "graduated";
const GRADUATES = LEADS.filter(isGraduate);
const BEST_TIER = DEMO_HISTORY_ROSTER.scoring.tiers[0]!.key;
type TDecision = { outcome: string; pathId: string; reasons: { code: string; [k: string]: unknown }[]; pathsTried: { pathId: string; result: string }[] };
const teamPathOf = (l: THistoryLead) => (l.answers.region === "apac" ? "apac" : ["200-999", "1000-4999", "5000+"].includes(String(l.answers.company_size)) ? "enterprise" : "inbound");

describe("withGraduation (a graduate's decision record)", () => {
  const decision = { outcome: "assigned", reasons: [{ code: "PATH_MATCHED" }], pathsTried: [{ pathId: "inbound", result: "assigned" }] };
  const reason = { code: "NURTURE_GRADUATED" as const, engagement: "click" as const, points: 10, intentPoints: 10, sequenceId: "s1", tier: "sales_ready" };
  it.each([
    { name: "no graduation: unchanged", graduation: null, nurture: { id: "nurture", name: "Nurture" }, codes: ["PATH_MATCHED"], tried: ["assigned"] },
    { name: "graduation: the reason first, the nurture path skipped first", graduation: reason, nurture: { id: "nurture", name: "Nurture" }, codes: ["NURTURE_GRADUATED", "PATH_MATCHED"], tried: ["skipped: graduated from nurture", "assigned"] },
    { name: "graduation without a nurture path: the reason only", graduation: reason, nurture: undefined, codes: ["NURTURE_GRADUATED", "PATH_MATCHED"], tried: ["assigned"] },
  ])("$name", ({ graduation, nurture, codes, tried }) => {
    const out = withGraduation(decision, graduation, nurture);
    expect(out.reasons.map((r) => (r as { code: string }).code)).toEqual(codes);
    expect(out.pathsTried.map((p) => (p as { result: string }).result)).toEqual(tried);
  });
});

describe("demo history graduates", () => {
  it("every graduate is routed again at its graduation, with the live decision, owner, tier and timeline", () => {
    expect(GRADUATES.length).toBeGreaterThan(5);
    const wrong = GRADUATES.flatMap((l) => {
      const g = l.nurture!.graduation!;
      const exitedAt = l.nurture!.enrollment!.exitedAt;
      const [first] = l.assignments;
      const d = first?.decision as TDecision | undefined;
      const problems: string[] = [];
      if (!g || g.at.getTime() !== exitedAt.getTime()) problems.push("graduation not at the exit");
      if (!first || !d || first.assignedAt.getTime() !== exitedAt.getTime()) return [...problems, "not routed at the graduation"].map((p) => `${l.id} ${p}`);
      if (d.reasons[0]?.code !== "NURTURE_GRADUATED" || d.reasons[0]?.sequenceId !== DEMO_HISTORY_ROSTER.nurture!.sequenceId || d.reasons[0]?.intentPoints !== l.nurture!.enrollment!.intentPoints) problems.push("reason");
      if (d.pathsTried[0]?.pathId !== "nurture" || d.pathsTried[0]?.result !== "skipped: graduated from nurture") problems.push("nurture path not skipped");
      if (d.pathId !== teamPathOf(l)) problems.push(`path ${d.pathId}`);
      if (first.kind !== (first.repId ? "ROUTED" : "FALLBACK")) problems.push(`kind ${first.kind}`);
      if (l.tier !== BEST_TIER) problems.push(`tier ${l.tier}`);
      if (l.status !== "CLOSED" || l.ownerRepId !== (l.assignments.at(-1)!.repId ?? null)) problems.push("owner/status");
      if (l.routingPathId !== "nurture" || l.routingOutcome !== "nurture") problems.push("first decision's path and outcome not kept");
      // Its first routing (to nurture, at the submission) has its entry first; the graduation's is the first from the graduation on.
      const [placed] = l.events;
      if (placed?.type !== "routed" || placed.occurredAt.getTime() !== l.submittedAt.getTime() || placed.data.outcome !== "nurture" || placed.data.assignmentId !== null) problems.push("submission's routed event");
      const routed = l.events.find((e) => e.type === "routed" && e.occurredAt.getTime() >= exitedAt.getTime());
      if (!routed || routed.occurredAt.getTime() !== exitedAt.getTime() || routed.data.assignmentId !== first.id || routed.data.repId !== first.repId) problems.push("routed event");
      return problems.map((p) => `${l.id} ${p}`);
    });
    expect(wrong).toEqual([]);
    // Most reach a rep, who accepts.
    expect(GRADUATES.filter((l) => l.ownerRepId && l.acceptedAt).length).toBeGreaterThan(GRADUATES.length / 2);
  });

  it("the rep works a graduate as a sales lead: after the graduation, never after now, closed", () => {
    const wrong = GRADUATES.flatMap((l) => {
      const at = l.nurture!.graduation!.at.getTime();
      // The rep's work: every entry but its first routing's (to nurture, at the submission).
      const work = l.events.filter((e) => !(e.type === "routed" && e.data.outcome === "nurture"));
      const times = [l.acceptedAt, l.firstContactAt, l.closedAt, l.feedback?.createdAt ?? null, ...l.outcomes.map((o) => o.occurredAt), ...work.map((e) => e.occurredAt), ...l.assignments.flatMap((a) => [a.assignedAt, a.acceptedAt, a.endedAt])].filter((t): t is Date => t !== null).map((t) => t.getTime());
      const problems: string[] = [];
      if (times.some((t) => t < at)) problems.push("before graduation");
      if (times.some((t) => t > END)) problems.push("after now");
      if (!l.closedAt || l.stage === "OPEN") problems.push("not closed");
      if (l.ownerRepId && l.outcomes[0]?.stage !== "ACCEPTED" && l.closeReason !== "timing") problems.push(`first outcome ${l.outcomes[0]?.stage}`);
      if (l.acceptedAt && l.assignments.at(-1)!.acceptedAt?.getTime() !== l.acceptedAt.getTime()) problems.push("current assignment not accepted with the lead");
      return problems.map((p) => `${l.id} ${p}`);
    });
    expect(wrong).toEqual([]);
    // Not every graduate buys: several stages among them.
    expect(new Set(GRADUATES.map((l) => l.stage)).size).toBeGreaterThan(1);
  });

  it("draws from its own stream: every lead that did not graduate is what the seed gave without graduations", () => {
    expect(history()).toEqual(LEADS);
    // Without a sequence nobody graduates: the other leads are the same, the graduates stay nurture leads.
    const withoutNurture = history(20261130, { ...DEMO_HISTORY_ROSTER, nurture: null });
    const graduates = new Set(GRADUATES.map((l) => l.id));
    const others = (leads: THistoryLead[]) => leads.filter((l) => !graduates.has(l.id) && l.routingOutcome !== "nurture");
    expect(others(withoutNurture)).toEqual(others(LEADS));
    expect(withoutNurture.filter((l) => graduates.has(l.id)).every((l) => l.status === "NURTURE" && l.assignments.length === 0)).toBe(true);
  }, 120_000);
});
