// The demo history (prisma/seed/history/generate-history.ts) seeded by `npm run db:seed`: it runs up
// to `now` — no timestamp of any kind after it, however recent the lead (a recent lead has simply
// not got as far), yet the last 24 hours and 7 days have leads on any day, a weekend's too (the
// Overview's "Last 24 hours") — and reps accept and first contact leads in their working hours.
// Under the demo routing SLA most assignments are accepted in time, each rep at their own pace, and
// a lead not accepted by its deadline is SLA-reassigned to another rep at work, as live routing does.
import { describe, expect, it } from "vitest";
import { generateHistory, type THistoryAssignment } from "../../prisma/seed/history/generate-history";
import { assignmentSla, slaClockOf } from "../domain/analytics/assignment-sla";
import { isWithinWorkingHours, nextWorkingStart } from "../domain/routing/rep-availability";
import { DEMO_HISTORY_ROSTER } from "../testing/fixtures/demo-history-roster";

const ROSTER = DEMO_HISTORY_ROSTER;
const reps = ROSTER.reps;
const SLA = ROSTER.sla!;
const NOW = new Date("2026-12-21T09:30:00Z");
const END = NOW.getTime();
const history = () => generateHistory(ROSTER, { now: NOW, days: 90, leadsPerDay: 25, seed: 20261130, tag: "t" });

/** Every instant the generator writes for a lead: its fields, outcome rows and routing decision. */
function instants(lead: ReturnType<typeof history>["leads"][number]): [string, Date][] {
  const out: [string, Date][] = [["submittedAt", lead.submittedAt]];
  for (const key of ["acceptedAt", "firstContactAt", "closedAt"] as const) if (lead[key]) out.push([key, lead[key]]);
  for (const o of lead.outcomes) out.push([`outcome ${o.stage}`, o.occurredAt]);
  for (const a of lead.assignments) {
    for (const key of ["assignedAt", "acceptedAt", "endedAt"] as const) if (a[key]) out.push([`${a.id} ${key}`, a[key]]);
    const decision = a.decision as { evaluatedAtIso?: string };
    if (decision.evaluatedAtIso) out.push([`${a.id} decision`, new Date(decision.evaluatedAtIso)]);
  }
  for (const e of lead.events) out.push([`event ${e.type}`, e.occurredAt]);
  return out;
}

describe("demo history", () => {
  it("writes nothing after its end (now): recent leads have not got as far, and are still closed", () => {
    const { leads, visits } = history();
    const late = leads.flatMap((l) => instants(l).filter(([, at]) => at.getTime() > END).map(([what, at]) => `${l.id} ${what} ${at.toISOString()}`));
    const lateVisits = visits.flatMap((v) => v.events.filter((e) => e.occurredAt.getTime() > END).map((e) => `${v.visitId} ${e.type}`));
    expect(late).toEqual([]);
    expect(lateVisits).toEqual([]);
    // The one instant that may come later: the SLA clock of a lead that arrived on the history's last
    // night, reaching a rep off duty (it starts at their next working time); such a lead closed before.
    for (const l of leads) for (const a of l.assignments) if (a.slaStartsAt && a.slaStartsAt.getTime() > END) expect(a.acceptedAt, a.id).toBeNull();
    for (const l of leads) {
      // A lead's own timeline is in order and ends with its close (live load untouched: all closed).
      const times = l.outcomes.map((o) => o.occurredAt.getTime());
      expect(times).toEqual([...times].sort((a, b) => a - b));
      if (l.status === "CLOSED") expect(l.closedAt!.getTime()).toBe(Math.max(l.submittedAt.getTime() + 1, ...times, l.closedAt!.getTime()));
      if (l.outcomes.length) expect(l.outcomes.at(-1)!.stage).toBe(l.stage);
    }
    // Not squashed onto the end: the unfinished leads close over the last days, not at one moment.
    const lastHour = leads.filter((l) => l.closedAt && l.closedAt.getTime() > END - 3600_000).length;
    expect(lastHour).toBeLessThan(25);
    // Same seed, same history.
    expect(history().leads.map((l) => [l.id, l.stage, l.closedAt?.toISOString()])).toEqual(leads.map((l) => [l.id, l.stage, l.closedAt?.toISOString()]));
   }, 30_000);

  it("a rep accepts and first contacts a lead in their working hours", () => {
    const byId = new Map(reps.map((r) => [r.id, r]));
    const outside = history().leads.flatMap((l) => {
      const rep = l.ownerRepId ? byId.get(l.ownerRepId) : undefined;
      if (!rep) return [];
      // A prospect's booking on the page accepts the lead and is its first contact whenever they book (book-slot.ts).
      const isProspectBooking = (at: Date) => l.booking?.bookedBy === "prospect" && l.booking.createdAt.getTime() === at.getTime();
      return (["acceptedAt", "firstContactAt"] as const).filter((k) => l[k] && !isProspectBooking(l[k]) && !isWithinWorkingHours(rep.workingHours, rep.timeZone, l[k])).map((k) => `${l.id} ${k} ${l[k]!.toISOString()} ${rep.timeZone}`);
    });
    expect(outside).toEqual([]);
   }, 30_000);
  it("prospects write in their region's day, most of them around its middle", () => {
    const leads = history().leads;
    const hour = (d: Date) => d.getUTCHours() + d.getUTCMinutes() / 60;
    for (const l of leads) {
      const h = hour(l.submittedAt);
      if (l.answers.region === "apac") expect(h, l.id).toBeLessThan(12);
      else expect(h, l.id).toBeGreaterThanOrEqual(12);
    }
    // The window's two outer hours at each edge hold far fewer than their even share (a third).
    const edges = leads.filter((l) => hour(l.submittedAt) % 12 < 2 || hour(l.submittedAt) % 12 >= 10).length;
    expect(edges / leads.length).toBeLessThan(0.2);
  }, 30_000);

  /** Every assignment to a rep with its lead, and its verdict against the SLA (assignment-sla.ts: what speed-to-lead counts). */
  const heldByReps = () =>
    history().leads.flatMap((lead) =>
      lead.assignments.flatMap((a, i) => (a.repId && a.kind !== "FALLBACK" ? [{ lead, a, i, isBreach: assignmentSla(a, SLA, NOW).isBreach, deadline: slaClockOf(a).getTime() + SLA.reassignAfterMinutes * 60_000 }] : [])),
    );

  it("most assignments are accepted before the reassign deadline, each rep at their own pace (Tom slower than Sarah)", () => {
    const held = heldByReps();
    const inTime = (rows: typeof held) => rows.filter((r) => !r.isBreach).length / rows.length;
    const byRep = new Map(reps.map((r) => [r.name, inTime(held.filter((h) => h.a.repId === r.id))]));
    // The SLA counts from the rep's accept clock (their next working start when a lead reaches them
    // off duty): a night's lead is not a breach for being accepted in the morning. Seed 20261130:
    // all 91 % in time (78 % when the clock ran from the assignment), Sarah 97, Kenji 95, Maya 95,
    // Priya 90, Tom 76; what is left are slow acceptances and deadlines at the end of a day.
    const table: [string, number, number][] = [
      ["all reps", 0.85, 0.95],
      ["Sarah Chen", 0.9, 0.99],
      ["Kenji Sato", 0.88, 0.99],
      ["Maya Rodriguez", 0.88, 0.99],
      ["Priya Patel", 0.83, 0.95],
      ["Tom Becker", 0.68, 0.85],
    ];
    for (const [who, min, max] of table) {
      const share = who === "all reps" ? inTime(held) : byRep.get(who)!;
      expect(share, who).toBeGreaterThanOrEqual(min);
      expect(share, who).toBeLessThanOrEqual(max);
    }
    expect(byRep.get("Tom Becker")!).toBeLessThan(byRep.get("Sarah Chen")! - 0.1);
  }, 30_000);

  it("each rep's SLA clock starts when they are at work: at the assignment, or their next working start (as live routing stores it)", () => {
    const held = heldByReps();
    let offDuty = 0;
    for (const { a } of held) {
      const rep = reps.find((r) => r.id === a.repId)!;
      const isAtWork = isWithinWorkingHours(rep.workingHours, rep.timeZone, a.assignedAt);
      if (!isAtWork) offDuty++;
      const expected = isAtWork ? a.assignedAt : nextWorkingStart(rep.workingHours, rep.timeZone, a.assignedAt);
      expect(a.slaStartsAt, a.id).toEqual(expected);
    }
    // The demo's night and weekend leads: a good share reach a rep off duty.
    expect(offDuty).toBeGreaterThan(100);
  }, 30_000);

  it("a breach is followed by an SLA reassignment to a rep who had not held the lead, at the deadline, unless no such rep was at work then", () => {
    const held = heldByReps();
    const breaches = held.filter((h) => h.isBreach);
    const reassigned = held.filter((h) => h.a.kind === "SLA_REASSIGNED");
    expect(reassigned.length).toBeGreaterThan(50);
    // Reps with an assignment on a (UTC) day were not on leave that day.
    const day = (t: number) => new Date(t).toISOString().slice(0, 10);
    const working = new Set(held.map((h) => `${h.a.repId} ${day(h.a.assignedAt.getTime())}`));
    const teamOf = new Map(ROSTER.paths.map((p) => [p.id, p.repIds]));
    const problems: string[] = [];
    for (const { lead, a, i, deadline } of breaches) {
      const next: THistoryAssignment | undefined = lead.assignments[i + 1];
      const holders = lead.assignments.slice(0, i + 1).map((x) => x.repId);
      if (next) {
        const ok = next.kind === "SLA_REASSIGNED" && next.assignedAt.getTime() === deadline && !holders.includes(next.repId) && a.endedAt?.getTime() === deadline && next.note === "Not accepted in time";
        if (!ok) problems.push(`${a.id}: followed by ${next.kind} ${next.repId} at ${next.assignedAt.toISOString()}`);
        continue;
      }
      if (deadline > END) continue;
      // Left with its rep: nobody who could take it (its team, then the paths it falls through to) was at work.
      const big = ["200-999", "1000-4999", "5000+"].includes(String(lead.answers.company_size));
      const candidates = [lead.routingPathId!, ...(lead.routingPathId === "apac" && big ? ["enterprise"] : []), ...(lead.routingPathId === "inbound" ? [] : ["inbound"])].flatMap((p) => teamOf.get(p) ?? []);
      const couldTake = candidates.filter((id) => {
        const rep = reps.find((r) => r.id === id)!;
        return !holders.includes(id) && working.has(`${id} ${day(deadline)}`) && isWithinWorkingHours(rep.workingHours, rep.timeZone, new Date(deadline));
      });
      if (couldTake.length > 0) problems.push(`${a.id}: breached, stayed with ${a.repId} though ${couldTake.join(", ")} was at work`);
    }
    expect(problems).toEqual([]);
    // Every SLA reassignment follows a breach.
    for (const r of reassigned) expect(breaches.some((b) => b.lead === r.lead && b.i === r.i - 1), r.a.id).toBe(true);
  }, 30_000);

  it("a lapsed rep never accepts: the lead's owner, acceptance and timeline are the last assignment's", () => {
    for (const lead of history().leads) {
      const [current, ...before] = [...lead.assignments].reverse();
      if (!current) continue;
      for (const a of before) {
        expect(a.acceptedAt, a.id).toBeNull();
        expect(a.endedAt, a.id).not.toBeNull();
      }
      expect(current.endedAt).toBeNull();
      if (current.kind === "FALLBACK") continue;
      expect(lead.ownerRepId).toBe(current.repId);
      expect(lead.acceptedAt).toEqual(current.acceptedAt);
      if (lead.acceptedAt) expect(lead.outcomes.find((o) => o.stage === "ACCEPTED")?.occurredAt).toEqual(lead.acceptedAt);
      // The timeline: a "reassigned" entry per SLA reassignment, a reminder for each assignment unaccepted at its reminder time.
      const moved = lead.events.filter((e) => e.type === "reassigned");
      expect(moved.map((e) => [e.occurredAt, e.data.assignmentId, e.data.repId])).toEqual(before.length ? lead.assignments.slice(1).map((a) => [a.assignedAt, a.id, a.repId]) : []);
      for (const a of lead.assignments) {
        const remindAt = slaClockOf(a).getTime() + SLA.remindAfterMinutes * 60_000;
        const isDue = remindAt <= Math.min(END, lead.closedAt!.getTime()) && !(a.acceptedAt && a.acceptedAt.getTime() <= remindAt);
        expect(lead.events.some((e) => e.type === "sla_reminded" && e.data.assignmentId === a.id && e.occurredAt.getTime() === remindAt), a.id).toBe(isDue);
      }
    }
  }, 30_000);

  // A newcomer opens the demo at any hour of any day (the Overview counts leads submitted in the
  // last 24 hours, sent to a rep or to nurture): a Saturday evening, a Sunday morning, a Monday
  // before anyone in the Americas is at work. Weekends have fewer leads, never none.
  const OPENED: [string, string][] = [
    ["Saturday evening", "2026-12-05T21:15:00Z"],
    ["Sunday morning (UTC)", "2026-12-06T06:00:00Z"],
    ["Monday, 01:00 UTC", "2026-12-07T01:00:00Z"],
  ];
  for (const [when, iso] of OPENED) {
    it(`opened on a ${when}: leads in the last 24 hours and 7 days, some routed to a rep, none after now`, () => {
      const now = new Date(iso);
      const { leads } = generateHistory(ROSTER, { now, days: 90, leadsPerDay: 25, seed: 20261130, tag: "t" });
      const since = (hours: number) => leads.filter((l) => l.submittedAt.getTime() > now.getTime() - hours * 3600_000);
      const day = since(24);
      expect(day.length, "submitted in the last 24 hours").toBeGreaterThanOrEqual(3);
      expect(day.filter((l) => l.routingOutcome === "assigned").length, "routed in the last 24 hours").toBeGreaterThan(0);
      expect(since(7 * 24).length, "submitted in the last 7 days").toBeGreaterThan(50);
      expect(leads.filter((l) => l.submittedAt > now || (l.closedAt && l.closedAt > now)).map((l) => l.id)).toEqual([]);
    }, 30_000);
  }
});
