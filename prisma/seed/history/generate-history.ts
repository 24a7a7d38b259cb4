// Realistic past leads for analytics demos and the bench, from a seeded random generator (the
// same seed gives the same history): submissions on weekdays more than weekends, answers drawn
// per question, scored by the real scoring model (true breakdowns), a routing path chosen as the
// demo config would, a rep by rotation with recorded skips (capacity, leave, hours) and
// fallbacks, acceptance and first contact times per rep, and a closed outcome (won, lost, not a
// fit — or nurture / disqualified without an owner), plus anonymous form visits with drop-off.
// History ends two days before `now` and every lead is closed, so live load, caps and rotation
// are untouched (insert-history.ts also keeps the daily counters as they were): nothing it writes
// is later than its end, so a lead whose journey would run past the end gets only as far as the
// end allows and closes there without its later stages ("timing"; open leads would be live load).
// Reps accept and first contact leads in their working hours (a lead that arrives at night waits
// for the morning). No I/O.
import type { TAnswers, TFormDefinition } from "../../../server/domain/forms/definition";
import type { TReasonCode } from "../../../server/domain/routing/reason-codes";
import { isWithinWorkingHours, nextWorkingStart, workingHoursReason } from "../../../server/domain/routing/rep-availability";
import type { TRoutingRepProfile } from "../../../server/domain/routing/routing-types";
import { packSkipped } from "../../../server/domain/routing/stored-decision";
import type { TScoringModel } from "../../../server/domain/scoring/model";
import { scoreLead } from "../../../server/domain/scoring/score-lead";

export interface THistoryRoster {
  /** Active reps with what their recorded skips name: zone, working hours, open-lead cap. */
  reps: { id: string; name: string; timeZone: string; workingHours: TRoutingRepProfile["workingHours"]; maxOpenLeads: number | null }[];
  /** Team paths of the published config (id, name, team, the team's reps in rotation order). */
  paths: { id: string; name: string; teamId: string | null; repIds: string[]; kind: "team" | "nurture" | "disqualify" | "other" }[];
  formId: string;
  formVersionId: string;
  formVersion: number;
  definition: TFormDefinition;
  scoring: TScoringModel;
}

export interface THistoryOptions {
  now: Date;
  days: number;
  leadsPerDay: number;
  seed: number;
  /** A prefix that keeps generated emails unique across runs (e.g. "h1"). */
  tag: string;
}

export interface THistoryLead {
  id: string;
  submittedAt: Date;
  email: string;
  name: string;
  company: string;
  answers: TAnswers;
  scoreTotal: number;
  scores: Record<string, number>;
  breakdown: unknown[];
  tier: string;
  estimatedValue: number | null;
  source: string;
  utm: Record<string, string>;
  status: "CLOSED" | "NURTURE" | "DISQUALIFIED";
  stage: "OPEN" | "WON" | "LOST" | "NOT_A_FIT";
  ownerRepId: string | null;
  routingPathId: string | null;
  routingOutcome: "assigned" | "fallback" | "nurture" | "disqualified";
  acceptedAt: Date | null;
  firstContactAt: Date | null;
  opportunityAmount: number | null;
  wonAmount: number | null;
  closedAt: Date | null;
  closeReason: string | null;
  assignment: { id: string; repId: string | null; kind: "ROUTED" | "FALLBACK"; decision: unknown } | null;
  outcomes: { id: string; stage: string; occurredAt: Date; amount: number | null; reason: string | null }[];
}

export interface THistoryVisit {
  visitId: string;
  events: { type: "view" | "start" | "step" | "complete"; step: number; occurredAt: Date }[];
}

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
  const end = options.now.getTime() - 2 * DAY;
  const pick = <T>(items: readonly T[]) => items[Math.floor(rnd() * items.length)]!;
  const weighted = (items: readonly [string, number][]) => {
    let r = rnd();
    for (const [value, w] of items) if ((r -= w) <= 0) return value;
    return items[items.length - 1]![0];
  };
  const lognormal = (medianMs: number, sigma: number) => medianMs * Math.exp(sigma * Math.sqrt(-2 * Math.log(rnd() || 1e-9)) * Math.cos(2 * Math.PI * rnd()));
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
  const turn = new Map<string, number>();
  const leads: THistoryLead[] = [];
  const visits: THistoryVisit[] = [];
  const pathFor = (kind: THistoryRoster["paths"][number]["kind"], id?: string) => roster.paths.find((p) => (id ? p.id === id : p.kind === kind));
  let n = 0;
  for (let d = options.days; d >= 2; d--) {
    const dayStart = Math.floor((options.now.getTime() - d * DAY) / DAY) * DAY;
    const weekday = new Date(dayStart).getUTCDay();
    const volume = Math.round(options.leadsPerDay * (weekday === 0 || weekday === 6 ? 0.3 : 1.15) * (0.8 + rnd() * 0.4));
    for (let k = 0; k < volume; k++) {
      n++;
      const hourOfDay = rnd() * 12;
      const answers: TAnswers = {};
      for (const [key, values] of Object.entries(choices)) if (values.length > 0) answers[key] = key === "use_case" ? [pick(values)] : pick(values);
      // Prospects write in their region's day: Asia-Pacific 00:00–12:00 UTC, everyone else (the
      // Americas and Europe, served by reps in the Americas) 12:00–24:00 UTC.
      const submittedAt = new Date(dayStart + ((answers.region === "apac" ? 0 : 12) + hourOfDay) * 60 * MIN);
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
      const size = String(answers.company_size);
      const path =
        score.tier === "disqualified" ? pathFor("disqualify")
        : score.tier === "nurture" ? pathFor("nurture")
        : answers.region === "apac" ? (pathFor("team", "apac") ?? pathFor("team"))
        : ["200-999", "1000-4999", "5000+"].includes(size) ? (pathFor("team", "enterprise") ?? pathFor("team"))
        : (pathFor("team", "inbound") ?? pathFor("team"));
      const none = { acceptedAt: null, firstContactAt: null, opportunityAmount: null, wonAmount: null, closedAt: null, closeReason: null, assignment: null, outcomes: [], ownerRepId: null, stage: "OPEN" as const };
      if (!path || path.kind !== "team" || path.repIds.length === 0) {
        const outcome = path?.kind === "disqualify" || score.tier === "disqualified" ? "disqualified" : "nurture";
        leads.push({ ...base, ...none, status: outcome === "disqualified" ? "DISQUALIFIED" : "NURTURE", routingPathId: path?.id ?? null, routingOutcome: outcome });
        continue;
      }
      // The rotation with skips: on leave (a 5-day window per rep), at capacity, outside hours.
      const skipped: { repId: string; pathId: string; reasons: TReasonCode[] }[] = [];
      const start = turn.get(path.id) ?? 0;
      let chosen: string | null = null;
      // Outside their working hours (at submission) a rep is skipped while a colleague is at work;
      // when nobody is, the first such rep in turn takes it (availability preferred, not required).
      const offHours: number[] = [];
      for (let i = 0; i < path.repIds.length; i++) {
        const repId = path.repIds[(start + i) % path.repIds.length]!;
        const rep = repById.get(repId)!;
        const leave = leaveStart.get(repId)!;
        const kind = d <= leave && d > leave - 5 ? "OUT_OF_OFFICE" : rnd() < 0.06 ? "AT_CAPACITY_OPEN" : !isWithinWorkingHours(rep.workingHours, rep.timeZone, submittedAt) ? "OUTSIDE_WORKING_HOURS" : null;
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
      const decision = {
        leadId: base.id,
        outcome: chosen ? "assigned" : "fallback",
        pathId: path.id,
        pathName: path.name,
        destination: { type: "team", teamId: path.teamId },
        strategy: { filters: [], chooser: { type: "round_robin", variant: "strict" } },
        strategyDescription: `${path.name}: round-robin (demo history)`,
        repId: chosen,
        teamId: path.teamId,
        queue: chosen ? null : { name: "Backup queue", ownerUserId: "" },
        reasons: chosen ? [{ code: "PATH_MATCHED", pathId: path.id, pathName: path.name }, { code: "ROUND_ROBIN_TURN", variant: "strict", poolSize: path.repIds.length }] : [{ code: "FALLBACK", queueName: "Backup queue" }],
        // Stored as live routing stores it (stored-decision.ts): the skipped reps packed.
        skippedPacked: packSkipped(skipped),
        pathsTried: [{ pathId: path.id, pathName: path.name, matched: true, result: chosen ? "assigned" : "no eligible rep" }],
        rotationUpdates: [],
        accountOwnerToRecord: null,
        configVersion: 1,
        evaluatedAtIso: submittedAt.toISOString(),
      };
      const assignment = { id: `${base.id}a`, repId: chosen, kind: chosen ? ("ROUTED" as const) : ("FALLBACK" as const), decision };
      if (!chosen) {
        const closedAt = Math.min(submittedAt.getTime() + 3 * DAY, submittedAt.getTime() + rndShift() * (end - submittedAt.getTime()));
        leads.push({ ...base, ...none, status: "CLOSED", routingPathId: path.id, routingOutcome: "fallback", assignment, stage: "LOST", closedAt: new Date(closedAt), closeReason: "no rep available" });
        continue;
      }
      const speed = repSpeed.get(chosen) ?? 1;
      const rep = repById.get(chosen)!;
      const atWork = (at: number) => atWorkFor(rep, at, rndShift);
      const acceptedAt = atWork(submittedAt.getTime() + lognormal(3.5 * MIN * speed, 0.9));
      const contacted = rnd() < 0.88;
      const firstContactAt = contacted ? atWork(acceptedAt.getTime() + lognormal(6 * MIN * speed, 1)) : null;
      const outcomes: THistoryLead["outcomes"] = [{ id: `${base.id}o1`, stage: "ACCEPTED", occurredAt: acceptedAt, amount: null, reason: null }];
      let at = firstContactAt ?? acceptedAt;
      const step = (stage: string, days: number, amount: number | null = null, reason: string | null = null) => {
        at = new Date(at.getTime() + days * DAY * (0.5 + rnd()));
        outcomes.push({ id: `${base.id}o${outcomes.length + 1}`, stage, occurredAt: at, amount, reason });
      };
      if (firstContactAt) outcomes.push({ id: `${base.id}o2`, stage: "CONTACTED", occurredAt: firstContactAt, amount: null, reason: null });
      const strength = Math.min(1, Math.max(0, score.total / 120));
      let stage: THistoryLead["stage"] = "LOST";
      let closeReason: string | null = "no response";
      let opportunityAmount: number | null = null;
      let wonAmount: number | null = null;
      if (contacted && rnd() < 0.12) {
        stage = "NOT_A_FIT";
        closeReason = pick(["wrong size", "wrong territory", "student project"]);
        step("NOT_A_FIT", 1, null, closeReason);
      } else if (contacted && rnd() < 0.25 + strength * 0.45) {
        step("MEETING_BOOKED", 2);
        if (rnd() < 0.85) {
          step("MEETING_HELD", 4);
          if (rnd() < 0.35 + strength * 0.4) {
            opportunityAmount = Math.round((base.estimatedValue ?? 20_000) * (0.6 + rnd() * 0.8));
            step("OPPORTUNITY", 7, opportunityAmount);
            if (rnd() < 0.25 + strength * 0.4) {
              stage = "WON";
              closeReason = null;
              wonAmount = Math.round(opportunityAmount * (0.8 + rnd() * 0.3));
              step("WON", 14, wonAmount);
            } else {
              closeReason = pick(LOSS_REASONS);
              step("LOST", 10, null, closeReason);
            }
          } else {
            closeReason = pick(LOSS_REASONS);
            step("LOST", 5, null, closeReason);
          }
        } else {
          step("NO_SHOW", 4);
          step("LOST", 5, null, "no show");
          closeReason = "no show";
        }
      } else step("LOST", 6, null, closeReason);
      const journey = { stage, acceptedAt, firstContactAt, opportunityAmount, wonAmount, closedAt: at, closeReason, outcomes };
      leads.push({ ...base, status: "CLOSED", ownerRepId: chosen, routingPathId: path.id, routingOutcome: "assigned", assignment, ...endedBy(journey, submittedAt, end, rndShift) });
    }
  }
  return { leads, visits };
}

type TJourney = Pick<THistoryLead, "stage" | "acceptedAt" | "firstContactAt" | "opportunityAmount" | "wonAmount" | "closedAt" | "closeReason" | "outcomes">;

/**
 * The journey as far as it got by the history's end: stages after the end are not reached, and a
 * lead whose close would come later closes (lost, "timing") within two days of its last reached
 * stage (and by the end) — spread over the last weeks, not piled up at the end. A journey that ended in time is returned as it is.
 */
function endedBy(journey: TJourney, submittedAt: Date, end: number, rnd: () => number): TJourney {
  if (journey.closedAt!.getTime() <= end) return journey;
  const reached = journey.outcomes.filter((o) => o.occurredAt.getTime() <= end);
  const from = reached.at(-1)?.occurredAt.getTime() ?? submittedAt.getTime();
  const closedAt = new Date(from + Math.max(1, rnd() * Math.min(end - from, 2 * DAY)));
  const leadId = journey.outcomes[0]!.id.replace(/o1$/, "");
  const has = (stage: string) => reached.some((o) => o.stage === stage);
  return {
    stage: "LOST",
    acceptedAt: has("ACCEPTED") ? journey.acceptedAt : null,
    firstContactAt: has("CONTACTED") ? journey.firstContactAt : null,
    opportunityAmount: has("OPPORTUNITY") ? journey.opportunityAmount : null,
    wonAmount: null,
    closedAt,
    closeReason: "timing",
    outcomes: [...reached, { id: `${leadId}o${reached.length + 1}`, stage: "LOST", occurredAt: closedAt, amount: null, reason: "timing" }],
  };
}

/** `at` when the rep is at work then, else a few minutes into their next working window. */
function atWorkFor(rep: THistoryRep, at: number, rnd: () => number): Date {
  const when = new Date(at);
  if (isWithinWorkingHours(rep.workingHours, rep.timeZone, when)) return when;
  const next = nextWorkingStart(rep.workingHours, rep.timeZone, when);
  return next ? new Date(next.getTime() + rnd() * 20 * MIN) : when;
}

/** One completing visit for the lead, and about 1.5 more visits that left along the way. */
function visitsOf(rnd: () => number, stepCount: number, submittedAt: Date, id: string): THistoryVisit[] {
  const out: THistoryVisit[] = [];
  const make = (visitId: string, completes: boolean, endAt: number) => {
    const reach = completes ? stepCount - 1 : Math.floor(rnd() * rnd() * stepCount);
    const perStep = (40 + rnd() * 80) * 1000;
    const startAt = endAt - (reach + 1) * perStep;
    const events: THistoryVisit["events"] = [{ type: "view", step: 0, occurredAt: new Date(startAt - 5000) }];
    if (completes || rnd() < 0.7) {
      events.push({ type: "start", step: 0, occurredAt: new Date(startAt) });
      for (let s = 1; s <= reach; s++) events.push({ type: "step", step: s, occurredAt: new Date(startAt + s * perStep) });
      if (completes) events.push({ type: "complete", step: stepCount, occurredAt: new Date(endAt) });
    }
    out.push({ visitId, events });
  };
  make(`hv${id}`, true, submittedAt.getTime());
  const extra = rnd() < 0.5 ? 1 : 2;
  for (let i = 0; i < extra; i++) make(`hv${id}x${i}`, false, submittedAt.getTime() - (1 + rnd() * 48) * 3600_000);
  return out;
}

type THistoryRep = THistoryRoster["reps"][number];

/**
 * A recorded skip with everything its text names ("at capacity 12/12", "out of office until …"),
 * as live routing records it. "Outside working hours" is the rep's real schedule at that moment;
 * when the schedule says the rep was at work, the skip is a meeting (a calendar busy block).
 */
function skipReason(kind: "OUT_OF_OFFICE" | "AT_CAPACITY_OPEN" | "OUTSIDE_WORKING_HOURS", rep: THistoryRep, at: Date, leaveEndsAt: Date): TReasonCode {
  if (kind === "OUT_OF_OFFICE") return { code: "OUT_OF_OFFICE", untilIso: leaveEndsAt.toISOString(), timeZone: rep.timeZone };
  if (kind === "AT_CAPACITY_OPEN") {
    const max = rep.maxOpenLeads ?? HISTORY_OPEN_CAP;
    return { code: "AT_CAPACITY_OPEN", open: max, max };
  }
  const hours = workingHoursReason(rep.workingHours, rep.timeZone, at);
  return hours ?? { code: "IN_MEETING", untilIso: new Date(at.getTime() + 30 * MIN).toISOString(), timeZone: rep.timeZone };
}

/** The cap a history skip names for a rep without one of its own. */
const HISTORY_OPEN_CAP = 20;
