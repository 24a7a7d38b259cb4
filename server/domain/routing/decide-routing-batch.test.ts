import { describe, expect, it } from "vitest";
import { advanceRoutingState, decideRoutingBatch, type TBatchRoutingState } from "./decide-routing-batch";
import { poolLearning } from "./learned/pool-learning";
import { rotationPoolId, ZRoutingConfig, type TRoutingConfig } from "./routing-config";
import type { TRepState, TRoutingDecision, TTeamState } from "./routing-types";
import { makeLead, makeRep, NY_MORNING, ROSTER, STORY_CONFIG, STORY_TEAMS } from "../../testing/fixtures/routing-domain-fixtures";

const ALL_DAY = [0, 1, 2, 3, 4, 5, 6].map((day) => ({ day, start: "00:00", end: "24:00" }));
const NOW = new Date("2026-03-03T12:00:00Z");

function poolConfig(strategy: Record<string, unknown>): TRoutingConfig {
  return ZRoutingConfig.parse({
    paths: [{ id: "inbound", name: "Inbound", when: { kind: "group", op: "and", conditions: [] }, destination: { type: "team", teamId: "team", strategy } }],
    fallback: { ownerUserId: "manager", queueName: "Unassigned" },
  });
}
const POOL = rotationPoolId("inbound", "team");

function pool(caps: Record<string, Partial<TRepState["profile"]>> = {}, loads: Record<string, Partial<TRepState["load"]>> = {}): { reps: TRepState[]; teams: TTeamState[] } {
  const reps = ["a", "b", "c", "d"].map((id) => makeRep(id, { timeZone: "UTC", workingHours: ALL_DAY, ...caps[id] }, loads[id] ?? {}));
  return { reps, teams: [{ id: "team", name: "Team", isActive: true, repIds: reps.map((r) => r.id) }] };
}

const leads = (n: number, value: number | null = null) => Array.from({ length: n }, (_, i) => ({ lead: makeLead({ n: i }, { id: `L${i}`, email: `p${i}@mail${i}.example.com`, estimatedValue: value }), now: new Date(NOW.getTime() + i) }));

const assigned = (decision: TRoutingDecision, repId: string, extra: Partial<TRoutingDecision> = {}): TRoutingDecision =>
  ({ outcome: "assigned", repId, pathId: "inbound", teamId: "team", rotationUpdates: [], accountOwnerToRecord: null, ...extra }) as TRoutingDecision & typeof decision;

const tally = (decisions: TRoutingDecision[]) => decisions.reduce<Record<string, number>>((t, d) => (d.outcome === "assigned" && d.repId ? { ...t, [d.repId]: (t[d.repId] ?? 0) + 1 } : t), {});

describe("advanceRoutingState: a decision applied as the database's writes and triggers would", () => {
  const base: TBatchRoutingState = Object.freeze({
    reps: Object.freeze([makeRep("a", {}, { openLeads: 2, openPipelineValue: 100, newLeadsToday: 1, assignedLastHours: 3, backlog: { uncontacted: 1, pastSla: 0, worked: 4 } }), makeRep("b")]),
    rotations: Object.freeze({ other: { poolId: "other", algorithm: "turns" as const, sequence: 9, lastRepId: "b", repIds: ["b"], counts: [9] } }),
    learning: Object.freeze({ [POOL]: poolLearning({}, { a: 5 }) }),
    accountOwners: Object.freeze({ "known.com": "b" }),
  });
  const rotation = { poolId: POOL, algorithm: "turns" as const, sequence: 1, lastRepId: "a", repIds: ["a"], counts: [1] };
  const cases: { name: string; decision: TRoutingDecision; value: number | null; expect: (s: TBatchRoutingState) => void }[] = [
    {
      name: "assigned: open +1, value added, today +1, window +1, untouched +1, week load +1, rotation replaced",
      decision: assigned({} as TRoutingDecision, "a", { rotationUpdates: [rotation] }),
      value: 250.5,
      expect: (s) => {
        expect(s.reps[0]!.load).toMatchObject({ openLeads: 3, openPipelineValue: 350.5, newLeadsToday: 2, assignedLastHours: 4, backlog: { uncontacted: 2, pastSla: 0, worked: 4 } });
        expect(s.reps[1]).toBe(base.reps[1]);
        expect(s.learning![POOL]!.weekAssigned).toEqual({ a: 6 });
        expect(s.rotations).toEqual({ ...base.rotations, [POOL]: rotation });
      },
    },
    {
      name: "assigned without a value: pipeline unchanged; a rep without a backlog read gets none",
      decision: assigned({} as TRoutingDecision, "b"),
      value: null,
      expect: (s) => {
        expect(s.reps[1]!.load).toEqual({ ...base.reps[1]!.load, openLeads: 1, newLeadsToday: 1, assignedLastHours: 1 });
        expect(s.reps[1]!.load.backlog).toBeUndefined();
        expect(s.learning![POOL]!.weekAssigned).toEqual({ a: 5, b: 1 });
      },
    },
    {
      name: "assigned by a path to a rep (no team): no learned pool moves",
      decision: assigned({} as TRoutingDecision, "a", { teamId: null }),
      value: null,
      expect: (s) => expect(s.learning).toBe(base.learning),
    },
    {
      name: "fallback with a queue owner: no load counter moves (status FALLBACK is not open work)",
      decision: { ...assigned({} as TRoutingDecision, "a"), outcome: "fallback" },
      value: 1000,
      expect: (s) => {
        expect(s.reps).toBe(base.reps);
        expect(s.learning).toBe(base.learning);
      },
    },
    {
      name: "nurture: nothing moves",
      decision: { ...assigned({} as TRoutingDecision, "a"), outcome: "nurture", repId: null },
      value: null,
      expect: (s) => expect(s).toEqual(base),
    },
    {
      name: "a new account owner is recorded for the next lead of that company",
      decision: assigned({} as TRoutingDecision, "a", { accountOwnerToRecord: { domain: "acme.com", repId: "a" } }),
      value: null,
      expect: (s) => expect(s.accountOwners).toEqual({ "known.com": "b", "acme.com": "a" }),
    },
    {
      name: "a known company keeps its owner (the registry's first owner wins)",
      decision: assigned({} as TRoutingDecision, "a", { accountOwnerToRecord: { domain: "known.com", repId: "a" } }),
      value: null,
      expect: (s) => expect(s.accountOwners).toEqual({ "known.com": "b" }),
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      // `base` is frozen: an in-place change would throw.
      c.expect(advanceRoutingState(base, c.decision, c.value));
      expect(base.learning![POOL]!.weekAssigned).toEqual({ a: 5 });
      expect(base.reps[0]!.load.openLeads).toBe(2);
    });
  }
});

describe("decideRoutingBatch: each lead decides with the state the earlier ones left", () => {
  it("strict round robin: caps hold across the batch, the rotation advances once per lead, spread ≤ 1 among the others", () => {
    const config = poolConfig({ filters: [{ type: "capacity" }], chooser: { type: "round_robin", variant: "strict" } });
    const { reps, teams } = pool({ a: { maxOpenLeads: 3 }, b: { maxNewLeadsPerDay: 2 } }, { a: { openLeads: 1 }, b: { newLeadsToday: 0 } });
    const { decisions, state } = decideRoutingBatch({ config, configVersion: 1, reps, teams, rotations: {}, accountOwners: {}, leads: leads(14) });
    const byRep = tally(decisions);
    expect(decisions.every((d) => d.outcome === "assigned")).toBe(true);
    expect(byRep.a).toBe(2); // 1 open + 2 = its cap of 3
    expect(byRep.b).toBe(2); // its daily cap
    expect(Math.abs(byRep.c! - byRep.d!)).toBeLessThanOrEqual(1);
    expect(byRep.c! + byRep.d!).toBe(10);
    expect(state.rotations[POOL]!.sequence).toBe(14);
    expect(state.reps.find((r) => r.id === "a")!.load.openLeads).toBe(3);
    expect(state.reps.find((r) => r.id === "b")!.load.newLeadsToday).toBe(2);
  });

  it("equals the leads decided one at a time with the counters recounted from the decisions", () => {
    const config = poolConfig({ filters: [{ type: "capacity", maxOpenPipelineValue: 5000 }], chooser: { type: "least_loaded" } });
    const { reps, teams } = pool({ a: { maxOpenLeads: 4 } }, { a: { openPipelineValue: 2000 }, c: { openLeads: 2 } });
    const batch = leads(12, 1000);
    const { decisions } = decideRoutingBatch({ config, configVersion: 1, reps, teams, rotations: {}, accountOwners: {}, leads: batch });
    // The reference: the load recounted from scratch before every lead, as the database would have it after each commit.
    const sequential: TRoutingDecision[] = [];
    let rotations: Record<string, never> = {};
    for (const { lead, now } of batch) {
      const counts = tally(sequential);
      const current = reps.map((r) => ({ ...r, load: { ...r.load, openLeads: r.load.openLeads + (counts[r.id] ?? 0), openPipelineValue: r.load.openPipelineValue + 1000 * (counts[r.id] ?? 0), newLeadsToday: r.load.newLeadsToday + (counts[r.id] ?? 0), assignedLastHours: r.load.assignedLastHours + (counts[r.id] ?? 0) } }));
      const d = decideRoutingBatch({ config, configVersion: 1, reps: current, teams, rotations, accountOwners: {}, leads: [{ lead, now }] }).decisions[0]!;
      for (const r of d.rotationUpdates) rotations = { ...rotations, [r.poolId]: r as never };
      sequential.push(d);
    }
    expect(decisions.map((d) => d.repId)).toEqual(sequential.map((d) => d.repId));
    expect(decisions.map((d) => d.outcome)).toEqual(sequential.map((d) => d.outcome));
    // The pipeline cap (5,000; a starts at 2,000) leaves a 3 leads of 1,000; no rep ends above it.
    const byRep = tally(decisions);
    expect(byRep.a).toBe(3);
    expect(Object.values(byRep).reduce((s, n) => s + n, 0)).toBe(12);
    expect(Math.max(...["b", "c", "d"].map((id) => byRep[id] ?? 0))).toBeLessThanOrEqual(5);
  });

  it("a backlog limit holds across the batch (each routed lead is one more untouched)", () => {
    const config = poolConfig({ filters: [{ type: "capacity", backlog: { max: 6 } }], chooser: { type: "least_loaded" } });
    const backlog = { uncontacted: 0, pastSla: 0, worked: 0 };
    const { reps, teams } = pool({}, { a: { backlog: { ...backlog, worked: 2 } }, b: { backlog }, c: { backlog }, d: { backlog } });
    const { decisions, state } = decideRoutingBatch({ config, configVersion: 1, reps, teams, rotations: {}, accountOwners: {}, leads: leads(20) });
    const byRep = tally(decisions);
    // Weighted backlog = 2 × untouched + worked < 6: a takes 2 (2 + 4 = 6), the others 3 each, then the fallback.
    expect(byRep).toEqual({ a: 2, b: 3, c: 3, d: 3 });
    expect(decisions.filter((d) => d.outcome === "fallback")).toHaveLength(9);
    expect(state.reps.map((r) => r.load.backlog!.uncontacted)).toEqual([2, 3, 3, 3]);
  });

  it("a learned pool's week loads count every lead of the batch", () => {
    const config = poolConfig({ filters: [], chooser: { type: "learned", segmentBy: ["industry"], floorShare: 0.5 } });
    const { reps, teams } = pool();
    const learning = { [POOL]: poolLearning({}, { a: 4 }) };
    const { decisions, state } = decideRoutingBatch({ config, configVersion: 1, reps, teams, rotations: {}, accountOwners: {}, learning, leads: leads(8) });
    const byRep = tally(decisions);
    expect(Object.values(byRep).reduce((s, n) => s + n, 0)).toBe(8);
    expect(state.learning![POOL]!.weekAssigned).toEqual(Object.fromEntries(["a", "b", "c", "d"].filter((id) => (byRep[id] ?? 0) + (id === "a" ? 4 : 0) > 0).map((id) => [id, (byRep[id] ?? 0) + (id === "a" ? 4 : 0)])));
    expect(learning[POOL]!.weekAssigned).toEqual({ a: 4 });
  });

  it("the second lead of a company goes to the owner the first one recorded", () => {
    const first = makeLead({ company_size: "200-999", industry: "financial_services", authority: "decision_maker", email: "a@bank.com" }, { id: "L1" });
    const second = makeLead({ company_size: "200-999", industry: "retail", authority: "decision_maker", email: "b@bank.com" }, { id: "L2" });
    const { decisions, state } = decideRoutingBatch({ config: STORY_CONFIG, configVersion: 1, reps: ROSTER, teams: STORY_TEAMS, rotations: {}, accountOwners: {}, leads: [{ lead: first, now: NY_MORNING }, { lead: second, now: NY_MORNING }] });
    expect(decisions[0]).toMatchObject({ outcome: "assigned", repId: "sarah", accountOwnerToRecord: { domain: "bank.com", repId: "sarah" } });
    expect(state.accountOwners).toEqual({ "bank.com": "sarah" });
    expect(decisions[1]).toMatchObject({ outcome: "assigned", repId: "sarah", accountOwnerToRecord: null });
  });
});
