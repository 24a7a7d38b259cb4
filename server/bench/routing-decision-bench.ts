// The pure routing decision (decideRouting) for 10, 100 and 1,000 reps: a realistic config (an
// enterprise path with industry match, seniority by value, available now, capacity and least-loaded;
// an inbound path with available now, capacity, recent volume and strict round-robin; a fallback)
// over generated reps with varied skills, working hours, time zones and calendar busy blocks. Leads alternate between the
// two paths; each decision's rotation update is fed into the next, as the service does.
import { decideRouting } from "../domain/routing/decide-routing";
import { DEFAULT_SEGMENT_RANGES, leadAttributes, type TLeadAttributeMapping } from "../domain/routing/lead-attributes";
import { ZRoutingConfig } from "../domain/routing/routing-config";
import type { TPoolRotation, TRepState, TRoutingLead, TTeamState } from "../domain/routing/routing-types";
import { SENIORITY_TIERS } from "../domain/reps/rep-options";
import { allocatedPerCall, cpuMicros, fmt, percentile } from "./stats";

const ZONES = ["America/New_York", "America/Chicago", "America/Los_Angeles", "Europe/London", "Europe/Berlin", "Asia/Tokyo", "Australia/Sydney", "UTC"];
const INDUSTRIES = ["financial services", "insurance", "technology", "retail", "healthcare", "manufacturing"];
const MAPPING: TLeadAttributeMapping = { industry: { field: "industry" }, segment: { field: "company_size", ranges: DEFAULT_SEGMENT_RANGES }, region: { field: "region" } };
// Tuesday 15:00 UTC: working hours in some zones, night in others.
const NOW = new Date("2026-12-01T15:00:00Z");

const at = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000);

export function generateReps(n: number): TRepState[] {
  return Array.from({ length: n }, (_, i) => {
    const start = 6 + (i % 5);
    return {
      id: `rep-${i}`,
      name: `Rep ${i}`,
      profile: {
        skills: i % 3 === 0 ? ["enterprise saas"] : ["smb"],
        industries: [INDUSTRIES[i % INDUSTRIES.length]!, INDUSTRIES[(i * 7 + 1) % INDUSTRIES.length]!],
        segments: i % 2 === 0 ? ["ENTERPRISE", "MID_MARKET"] : ["SMB"],
        languages: ["en"],
        regions: ["north america"],
        timeZone: ZONES[i % ZONES.length]!,
        workingHours: [1, 2, 3, 4, 5].map((day) => ({ day, start: `${String(start).padStart(2, "0")}:00`, end: `${start + 9}:00` })),
        timeOff: i % 17 === 0 ? [{ startsAt: new Date(NOW.getTime() - 86_400_000), endsAt: new Date(NOW.getTime() + 86_400_000) }] : [],
        // Calendar busy blocks as loadRoster caches them: every 4th rep in back-to-back meetings now, every 4th + 1 later today.
        busy: i % 4 === 0 ? [{ startsAt: at(-15), endsAt: at(30) }, { startsAt: at(30), endsAt: at(60) }] : i % 4 === 1 ? [{ startsAt: at(120), endsAt: at(180) }] : [],
        maxOpenLeads: 20 + (i % 10),
        maxNewLeadsPerDay: 8,
        routingWeight: 1,
        seniority: SENIORITY_TIERS[i % SENIORITY_TIERS.length]!,
        isActive: i % 23 !== 0,
      },
      load: { openLeads: i % 25, newLeadsToday: i % 9, openPipelineValue: (i % 13) * 10_000, assignedLastHours: i % 7, nextLeaveStartsAt: null },
    };
  });
}

function benchConfig() {
  return ZRoutingConfig.parse({
    paths: [
      {
        id: "enterprise",
        name: "Enterprise",
        when: { kind: "rule", ref: "lead.segment", operator: "equals", value: "ENTERPRISE" },
        destination: {
          type: "team",
          teamId: "enterprise",
          strategy: {
            filters: [
              { type: "match", field: "industry", mode: "preferred" },
              { type: "seniority", thresholds: [{ minValue: 50_000, minSeniority: "SENIOR" }] },
              { type: "available_now" },
              { type: "capacity", maxOpenPipelineValue: 150_000 },
            ],
            chooser: { type: "least_loaded" },
          },
        },
      },
      {
        id: "inbound",
        name: "Inbound",
        when: { kind: "group", op: "and", conditions: [] },
        destination: {
          type: "team",
          teamId: "inside",
          strategy: { filters: [{ type: "available_now" }, { type: "capacity" }, { type: "recent_volume", hours: 24, maxAboveMean: 3, mode: "preferred" }], chooser: { type: "round_robin", variant: "strict" } },
        },
      },
    ],
    fallback: { ownerUserId: "manager", queueName: "Backup" },
    attributes: MAPPING,
  });
}

export function benchLead(i: number): TRoutingLead {
  const enterprise = i % 2 === 0;
  const answers = { email: `lead${i}@company${i % 50}.com`, company_size: enterprise ? "1000-4999" : "20-199", industry: INDUSTRIES[i % INDUSTRIES.length]!, region: "north america" };
  return {
    id: null,
    answers,
    score: { total: 60, dimensions: { fit: 30, intent: 30 } },
    tier: "hot",
    estimatedValue: enterprise ? 80_000 : 8_000,
    source: "form",
    utm: {},
    email: answers.email,
    formId: "form",
    timeZone: "America/New_York",
    attributes: leadAttributes(answers, MAPPING),
  };
}

export interface TDecisionFigures {
  lines: string[];
  bySize: Map<number, { p50: number; p99: number; cpuUs: number; allocatedKb: number }>;
}

export function runRoutingDecisionBench(sizes: readonly number[] = [10, 100, 1000]): TDecisionFigures {
  const bySize: TDecisionFigures["bySize"] = new Map();
  const config = benchConfig();
  const lines = ["Routing decision (decideRouting, pure): 2 paths with filters + chooser, reps with varied hours, time zones and calendar busy blocks"];
  for (const size of sizes) {
    const reps = generateReps(size);
    const teams: TTeamState[] = [
      { id: "enterprise", name: "Enterprise", isActive: true, repIds: reps.filter((_, i) => i % 2 === 0).map((r) => r.id) },
      { id: "inside", name: "Inside", isActive: true, repIds: reps.map((r) => r.id) },
    ];
    const leads = Array.from({ length: 64 }, (_, i) => benchLead(i));
    let rotations: Record<string, TPoolRotation> = {};
    const decide = (i: number) => {
      const decision = decideRouting({ config, configVersion: 1, lead: leads[i % leads.length]!, reps, teams, rotations, accountOwners: {}, now: NOW });
      for (const r of decision.rotationUpdates) rotations = { ...rotations, [r.poolId]: r };
      return decision;
    };
    const iterations = size >= 1000 ? 400 : size >= 100 ? 2000 : 10_000;
    for (let i = 0; i < Math.min(200, iterations); i++) decide(i); // warm-up
    const durations: number[] = [];
    let assigned = 0;
    const cpuStarted = cpuMicros();
    const started = performance.now();
    // One decision per call of `timed`: the previous decision is not held while the next one runs
    // (a service saves a decision and drops it).
    const timed = (i: number): boolean => {
      const t0 = performance.now();
      const isAssigned = decide(i).outcome === "assigned";
      durations.push(performance.now() - t0);
      return isAssigned;
    };
    for (let i = 0; i < iterations; i++) if (timed(i)) assigned++;
    const elapsed = performance.now() - started;
    // CPU time (this process's threads, GC included) and heap allocation per decision: figures a
    // busy shared machine disturbs far less than wall-clock percentiles.
    const cpuUs = (cpuMicros() - cpuStarted) / iterations;
    let next = iterations;
    // Leads alternate between the two paths, which allocate differently: one probe call is a pair
    // (one lead of each), so the median is their mean, not whichever path the median lands on.
    const allocatedKb = allocatedPerCall(() => { decide(next++); decide(next++); }) / 2 / 1024;
    durations.sort((a, b) => a - b);
    bySize.set(size, { p50: percentile(durations, 50), p99: percentile(durations, 99), cpuUs, allocatedKb });
    lines.push(
      `  ${String(size).padStart(5)} reps   p50 ${fmt(percentile(durations, 50), 3)} ms · p99 ${fmt(percentile(durations, 99), 3)} ms · ${fmt((iterations / elapsed) * 1000, 0)} decisions/s · CPU ${fmt(cpuUs, 0)} µs and ~${fmt(allocatedKb, 0)} KB allocated per decision   (${iterations} decisions, ${Math.round((assigned / iterations) * 100)}% assigned)`,
    );
  }
  return { lines, bySize };
}
