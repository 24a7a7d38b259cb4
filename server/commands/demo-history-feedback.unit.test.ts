// The demo history's fit feedback (prisma/seed/history/fit-feedback.ts): reps give it on a share of
// the leads they held, as the live product records it (services/outcomes/lead-feedback.ts) — by the
// rep who held the lead, with its owner and current path, after they accepted it and never after
// `now` — and what it says agrees with how the lead closed and what its answers and path show.
import { describe, expect, it } from "vitest";
import { fitFeedbackOf, misfitOf, notAFitReason, verdictOfReason } from "../../prisma/seed/history/fit-feedback";
import { generateHistory, seededRandom, type THistoryLead } from "../../prisma/seed/history/generate-history";
import type { TAnswers } from "../domain/forms/definition";
import { DEMO_HISTORY_ROSTER } from "../testing/fixtures/demo-history-roster";

const NOW = new Date("2026-12-21T09:30:00Z");
const END = NOW.getTime();
const history = (seed = 20261130) => generateHistory(DEMO_HISTORY_ROSTER, { now: NOW, days: 90, leadsPerDay: 25, seed, tag: "t" }).leads;
const LEADS = history();
/** The leads a rep held: accepted by their owner (nurture, disqualified, fallback and unaccepted leads had nobody to judge them). */
const HANDLED = LEADS.filter((l) => l.ownerRepId && l.acceptedAt);
const share = (rows: THistoryLead[], test: (l: THistoryLead) => boolean) => rows.filter(test).length / rows.length;
const pathOf = (l: THistoryLead) => (l.assignments.at(-1)?.decision as { pathId?: string } | undefined)?.pathId ?? null;

describe("demo history fit feedback", () => {
  it("a realistic share of the leads reps held has feedback, most of the 'not a fit' and won ones", () => {
    const byStage = (stage: THistoryLead["stage"], isTiming = false) => HANDLED.filter((l) => l.stage === stage && (l.closeReason === "timing") === isTiming);
    const table: [string, THistoryLead[], number, number][] = [
      ["all leads reps held", HANDLED, 0.25, 0.45],
      ["not a fit", byStage("NOT_A_FIT"), 0.75, 0.95],
      ["won", byStage("WON"), 0.55, 0.85],
      ["lost", byStage("LOST"), 0.12, 0.32],
      ["lost, unfinished (timing)", byStage("LOST", true), 0.12, 0.32],
    ];
    for (const [what, rows, min, max] of table) {
      expect(rows.length, what).toBeGreaterThan(20);
      const given = share(rows, (l) => Boolean(l.feedback));
      expect(given, what).toBeGreaterThanOrEqual(min);
      expect(given, what).toBeLessThanOrEqual(max);
    }
    // Every team path gets some, so the Routing page has a row for each.
    expect(new Set(LEADS.flatMap((l) => (l.feedback ? [l.feedback.pathId] : []))).size).toBe(3);
  }, 30_000);

  it("nobody gives feedback on a lead no rep accepted (nurture, disqualified, fallback, closed unaccepted)", () => {
    const unheld = LEADS.filter((l) => !l.ownerRepId || !l.acceptedAt);
    expect(unheld.length).toBeGreaterThan(100);
    expect(unheld.filter((l) => l.feedback).map((l) => l.id)).toEqual([]);
  });

  it("is given by the rep who held the lead, with its current path, after acceptance and never after now", () => {
    const wrong = LEADS.flatMap((l) => {
      const f = l.feedback;
      if (!f) return [];
      const problems: string[] = [];
      if (f.repId !== l.ownerRepId) problems.push("not the owner");
      if (f.pathId !== pathOf(l)) problems.push("not the current path");
      if (f.createdAt.getTime() <= l.acceptedAt!.getTime()) problems.push("before acceptance");
      if (f.createdAt.getTime() > END) problems.push("after now");
      if (f.id !== `${l.id}f`) problems.push("id");
      // A note says nothing the answers contradict.
      if (f.note?.startsWith("Student") && l.answers.role !== "student") problems.push("student note");
      if (f.note?.includes("APAC") && l.answers.region !== "apac") problems.push("APAC note");
      return problems.map((p) => `${l.id} ${p}`);
    });
    expect(wrong).toEqual([]);
    // Some verdicts come with a note, as reps sometimes write one.
    expect(share(LEADS.filter((l) => l.feedback), (l) => l.feedback!.note !== null)).toBeGreaterThan(0.15);
  });

  it("agrees with the outcome: won mostly good fit, 'not a fit' the misfit it was closed for, lost mostly good fit", () => {
    const given = LEADS.filter((l) => l.feedback);
    const table: [string, (l: THistoryLead) => boolean, (l: THistoryLead) => boolean, number, number][] = [
      ["won: good fit", (l) => l.stage === "WON", (l) => l.feedback!.verdict === "GOOD_FIT", 0.85, 1],
      ["not a fit: the closing reason's misfit", (l) => l.stage === "NOT_A_FIT", (l) => l.feedback!.verdict === verdictOfReason(l.closeReason), 1, 1],
      ["not a fit: never good fit", (l) => l.stage === "NOT_A_FIT", (l) => l.feedback!.verdict !== "GOOD_FIT", 1, 1],
      ["lost: good fit", (l) => l.stage === "LOST", (l) => l.feedback!.verdict === "GOOD_FIT", 0.55, 0.85],
      ["answers or path pointing to a misfit: that misfit or good fit", (l) => misfitOf(l.answers, pathOf(l)) !== null, (l) => [misfitOf(l.answers, pathOf(l)), "GOOD_FIT"].includes(l.feedback!.verdict), 1, 1],
    ];
    for (const [what, among, holds, min, max] of table) {
      const rows = given.filter(among);
      expect(rows.length, what).toBeGreaterThan(0);
      const s = share(rows, holds);
      expect(s, what).toBeGreaterThanOrEqual(min);
      expect(s, what).toBeLessThanOrEqual(max);
    }
    // Only students' closures are student projects.
    expect(LEADS.filter((l) => l.closeReason === "student project" && l.answers.role !== "student").map((l) => l.id)).toEqual([]);
    // A "not a fit" closure whose answers or path point to a misfit is closed for that misfit.
    const pointed = LEADS.filter((l) => l.stage === "NOT_A_FIT" && misfitOf(l.answers, pathOf(l)));
    expect(pointed.length).toBeGreaterThan(20);
    expect(pointed.filter((l) => verdictOfReason(l.closeReason) !== misfitOf(l.answers, pathOf(l))).map((l) => `${l.id} ${l.closeReason}`)).toEqual([]);
  });

  it("is deterministic: the same seed gives the same feedback, another seed other feedback", () => {
    const again = history();
    const of = (leads: THistoryLead[]) => leads.map((l) => (l.feedback ? [l.id, l.feedback.verdict, l.feedback.note, l.feedback.createdAt.toISOString()] : [l.id]));
    expect(of(again)).toEqual(of(LEADS));
    expect(of(history(7))).not.toEqual(of(LEADS));
  }, 60_000);
});

describe("fit feedback of one lead", () => {
  const answers = (a: TAnswers): TAnswers => ({ role: "vp", authority: "decision_maker", company_size: "20-199", region: "europe", ...a });
  it.each<[string, TAnswers, string | null, string | null]>([
    ["a student", answers({ role: "student" }), "inbound", "WRONG_PERSON"],
    ["a researching individual", answers({ role: "individual", authority: "researching" }), "inbound", "WRONG_PERSON"],
    ["an APAC lead on the inbound path", answers({ region: "apac" }), "inbound", "WRONG_TERRITORY"],
    ["an APAC lead on the APAC path", answers({ region: "apac" }), "apac", null],
    ["a lead from outside the regions served", answers({ region: "other" }), "inbound", "WRONG_TERRITORY"],
    ["a large company on the inbound path", answers({ company_size: "1000-4999" }), "inbound", "WRONG_SIZE"],
    ["a large company on the enterprise path", answers({ company_size: "1000-4999" }), "enterprise", null],
    ["a tiny company", answers({ company_size: "1-19" }), "inbound", "WRONG_SIZE"],
    ["a mid-size decision maker in Europe", answers({}), "inbound", null],
  ])("misfit of %s", (_, a, pathId, expected) => {
    expect(misfitOf(a, pathId)).toBe(expected);
  });

  it.each<[string, TAnswers, string, string]>([
    ["a student: student project, whatever was drawn", answers({ role: "student" }), "wrong size", "student project"],
    ["an APAC lead off its path", answers({ region: "apac" }), "student project", "wrong territory"],
    ["an influencing VP without a clear misfit: wrong person", answers({ authority: "influencer" }), "wrong size", "wrong person"],
    ["an influencing founder without a clear misfit: the drawn reason", answers({ authority: "influencer", role: "founder" }), "wrong size", "wrong size"],
    ["a decision maker without a misfit: the drawn reason", answers({}), "wrong territory", "wrong territory"],
    ["a decision maker without a misfit: never a student project", answers({}), "student project", "wrong size"],
  ])("'not a fit' reason of %s", (_, a, drawn, expected) => {
    expect(notAFitReason(a, "inbound", drawn)).toBe(expected);
  });

  const lead = (over: Partial<THistoryLead>): THistoryLead =>
    ({
      id: "histx1",
      answers: answers({}),
      stage: "WON",
      closeReason: null,
      ownerRepId: "rep-sarah",
      acceptedAt: new Date(END - 10 * 86_400_000),
      firstContactAt: new Date(END - 10 * 86_400_000 + 600_000),
      closedAt: new Date(END - 2 * 86_400_000),
      outcomes: [],
      assignments: [{ id: "histx1a", repId: "rep-sarah", kind: "ROUTED", decision: { pathId: "inbound" }, assignedAt: new Date(END - 11 * 86_400_000), slaStartsAt: null, acceptedAt: null, endedAt: null, note: "" }],
      ...over,
    }) as THistoryLead;
  /** A generator that always gives a draw of `value` (0: feedback, the first choice, as early as allowed). */
  const always = (value: number) => () => value;

  it.each<[string, Partial<THistoryLead>, string | null]>([
    ["not accepted", { acceptedAt: null }, null],
    ["without an owner", { ownerRepId: null }, null],
    ["won", {}, "GOOD_FIT"],
    ["not a fit, closed for wrong size", { stage: "NOT_A_FIT", closeReason: "wrong size" }, "WRONG_SIZE"],
    ["not a fit, closed as a student project", { stage: "NOT_A_FIT", closeReason: "student project" }, "WRONG_PERSON"],
    ["lost, an APAC lead off its path", { stage: "LOST", closeReason: "no budget", answers: answers({ region: "apac" }) }, "WRONG_TERRITORY"],
  ])("the verdict on a lead %s", (_, over, expected) => {
    expect(fitFeedbackOf(lead(over), END, always(0))?.verdict ?? null).toBe(expected);
  });

  it("a lead closed just now gets its feedback by now, not later, and after acceptance", () => {
    const closedNow = lead({ stage: "NOT_A_FIT", closeReason: "wrong size", closedAt: new Date(END), acceptedAt: new Date(END - 3_600_000) });
    const f = fitFeedbackOf(closedNow, END, always(0.99 * 0.85))!;
    expect(f.createdAt.getTime()).toBe(END);
    // Accepted a moment before now: no room after acceptance, no feedback.
    expect(fitFeedbackOf(lead({ acceptedAt: new Date(END), closedAt: new Date(END) }), END, always(0))).toBeNull();
    // One stream, six draws per lead, whatever the lead: the next lead's draws do not depend on this one's.
    const rnd = seededRandom(1);
    fitFeedbackOf(lead({ acceptedAt: null }), END, rnd);
    const next = seededRandom(1);
    for (let i = 0; i < 6; i++) next();
    expect(rnd()).toBe(next());
  });
});
