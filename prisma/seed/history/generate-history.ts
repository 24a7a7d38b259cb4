// Realistic past leads for analytics demos and the bench, from a seeded random generator (the
// same seed gives the same history): submissions on weekdays more than weekends, answers drawn
// per question, scored by the real scoring model (true breakdowns), a routing path chosen as the
// demo config would, a rep by rotation with recorded skips (capacity, leave, hours) and
// fallbacks, acceptance and first contact times per rep, and a closed outcome (won, lost, not a
// fit — or nurture / disqualified without an owner), the fit feedback reps gave on a share of the
// leads they held (fit-feedback.ts), the nurture leads' finished journeys in the default sequence
// (nurture-history.ts) — a graduate routed to a rep at its graduation and worked like a sales lead
// (graduated-history.ts; its rotation turns and draws its own, so the sales leads are what the seed
// always gave), the meetings booked with the owner as live books them (booking-history.ts: the
// prospect on the page or from the emailed link, or the rep; in the rep's free slots; its own
// streams), the timeline entries live writes for a lead's routing (a nurture or disqualified one's
// too), acceptance and recorded steps, each step by whom and from where live records it
// (work-events.ts: derived, no draws) — plus anonymous form visits with drop-off.
// History runs up to `now` (the Overview's last 24 hours and this week are never empty, on a
// weekend either) and every lead is closed, so live load, caps and rotation are untouched
// (insert-history.ts also keeps the daily counters as they were) and no SLA timer, review or job
// is owed for it: nothing it writes is later than `now`, so a lead whose journey would run past it
// gets only as far as the time allowed and closes there without its later stages ("timing"; open
// leads would be live load with no timers behind them). (One exception: an assignment's SLA clock
// start, a lead that reached a rep off duty last night or this weekend being due at their next
// working time — after now; such a lead closes unaccepted, and no breach is counted before then.)
// Reps accept and first contact leads in their working hours (a lead that arrives at night waits
// for the morning), each at their own pace (accept-pace.ts). Under the published SLA the history
// does what the product does (services/assignments/follow-ups.ts): a lead not accepted by the
// reassign deadline gets a reminder at the reminder time ("sla_reminded") and, at the deadline,
// moves to the next eligible rep (an SLA_REASSIGNED assignment with its own decision record and
// clock; the first one ended unaccepted: a breach; a "reassigned" event), who accepts it. The next
// eligible rep is the pool's next in rotation, the lapsed reps excluded, on leave or off duty
// skipped, then the later team paths the lead matches (live routing falls through to them).
// The SLA counts from each rep's accept clock, as live (LeadAssignment.slaStartsAt, sla-clock.ts):
// the assignment when the rep is at work, else their next working start (hours; the history's
// leaves are skips, never a holder's), so a lead that reaches a rep at night is due in their
// morning, not breached overnight. Deliberately unlike live: when none of the next reps is at work
// at a deadline (the end of a day) the lead waits with its rep — live would move it to an off-duty
// rep, whose clock starts in their morning. No I/O.
import type { TAnswers } from "../../../server/domain/forms/definition";
import { slaClockOf } from "../../../server/domain/analytics/assignment-sla";
import { isWithinWorkingHours } from "../../../server/domain/routing/rep-availability";
import { slaClockStart } from "../../../server/domain/routing/sla-clock";
import { scoreLead } from "../../../server/domain/scoring/score-lead";
import { afterWorkingTime, DEFAULT_ACCEPT_PACE } from "./accept-pace";
import { fitFeedbackOf, notAFitReason } from "./fit-feedback";
import { withNurtureJourney } from "./nurture-history";
import { graduatedLead, withGraduation } from "./graduated-history";
import { atWorkFor, endedBy, noJourney, pickOf, skipReason, triangular, visitsOf, type TBase, type TStreams } from "./history-helpers";
import { routedDecision, slaEvents, type TPath, type TPathTried, type TSkip } from "./history-records";
import { withBooking } from "./booking-history";
import { placedEvent, withWorkEvents } from "./work-events";
import { resolveMeetingType } from "../../../server/domain/booking/meeting-type";
import type { THistoryAssignment, THistoryBooking, THistoryGraduation, THistoryLead, THistoryOptions, THistoryRoster, THistoryVisit } from "./history-types";

export type { THistoryAssignment, THistoryLead, THistoryOptions, THistoryRoster, THistoryVisit } from "./history-types";

/** mulberry32: a small, fast, seedable generator. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const MIN = 60_000;
const DAY = 24 * 60 * MIN;
const FIRST = ["Ava", "Ben", "Chloe", "Dev", "Elena", "Farid", "Grace", "Hiro", "Ines", "Jon", "Kara", "Leo", "Mina", "Nils", "Omar", "Pia", "Quinn", "Rosa", "Sam", "Tara"];
const LAST = ["Adams", "Brook", "Costa", "Diaz", "Evans", "Fischer", "Gupta", "Haas", "Ito", "Jensen", "Khan", "Lopez", "Meyer", "Novak", "Ortiz", "Park", "Quist", "Rossi", "Silva", "Tanaka"];
const COMPANIES = ["Acme", "Globex", "Initech", "Umbrella", "Hooli", "Vandelay", "Stark", "Wayne", "Wonka", "Tyrell", "Soylent", "Cyberdyne"];
const SOURCES: [string, number][] = [["hosted", 0.45], ["embed", 0.4], ["api", 0.15]];
const UTM: [string, number][] = [["google", 0.35], ["linkedin", 0.25], ["newsletter", 0.15], ["", 0.25]];
const LOSS_REASONS = ["no budget", "chose a competitor", "no response", "timing"];

export function generateHistory(roster: THistoryRoster, options: THistoryOptions): { leads: THistoryLead[]; visits: THistoryVisit[] } {
  const rnd = seededRandom(options.seed);
  // Draws for moving times to the end or into working hours: a stream of their own, so leads that
  // need neither are exactly what the seed always gave.
  const rndShift = seededRandom(options.seed ^ 0x5bd1e995);
  // Draws for the reps an SLA reassignment brings in: their own stream too.
  const rndSla = seededRandom(options.seed ^ 0x2545f491);
  // Draws for the reps' fit feedback (fit-feedback.ts): a stream of their own as well.
  const rndFit = seededRandom(options.seed ^ 0x1b873593);
  // Draws for the nurture leads' journeys (nurture-history.ts): their own stream.
  const rndNurture = seededRandom(options.seed ^ 0x68e31da4);
  const sla = roster.sla ?? null;
  // Up to now, never later (it once ended two days before now: a demo opened on a weekend showed
  // nothing in its last 24 hours or this week).
  const end = options.now.getTime();
  const pick = <T>(items: readonly T[]) => items[Math.floor(rnd() * items.length)]!;
  const weighted = (items: readonly [string, number][]) => {
    let r = rnd();
    for (const [value, w] of items) if ((r -= w) <= 0) return value;
    return items[items.length - 1]![0];
  };
  const gauss = (r: () => number) => Math.sqrt(-2 * Math.log(r() || 1e-9)) * Math.cos(2 * Math.PI * r());
  const options_ = (key: string) => {
    for (const step of roster.definition.steps) for (const field of step.fields) if (field.key === key && "options" in field && Array.isArray(field.options)) return field.options.map((o: { value: string }) => o.value);
    return [];
  };
  const choices = Object.fromEntries(["role", "authority", "company_size", "industry", "region", "budget", "timeline", "start_when", "use_case"].map((k) => [k, options_(k)]));
  const repSpeed = new Map(roster.reps.map((r, i) => [r.id, 1 + (i % 4) * 0.6]));
  const leaveStart = new Map(roster.reps.map((r) => [r.id, Math.floor(rnd() * options.days)]));
  const repById = new Map(roster.reps.map((r) => [r.id, r]));
  // A leave covers the days `leave` to `leave - 4` before now: it ends at the start of the next one.
  const leaveEnd = (leave: number) => new Date(Math.floor((options.now.getTime() - (leave - 5) * DAY) / DAY) * DAY);
  // The rotation of the sales leads, and the one graduations take (their own: they come later
  // than the submissions the history walks in order, and do not move the sales leads' turns).
  const turn = new Map<string, number>();
  const graduationTurn = new Map<string, number>();
  // Draws for the graduates' routing and work (graduated-history.ts): their own stream.
  const rndGraduation = seededRandom(options.seed ^ 0x7f4a7c15);
  // Draws for the meetings booked (booking-history.ts): a stream for the sales leads' and one for the graduates'.
  const rndBooking = seededRandom(options.seed ^ 0x3c6ef372);
  const graduationStreams: TStreams = { main: rndGraduation, shift: rndGraduation, sla: rndGraduation, fit: rndGraduation, booking: seededRandom(options.seed ^ 0x0a5c3f1d) };
  // Each rep's history bookings so far: a meeting is booked in a free slot, as live booking offers it.
  const repBookings = new Map<string, THistoryBooking[]>();
  const leads: THistoryLead[] = [];
  const visits: THistoryVisit[] = [];
  const pathFor = (kind: THistoryRoster["paths"][number]["kind"], id?: string) => roster.paths.find((p) => (id ? p.id === id : p.kind === kind));
  /** The team path a sales-ready lead takes (as the demo config's conditions): Asia-Pacific, a large company, else inbound. */
  const teamPathFor = (answers: TAnswers) =>
    answers.region === "apac" ? (pathFor("team", "apac") ?? pathFor("team"))
    : ["200-999", "1000-4999", "5000+"].includes(String(answers.company_size)) ? (pathFor("team", "enterprise") ?? pathFor("team"))
    : (pathFor("team", "inbound") ?? pathFor("team"));
  const onLeave = (repId: string, d: number) => {
    const leave = leaveStart.get(repId)!;
    return d <= leave && d > leave - 5;
  };
  /** When the rep's accept clock starts for a lead assigned at `at`: at once at work, else their next working start. */
  const clockStart = (repId: string | null, at: Date) => {
    const rep = repId ? repById.get(repId) : undefined;
    return rep ? slaClockStart({ timeZone: rep.timeZone, workingHours: rep.workingHours, timeOff: [] }, at) : null;
  };
  /** When the rep accepts a lead assigned at `from`: their pace's delay (z: a standard normal draw) in their working time. */
  const acceptAfter = (repId: string, from: number, z: number) => {
    const rep = repById.get(repId)!;
    const pace = rep.acceptPace ?? DEFAULT_ACCEPT_PACE;
    return afterWorkingTime(rep, from, pace.medianMinutes * MIN * Math.exp(pace.sigma * z));
  };
  /**
   * The SLA reassignment at `at` (follow-ups.ts: routing again with the lapsed reps excluded): the
   * path's pool in rotation order, then the later team paths the lead matches; the first rep at
   * work and not on leave (the rotation moves past them). Null when nobody is.
   */
  const reassignTo = (leadId: string, path: TPath, matches: (p: TPath) => boolean, exclude: readonly string[], at: Date, d: number, turn: Map<string, number>) => {
    const tried: TPathTried[] = [];
    const later = roster.paths.slice(roster.paths.indexOf(path) + 1).filter((p) => p.kind === "team" && matches(p));
    for (const p of [path, ...later]) {
      const start = turn.get(p.id) ?? 0;
      const skipped: TSkip[] = [];
      let chosen: string | null = null;
      for (let i = 0; i < p.repIds.length; i++) {
        const repId = p.repIds[(start + i) % p.repIds.length]!;
        if (exclude.includes(repId)) continue;
        const rep = repById.get(repId)!;
        const kind = onLeave(repId, d) ? "OUT_OF_OFFICE" : !isWithinWorkingHours(rep.workingHours, rep.timeZone, at) ? "OUTSIDE_WORKING_HOURS" : null;
        if (kind) skipped.push({ repId, pathId: p.id, reasons: [skipReason(kind, rep, at, leaveEnd(leaveStart.get(repId)!))] });
        else if (!chosen) {
          chosen = repId;
          turn.set(p.id, (start + i + 1) % p.repIds.length);
        } else skipped.push({ repId, pathId: p.id, reasons: [{ code: "NOT_CHOSEN_TURN", chosenRepId: chosen }] });
      }
      if (chosen) {
        const poolSize = p.repIds.filter((id) => !exclude.includes(id)).length;
        return { repId: chosen, decision: routedDecision(leadId, p, chosen, poolSize, skipped, at, [...tried, { pathId: p.id, pathName: p.name, matched: true, result: "assigned" }]) };
      }
      tried.push({ pathId: p.id, pathName: p.name, matched: true, result: "no eligible rep" });
    }
    return null;
  };
  /**
   * The lead routed to a team path at `submittedAt` (its submission, or its graduation from
   * nurture: `graduation`, the reason live routing puts first) and worked to its close: the
   * rotation `turn` with skips, SLA reassignments, the rep's acceptance and first contact, the
   * stages and fit feedback. `s`: the streams it draws from (the sales leads' always drew from the
   * main, shift, SLA and fit streams in this order).
   */
  const routeAndWork = (base: TBase, path: TPath, submittedAt: Date, s: TStreams, turn: Map<string, number>, graduation: THistoryGraduation["reason"] | null = null): THistoryLead => {
    const { answers } = base;
    const size = String(answers.company_size);
    const d = Math.floor(end / DAY) - Math.floor(submittedAt.getTime() / DAY);
    // The rotation with skips: on leave (a 5-day window per rep), at capacity, outside hours.
    const skipped: TSkip[] = [];
    const start = turn.get(path.id) ?? 0;
    let chosen: string | null = null;
    // Outside their working hours (at submission) a rep is skipped while a colleague is at work;
    // when nobody is, the first such rep in turn takes it (availability preferred, not required).
    const offHours: number[] = [];
    for (let i = 0; i < path.repIds.length; i++) {
      const repId = path.repIds[(start + i) % path.repIds.length]!;
      const rep = repById.get(repId)!;
      const leave = leaveStart.get(repId)!;
      const kind = d <= leave && d > leave - 5 ? "OUT_OF_OFFICE" : s.main() < 0.06 ? "AT_CAPACITY_OPEN" : !isWithinWorkingHours(rep.workingHours, rep.timeZone, submittedAt) ? "OUTSIDE_WORKING_HOURS" : null;
      if (kind === "OUTSIDE_WORKING_HOURS") offHours.push(i);
      if (kind) skipped.push({ repId, pathId: path.id, reasons: [skipReason(kind, rep, submittedAt, leaveEnd(leave))] });
      else if (!chosen) {
        chosen = repId;
        turn.set(path.id, (start + i + 1) % path.repIds.length);
      } else skipped.push({ repId, pathId: path.id, reasons: [{ code: "NOT_CHOSEN_TURN", chosenRepId: chosen }] });
    }
    if (!chosen && offHours.length > 0) {
      const i = offHours[0]!;
      const repId = path.repIds[(start + i) % path.repIds.length]!;
      chosen = repId;
      turn.set(path.id, (start + i + 1) % path.repIds.length);
      skipped.splice(skipped.findIndex((s) => s.repId === repId), 1);
    }
    const decision = withGraduation(routedDecision(base.id, path, chosen, path.repIds.length, skipped, submittedAt, [{ pathId: path.id, pathName: path.name, matched: true, result: chosen ? "assigned" : "no eligible rep" }]), graduation, pathFor("nurture"));
    const assignments: THistoryAssignment[] = [
      { id: `${base.id}a`, repId: chosen, kind: chosen ? "ROUTED" : "FALLBACK", decision, assignedAt: submittedAt, slaStartsAt: clockStart(chosen, submittedAt), acceptedAt: null, endedAt: null, note: "" },
    ];
    if (!chosen) {
      const closedAt = Math.min(submittedAt.getTime() + 3 * DAY, submittedAt.getTime() + s.shift() * (end - submittedAt.getTime()));
      const queued = { ...base, ...noJourney(), status: "CLOSED" as const, routingPathId: path.id, routingOutcome: "fallback" as const, assignments, stage: "LOST" as const, closedAt: new Date(closedAt), closeReason: "no rep available" };
      return withWorkEvents(queued, null, !graduation);
    }
    // The chosen rep's delay takes the main stream's two draws (as it always did). Not accepted
    // by the deadline: the product reassigns it (a rep at work), whose delay runs from there.
    let acceptAt = acceptAfter(chosen, submittedAt.getTime(), gauss(s.main));
    const isBig = ["200-999", "1000-4999", "5000+"].includes(size);
    const matches = (p: TPath) => (p.id === "enterprise" ? isBig : p.id === "apac" ? answers.region === "apac" : true);
    while (sla) {
      const holding = assignments.at(-1)!;
      const deadline = slaClockOf(holding).getTime() + sla.reassignAfterMinutes * MIN;
      if (acceptAt.getTime() <= deadline || deadline > end) break;
      const next = reassignTo(base.id, path, matches, assignments.map((a) => a.repId!), new Date(deadline), d, turn);
      if (!next) break;
      holding.endedAt = new Date(deadline);
      const assignedAt = new Date(deadline);
      assignments.push({ id: `${base.id}a${assignments.length + 1}`, repId: next.repId, kind: "SLA_REASSIGNED", decision: next.decision, assignedAt, slaStartsAt: clockStart(next.repId, assignedAt), acceptedAt: null, endedAt: null, note: "Not accepted in time" });
      acceptAt = acceptAfter(next.repId, deadline, gauss(s.sla));
    }
    const owner = assignments.at(-1)!.repId!;
    const speed = repSpeed.get(owner) ?? 1;
    const rep = repById.get(owner)!;
    const atWork = (at: number) => atWorkFor(rep, at, s.shift);
    const acceptedAt = acceptAt;
    const contacted = s.main() < 0.88;
    const firstContactAt = contacted ? atWork(acceptedAt.getTime() + 6 * MIN * speed * Math.exp(gauss(s.main))) : null;
    const outcomes: THistoryLead["outcomes"] = [{ id: `${base.id}o1`, stage: "ACCEPTED", occurredAt: acceptedAt, amount: null, reason: null }];
    let at = firstContactAt ?? acceptedAt;
    const step = (stage: string, days: number, amount: number | null = null, reason: string | null = null) => {
      at = new Date(at.getTime() + days * DAY * (0.5 + s.main()));
      outcomes.push({ id: `${base.id}o${outcomes.length + 1}`, stage, occurredAt: at, amount, reason });
    };
    if (firstContactAt) outcomes.push({ id: `${base.id}o2`, stage: "CONTACTED", occurredAt: firstContactAt, amount: null, reason: null });
    const strength = Math.min(1, Math.max(0, base.scoreTotal / 120));
    let stage: THistoryLead["stage"] = "LOST";
    let closeReason: string | null = "no response";
    let opportunityAmount: number | null = null;
    let wonAmount: number | null = null;
    if (contacted && s.main() < 0.12) {
      stage = "NOT_A_FIT";
      // The misfit the answers and the holder's path point to, when they point to one.
      closeReason = notAFitReason(answers, (assignments.at(-1)!.decision as { pathId: string }).pathId, pickOf(s.main, ["wrong size", "wrong territory", "student project"]));
      step("NOT_A_FIT", 1, null, closeReason);
    } else if (contacted && s.main() < 0.25 + strength * 0.45) {
      step("MEETING_BOOKED", 2);
      if (s.main() < 0.85) {
        step("MEETING_HELD", 4);
        if (s.main() < 0.35 + strength * 0.4) {
          opportunityAmount = Math.round((base.estimatedValue ?? 20_000) * (0.6 + s.main() * 0.8));
          step("OPPORTUNITY", 7, opportunityAmount);
          if (s.main() < 0.25 + strength * 0.4) {
            stage = "WON";
            closeReason = null;
            wonAmount = Math.round(opportunityAmount * (0.8 + s.main() * 0.3));
            step("WON", 14, wonAmount);
          } else {
            closeReason = pickOf(s.main, LOSS_REASONS);
            step("LOST", 10, null, closeReason);
          }
        } else {
          closeReason = pickOf(s.main, LOSS_REASONS);
          step("LOST", 5, null, closeReason);
        }
      } else {
        step("NO_SHOW", 4);
        step("LOST", 5, null, "no show");
        closeReason = "no show";
      }
    } else step("LOST", 6, null, closeReason);
    // The meeting booked with the owner as live books one (booking-history.ts): on the page right
    // after submitting (accepting the lead), from the emailed link, or by the rep.
    const meetingType = resolveMeetingType(roster.meetingTypes ?? [], { pathId: path.id, teamId: path.teamId });
    const booked = withBooking({ stage, acceptedAt, firstContactAt, opportunityAmount, wonAmount, closedAt: at, closeReason, outcomes }, { leadId: base.id, region: answers.region, rep, assignment: assignments.at(-1)!, canBookOnPage: !graduation && assignments.length === 1, meetingType, repBookings: repBookings.get(owner) ?? [], end }, s.booking);
    if (booked.booking) repBookings.set(owner, [...(repBookings.get(owner) ?? []), booked.booking]);
    // Closed no earlier than its last assignment; the current assignment accepted when the lead was.
    const ended = endedBy(booked.journey, assignments.at(-1)!.assignedAt, end, s.shift);
    assignments.at(-1)!.acceptedAt = ended.acceptedAt;
    const events = [...slaEvents(base.id, assignments, sla, Math.min(end, ended.closedAt!.getTime())), ...booked.events];
    const lead = { ...base, status: "CLOSED" as const, ownerRepId: owner, routingPathId: path.id, routingOutcome: "assigned" as const, assignments, events, booking: booked.booking, ...ended };
    // The timeline entries of its routing, acceptance and recorded steps, as live writes them (work-events.ts; no draws).
    return withWorkEvents({ ...lead, feedback: fitFeedbackOf(lead, end, s.fit) }, rep.userId ?? null, !graduation);
  };
  const graduates: (() => void)[] = [];
  let n = 0;
  for (let d = options.days; d >= 0; d--) {
    const dayStart = Math.floor((options.now.getTime() - d * DAY) / DAY) * DAY;
    const weekday = new Date(dayStart).getUTCDay();
    const volume = Math.round(options.leadsPerDay * (weekday === 0 || weekday === 6 ? 0.3 : 1.15) * (0.8 + rnd() * 0.4));
    for (let k = 0; k < volume; k++) {
      n++;
      const dayPart = rnd();
      const answers: TAnswers = {};
      for (const [key, values] of Object.entries(choices)) if (values.length > 0) answers[key] = key === "use_case" ? [pick(values)] : pick(values);
      // Prospects write in their region's day: Asia-Pacific 00:00–12:00 UTC, everyone else (the
      // Americas and Europe, served by reps in the Americas) 12:00–24:00 UTC; most of them around
      // midday (busiest at 04:00 UTC, 13:00 in Tokyo; and at 17:00 UTC, noon in New York), few at
      // the edges of the window, when no rep of theirs is at work yet or any more.
      const isApac = answers.region === "apac";
      const submittedAt = new Date(dayStart + ((isApac ? 0 : 12) + triangular(dayPart, 12, isApac ? 4 : 5)) * 60 * MIN);
      if (submittedAt.getTime() > end) continue;
      if (rnd() < 0.03) answers.role = "student";
      const first = pick(FIRST);
      const last = pick(LAST);
      const company = `${pick(COMPANIES)} ${pick(["Labs", "Group", "Systems", "Partners"])}`;
      const email = `${first}.${last}.${options.tag}${n}@${company.toLowerCase().replace(/[^a-z]/g, "")}-history.example`.toLowerCase();
      Object.assign(answers, { email, full_name: `${first} ${last}`, company, consent: true });
      const score = scoreLead(roster.scoring, answers, roster.definition);
      const utmSource = weighted(UTM);
      const base = {
        id: `hist${options.tag}${n.toString(36).padStart(7, "0")}`,
        submittedAt,
        email,
        name: `${first} ${last}`,
        company,
        answers,
        scoreTotal: score.total,
        scores: score.dimensions,
        breakdown: score.breakdown,
        tier: score.tier,
        estimatedValue: score.estimatedValue ?? null,
        source: weighted(SOURCES),
        utm: (utmSource ? { utm_source: utmSource, utm_medium: utmSource === "newsletter" ? "email" : "cpc" } : {}) as Record<string, string>,
      };
      visits.push(...visitsOf(rnd, roster.definition.steps.length, submittedAt, `${options.tag}${n}`));
      const path = score.tier === "disqualified" ? pathFor("disqualify") : score.tier === "nurture" ? pathFor("nurture") : teamPathFor(answers);
      if (!path || path.kind !== "team" || path.repIds.length === 0) {
        const outcome = path?.kind === "disqualify" || score.tier === "disqualified" ? "disqualified" : "nurture";
        // The "routed" entry of its placement on the nurture or disqualify path, with the decision (work-events.ts; no draws).
        const placed = path?.kind === "nurture" || path?.kind === "disqualify" ? [placedEvent(base.id, { ...path, kind: path.kind }, submittedAt)] : [];
        const lead: THistoryLead = { ...base, ...noJourney(), events: placed, status: outcome === "disqualified" ? "DISQUALIFIED" : "NURTURE", routingPathId: path?.id ?? null, routingOutcome: outcome };
        const journeyed = withNurtureJourney(lead, roster, end, rndNurture);
        // A graduate is routed again, its nurture path skipped: the team path its answers take.
        const graduation = journeyed.nurture?.graduation;
        const salesPath = graduation ? teamPathFor(answers) : undefined;
        // Worked after the sales leads (in the same order): a graduate's meeting takes a slot the
        // sales leads' meetings left free, so the sales leads are what the seed gave without it.
        const at = leads.push(journeyed) - 1;
        if (graduation && salesPath) graduates.push(() => (leads[at] = graduatedLead(journeyed, graduation, (at, reason) => routeAndWork(journeyed, salesPath, at, graduationStreams, graduationTurn, reason))));
        continue;
      }
      leads.push(routeAndWork(base, path, submittedAt, { main: rnd, shift: rndShift, sla: rndSla, fit: rndFit, booking: rndBooking }, turn));
    }
  }
  for (const work of graduates) work();
  return { leads, visits };
}
