// The demo history's nurture journeys (prisma/seed/history/nurture-history.ts): the nurture leads
// of the ~90-day history went through the demo's default sequence as the live product records it —
// most enrolled (with marketing consent only), finished (an exit reason, nothing after now, no due
// step left), a minority clicking, a few unsubscribing, some graduating on a click that lifts them
// into sales-ready — from a stream of their own, so the rest of the history is what the seed gave.
import { describe, expect, it } from "vitest";
import { generateHistory, type THistoryLead } from "../../prisma/seed/history/generate-history";
import { marketingConsentOf } from "../domain/nurture/marketing-consent";
import { DEMO_HISTORY_ROSTER } from "../testing/fixtures/demo-history-roster";

const NOW = new Date("2026-12-21T09:30:00Z");
const END = NOW.getTime();
const history = (seed = 20261130, roster = DEMO_HISTORY_ROSTER) => generateHistory(roster, { now: NOW, days: 90, leadsPerDay: 25, seed, tag: "t" }).leads;
const LEADS = history();
// The nurture-tier leads (routed to nurture; a graduate has since been routed to a rep: graduated-history.ts).
const NURTURE = LEADS.filter((l) => l.routingOutcome === "nurture");
const ENROLLED = NURTURE.filter((l) => l.nurture?.enrollment);
const share = (rows: THistoryLead[], test: (l: THistoryLead) => boolean) => rows.filter(test).length / rows.length;
const sends = ENROLLED.flatMap((l) => l.nurture!.sends);
const SALES_READY = DEMO_HISTORY_ROSTER.scoring.tiers[0]!.minScore!;

describe("demo history nurture journeys", () => {
  it("has hundreds of nurture leads, most of them enrolled, in realistic shares of clicks, unsubscribes and graduations", () => {
    expect(NURTURE.length).toBeGreaterThan(100);
    const exits = (reason: string) => (l: THistoryLead) => l.nurture?.enrollment?.exitReason === reason;
    const table: [string, number, number, number][] = [
      ["enrolled of nurture leads", share(NURTURE, (l) => Boolean(l.nurture?.enrollment)), 0.6, 0.97],
      ["sends clicked", sends.filter((s) => s.clickedAt).length / sends.length, 0.05, 0.25],
      ["enrolments unsubscribed", share(ENROLLED, exits("unsubscribed")), 0.01, 0.1],
      ["enrolments graduated", share(ENROLLED, exits("graduated")), 0.01, 0.15],
      ["enrolments that ran to the end", share(ENROLLED, exits("ended")), 0.7, 0.98],
    ];
    for (const [what, value, min, max] of table) {
      expect(value, what).toBeGreaterThanOrEqual(min);
      expect(value, what).toBeLessThanOrEqual(max);
    }
    // Both emails of the sequence went out to most.
    expect(new Set(sends.map((s) => s.stepIndex))).toEqual(new Set([0, 2]));
  });

  it("enrols only with marketing consent (the live rule on the stored answers), and says so on the timeline otherwise", () => {
    const wrong = NURTURE.flatMap((l) => {
      const consent = marketingConsentOf({ definition: DEMO_HISTORY_ROSTER.definition, answers: l.answers, explicit: null });
      const types = (l.nurture?.events ?? []).map((e) => e.type);
      if (consent.hasConsent !== Boolean(l.nurture?.enrollment)) return [`${l.id} consent ${consent.via} vs enrolment`];
      if (!consent.hasConsent && types.join() !== "nurture_not_enrolled") return [`${l.id} events ${types.join()}`];
      if (consent.hasConsent && types[0] !== "nurture_enrolled") return [`${l.id} first event ${types[0]}`];
      return [];
    });
    expect(wrong).toEqual([]);
    // A startup "just exploring" answered the starter-guide box, never the last step's consent.
    const early = NURTURE.filter((l) => l.answers.company_size === "1-19" && l.answers.start_when === "just_exploring");
    expect(early.length).toBeGreaterThan(5);
    expect(early.filter((l) => "consent" in l.answers || typeof l.answers.guide_consent !== "boolean").map((l) => l.id)).toEqual([]);
    // Nobody outside nurture has a journey.
    expect(LEADS.filter((l) => l.routingOutcome !== "nurture" && l.nurture).map((l) => l.id)).toEqual([]);
  });

  it("every journey is finished: a terminal exit, nothing after now, sends in order with their due rows, clicks after sends", () => {
    const wrong = ENROLLED.flatMap((l) => {
      const j = l.nurture!;
      const e = j.enrollment!;
      const problems: string[] = [];
      const times = [e.enrolledAt, e.exitedAt, ...j.dues.map((d) => d.dueAt), ...j.sends.flatMap((s) => [s.createdAt, s.clickedAt ?? s.createdAt]), ...j.events.map((x) => x.occurredAt), ...(j.suppression ? [j.suppression.createdAt] : [])];
      if (times.some((t) => t.getTime() > END)) problems.push("after now");
      if (!["ended", "unsubscribed", "graduated"].includes(e.exitReason)) problems.push(`exit ${e.exitReason}`);
      if (e.enrolledAt.getTime() !== l.submittedAt.getTime()) problems.push("enrolled not at submission");
      if (j.dues.length !== j.sends.length || j.dues.some((d, i) => d.stepIndex !== j.sends[i]!.stepIndex || d.dueAt > j.sends[i]!.createdAt)) problems.push("due rows");
      if (j.sends.some((s, i) => s.createdAt < (j.sends[i - 1]?.createdAt ?? e.enrolledAt))) problems.push("sends out of order");
      if (j.sends.some((s) => s.clickedAt && s.clickedAt <= s.createdAt)) problems.push("click before send");
      if (j.sends.some((s) => s.createdAt > e.exitedAt)) problems.push("send after exit");
      if ((e.exitReason === "unsubscribed") !== Boolean(j.suppression)) problems.push("suppression");
      if (e.intentPoints !== j.sends.filter((s) => s.clickedAt).length * DEMO_HISTORY_ROSTER.nurture!.clickPoints) problems.push("intent");
      // Graduation is the live rule: the click lifted score + intent into sales-ready.
      if (e.exitReason === "graduated" && l.scoreTotal + e.intentPoints < SALES_READY) problems.push("graduated below sales-ready");
      if (e.exitReason !== "graduated" && l.scoreTotal + e.intentPoints >= SALES_READY) problems.push("sales-ready without graduating");
      // Ran to the end: both emails, or stopped by the history's end.
      const stopped = j.events.at(-1)?.data.historyEnd === true;
      if (e.exitReason === "ended" && !stopped && j.sends.length !== 2) problems.push("ended early");
      if (stopped && e.exitedAt.getTime() !== END) problems.push("stopped not at the end");
      const counts = j.events.reduce<Record<string, number>>((m, x) => ({ ...m, [x.type]: (m[x.type] ?? 0) + 1 }), {});
      if (counts.nurture_email_sent !== j.sends.length || (counts.nurture_engaged ?? 0) !== j.sends.filter((s) => s.clickedAt).length || counts.nurture_exited !== 1) problems.push("events");
      return problems.map((p) => `${l.id} ${p}`);
    });
    expect(wrong).toEqual([]);
    // Leads of the last days stopped where the time allowed.
    expect(ENROLLED.some((l) => l.nurture!.events.at(-1)?.data.historyEnd === true)).toBe(true);
  });

  it("is deterministic, and draws from its own stream: the rest of the history is what the seed gave without nurture", () => {
    const strip = (leads: THistoryLead[]) => leads.map(({ nurture: _nurture, answers, ...rest }) => {
      const { consent: _c, guide_consent: _g, ...kept } = answers;
      return { ...rest, answers: kept };
    });
    expect(history()).toEqual(LEADS);
    const withoutNurture = history(20261130, { ...DEMO_HISTORY_ROSTER, nurture: null });
    expect(withoutNurture.filter((l) => l.nurture?.enrollment)).toEqual([]);
    // Graduates are routed to a rep (graduated-history.ts); every other lead is the same.
    const graduates = new Set(ENROLLED.filter((l) => l.nurture!.enrollment!.exitReason === "graduated").map((l) => l.id));
    const kept = (leads: THistoryLead[]) => strip(leads.filter((l) => !graduates.has(l.id)));
    expect(kept(withoutNurture)).toEqual(kept(LEADS));
    expect(history(7).filter((l) => l.nurture?.enrollment).length).toBeGreaterThan(100);
  }, 120_000);
});
