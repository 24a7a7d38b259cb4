// One routing policy over a simulated world, through the real pure decision (decideRouting): the
// team's filters (available now — leave —, capacity), then round-robin, the learned chooser, or an
// oracle — the learned chooser handed the hidden truth as counts of a million leads per cell, so it
// obeys exactly the same capacity, availability and floor share. Outcomes come back after their
// delay and (for learned) update the counters the way the outcome service does; each day the
// counters are re-read as routing reads them (decayCells: half-life, change points); the week's
// shares reset on Monday.
import { decideRouting } from "../domain/routing/decide-routing";
import { counterWeek, decayCells, type TOutcomeCounterRow } from "../domain/routing/learned/beta-posterior";
import type { TLearnedChooserInput } from "../domain/routing/learned/learned-config";
import type { TPoolLearning } from "../domain/routing/learned/learned-types";
import { leadSegment } from "../domain/routing/learned/lead-segment";
import { addOutcomes, addWeekAssigned, poolLearning } from "../domain/routing/learned/pool-learning";
import { rotationPoolId, ZRoutingConfig, type TChooser } from "../domain/routing/routing-config";
import type { TPoolRotation, TRepState, TRoutingLead, TTeamState } from "../domain/routing/routing-types";
import { INDUSTRIES, trueRate, type TSimWorld } from "./precise-world";

export type TPolicy = "round_robin" | "learned" | "oracle";

export interface TPolicyRun {
  policy: TPolicy;
  conversions: number;
  /** Sum of the true rates of the assignments (conversions without the luck of the draw). */
  expectedConversions: number;
  assigned: number;
  unassigned: number;
  perRep: number[];
  /** Conversions by the end of each day. */
  cumulativeByDay: number[];
  /** Conversions of leads arriving in the second half. */
  secondHalf: number;
}

const DAY_MS = 24 * 3600_000;
const POOL = rotationPoolId("inbound", "team");

function config(chooser: TChooser | Record<string, unknown>) {
  return ZRoutingConfig.parse({
    paths: [
      {
        id: "inbound",
        name: "Inbound",
        when: { kind: "group", op: "and", conditions: [] },
        destination: { type: "team", teamId: "team", strategy: { filters: [{ type: "available_now" }, { type: "capacity" }], chooser } },
      },
    ],
    fallback: { ownerUserId: "manager", queueName: "Unassigned" },
  });
}

function routingLead(world: TSimWorld, i: number): TRoutingLead {
  const lead = world.leads[i]!;
  const industry = INDUSTRIES[lead.segment]!;
  return { id: `lead-${i}`, answers: { industry, n: i }, score: { total: 50, dimensions: {} }, tier: "hot", estimatedValue: null, source: "form", utm: {}, email: `lead${i}@example.com`, formId: "sim", timeZone: null, attributes: { industry } };
}

type TEvent = { at: number; kind: "contacted" | "outcome"; rep: number; segment: number; success: boolean };

export function runPolicy(world: TSimWorld, policy: TPolicy, learned: TLearnedChooserInput = { type: "learned", segmentBy: [...SIM_SEGMENT_BY] }): TPolicyRun {
  const chooser = policy === "round_robin" ? { type: "round_robin", variant: "strict" } : policy === "oracle" ? { ...learned, type: "learned", warmUpOutcomes: 0, shrinkage: 1, enabled: true } : learned;
  const cfg = config(chooser);
  const settings = cfg.paths[0]!.destination.type === "team" ? cfg.paths[0]!.destination.strategy.chooser : null;
  const halfLife = settings?.type === "learned" ? settings.halfLifeWeeks : null;
  const repIds = world.reps.map((r) => r.id);
  const teams: TTeamState[] = [{ id: "team", name: "Team", isActive: true, repIds }];
  const open = world.reps.map(() => 0);
  const today = world.reps.map(() => 0);
  const rows: TOutcomeCounterRow[] = [];
  let learning: TPoolLearning = poolLearning({});
  let week = -1;
  let day = -1;
  let rotations: Record<string, TPoolRotation> = {};
  const events: TEvent[] = [];
  const run: TPolicyRun = { policy, conversions: 0, expectedConversions: 0, assigned: 0, unassigned: 0, perRep: world.reps.map(() => 0), cumulativeByDay: [], secondHalf: 0 };
  const halfway = world.leads[0] ? world.leads[0].at.getTime() - (world.leads[0].at.getTime() % DAY_MS) + (world.days / 2) * DAY_MS : 0;
  const oracleLearning = (at: Date, weekAssigned: Record<string, number>) =>
    poolLearning(
      Object.fromEntries(world.reps.map((r, ri) => [r.id, Object.fromEntries(INDUSTRIES.map((ind, si) => [simSegmentKey(ind), { successes: trueRate(world, ri, si, at) * 1e6, failures: (1 - trueRate(world, ri, si, at)) * 1e6 }]))])),
      weekAssigned,
    );

  for (let i = 0; i < world.leads.length; i++) {
    const lead = world.leads[i]!;
    const now = lead.at;
    // Events due before this lead, in time order.
    events.sort((a, b) => a.at - b.at);
    while (events.length > 0 && events[0]!.at <= now.getTime()) {
      const e = events.shift()!;
      if (e.kind === "contacted") open[e.rep]! -= 1;
      else if (policy === "learned") {
        const row = { repId: repIds[e.rep]!, segmentKey: simSegmentKey(INDUSTRIES[e.segment]!), week: counterWeek(new Date(e.at)), successes: e.success ? 1 : 0, failures: e.success ? 0 : 1 };
        rows.push(row);
        addOutcomes(learning, row.repId, row.segmentKey, row.successes, row.failures);
      }
    }
    const leadDay = Math.floor(now.getTime() / DAY_MS);
    const leadWeek = counterWeek(now);
    if (leadDay !== day) {
      while (run.cumulativeByDay.length < leadDay - Math.floor(world.leads[0]!.at.getTime() / DAY_MS)) run.cumulativeByDay.push(run.conversions);
      day = leadDay;
      today.fill(0);
      // Each day the counters are re-read as routing reads them (half-life weights, change points);
      // a new week starts the shares again.
      const weekAssigned = leadWeek !== week ? {} : learning.weekAssigned;
      week = leadWeek;
      learning = policy === "learned" ? poolLearning(decayCells(rows, now, halfLife), weekAssigned) : poolLearning({}, weekAssigned);
    }
    if (policy === "oracle") learning = oracleLearning(now, { ...learning.weekAssigned });
    const reps: TRepState[] = world.reps.map((r, ri) => ({
      id: r.id,
      name: r.name,
      profile: {
        skills: [], industries: [], segments: [], languages: [], regions: [], timeZone: "UTC",
        workingHours: [0, 1, 2, 3, 4, 5, 6].map((d) => ({ day: d, start: "00:00", end: "24:00" })),
        timeOff: [r.leave], maxOpenLeads: r.maxOpenLeads, maxNewLeadsPerDay: r.maxNewLeadsPerDay, routingWeight: 1, seniority: "MID", isActive: true,
      },
      load: { openLeads: open[ri]!, newLeadsToday: today[ri]!, openPipelineValue: 0, assignedLastHours: 0, nextLeaveStartsAt: null },
    }));
    const decision = decideRouting({ config: cfg, configVersion: 1, lead: routingLead(world, i), reps, teams, rotations, accountOwners: {}, learning: { [POOL]: learning }, now });
    for (const r of decision.rotationUpdates) rotations = { ...rotations, [r.poolId]: r };
    const ri = decision.outcome === "assigned" && decision.repId ? repIds.indexOf(decision.repId) : -1;
    if (ri < 0) {
      run.unassigned++;
      continue;
    }
    run.assigned++;
    run.perRep[ri]! += 1;
    open[ri]! += 1;
    today[ri]! += 1;
    addWeekAssigned(learning, repIds[ri]!);
    const p = trueRate(world, ri, lead.segment, now);
    const success = lead.u < p;
    run.expectedConversions += p;
    if (success) {
      run.conversions++;
      if (now.getTime() >= halfway) run.secondHalf++;
    }
    events.push({ at: now.getTime() + lead.contactDelayMs, kind: "contacted", rep: ri, segment: lead.segment, success });
    events.push({ at: now.getTime() + lead.outcomeDelayMs, kind: "outcome", rep: ri, segment: lead.segment, success });
  }
  run.cumulativeByDay.push(run.conversions);
  return run;
}

/** The segment key the learned chooser gives a simulated lead (industry only). */
export const SIM_SEGMENT_BY = ["industry"] as const;
export const simSegmentKey = (industry: string) => leadSegment({ attributes: { industry }, tier: "hot", source: "form" }, SIM_SEGMENT_BY).key;
