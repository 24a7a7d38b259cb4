import { describe, expect, it } from "vitest";
import { decideRouting } from "./decide-routing";
import { ZRoutingConfig, type TRoutingConfigInput } from "./routing-config";
import type { TPoolRotation, TRepState, TRoutingInput, TTeamState } from "./routing-types";
import { ALWAYS, and, makeLead, makeRep, NY_3AM, NY_MORNING, rule } from "../../testing/fixtures/routing-domain-fixtures";

const weekdays = (start: string, end: string) => [1, 2, 3, 4, 5].map((day) => ({ day, start, end }));
const on = (id: string, overrides: Parameters<typeof makeRep>[1] = {}, load: Parameters<typeof makeRep>[2] = {}) =>
  makeRep(id, { workingHours: weekdays("08:00", "18:00"), ...overrides }, load);

const FALLBACK = { ownerUserId: "u-manager", ownerRepId: "manager", queueName: "Backup" };
const teamPath = (id: string, teamId: string, when = ALWAYS, strategy: object = { filters: [{ type: "available_now" }], chooser: { type: "round_robin" } }) => ({
  id,
  name: id,
  when,
  destination: { type: "team", teamId, strategy },
});

function decide(paths: unknown[], reps: TRepState[], teams: TTeamState[], extra: Partial<TRoutingInput> = {}) {
  const config = ZRoutingConfig.parse({ paths, fallback: FALLBACK } as TRoutingConfigInput);
  return decideRouting({ config, configVersion: 1, lead: makeLead(), reps, teams, rotations: {}, accountOwners: {}, now: NY_MORNING, ...extra });
}

const team = (id: string, repIds: string[], isActive = true): TTeamState => ({ id, name: id.toUpperCase(), isActive, repIds });

describe("paths: first match wins, fall-through, fallback", () => {
  it("skips non-matching paths", () => {
    const d = decide([teamPath("vip", "t1", rule("score.total", "gte", 90)), teamPath("all", "t2")], [on("a"), on("b")], [team("t1", ["a"]), team("t2", ["b"])]);
    expect(d).toMatchObject({ outcome: "assigned", repId: "b", pathId: "all", teamId: "t2" });
    expect(d.pathsTried).toEqual([
      { pathId: "vip", pathName: "vip", matched: false },
      { pathId: "all", pathName: "all", matched: true, result: "assigned" },
    ]);
  });

  it("a matched path with no eligible rep falls through to the next path", () => {
    const d = decide([teamPath("first", "t1"), teamPath("second", "t2")], [on("a", { isActive: false }), on("b")], [team("t1", ["a"]), team("t2", ["b"])]);
    expect(d).toMatchObject({ outcome: "assigned", repId: "b", pathId: "second" });
    expect(d.pathsTried[0]).toEqual({ pathId: "first", pathName: "first", matched: true, result: "no eligible rep", reason: { code: "NO_ELIGIBLE_REP", teamId: "t1", candidates: 1 } });
    expect(d.skipped).toEqual([{ repId: "a", pathId: "first", reasons: [{ code: "INACTIVE" }] }]);
  });

  it.each<[string, unknown[], TTeamState[], string]>([
    ["no path matches", [teamPath("vip", "t1", rule("tier", "equals", "platinum"))], [team("t1", ["a"])], "no path matched"],
    ["every matched pool is empty", [teamPath("p", "t1")], [team("t1", [])], "no eligible rep"],
    ["unknown team", [teamPath("p", "gone")], [], "UNKNOWN_TEAM"],
    ["inactive team", [teamPath("p", "t1")], [team("t1", ["a"], false)], "TEAM_INACTIVE"],
    ["named rep inactive", [{ id: "p", name: "p", when: ALWAYS, destination: { type: "rep", repId: "off" } }], [], "NO_ELIGIBLE_REP"],
  ])("fallback when %s — never a lost lead", (_what, paths, teams, why) => {
    const d = decide(paths, [on("a"), on("off", { isActive: false })], teams);
    expect(d).toMatchObject({ outcome: "fallback", repId: "manager", pathId: null, queue: { name: "Backup", ownerUserId: "u-manager" }, rotationUpdates: [] });
    expect(d.reasons).toEqual([{ code: "FALLBACK", queueName: "Backup" }]);
    const tried = JSON.stringify(d.pathsTried);
    if (why !== "no path matched") expect(tried).toContain(why);
  });

  it.each([
    ["nurture", { type: "nurture" }, "nurture", "NURTURE"],
    ["disqualify", { type: "disqualify" }, "disqualified", "DISQUALIFIED"],
  ] as const)("%s paths place the lead without a rep", (_what, destination, outcome, code) => {
    const d = decide([{ id: "p", name: "Students", when: rule("answers.role", "equals", "student"), destination }], [], [], { lead: makeLead({ role: "student" }) });
    expect(d).toMatchObject({ outcome, repId: null, reasons: [{ code: "PATH_MATCHED", pathId: "p", pathName: "Students" }, { code }] });
  });

  it("a named rep destination assigns to that rep", () => {
    const d = decide([{ id: "p", name: "VIP", when: ALWAYS, destination: { type: "rep", repId: "a" } }], [on("a")], []);
    expect(d).toMatchObject({ outcome: "assigned", repId: "a", teamId: null, reasons: [{ code: "PATH_MATCHED" }, { code: "NAMED_REP", repId: "a" }] });
  });

  it("conditions read lead refs: local hour in the lead's time zone", () => {
    const paths = [teamPath("asia-hours", "t1", and(rule("lead.local_hour", "gte", 9), rule("lead.local_hour", "lt", 18))), teamPath("rest", "t2")];
    const reps = [on("a", { timeZone: "Asia/Tokyo" }), on("b")];
    const teams = [team("t1", ["a"]), team("t2", ["b"])];
    const lead = makeLead({}, { timeZone: "Asia/Tokyo" });
    expect(decide(paths, reps, teams, { lead, now: NY_3AM }).pathId).toBe("asia-hours");
    expect(decide(paths, reps, teams, { lead, now: NY_MORNING }).pathId).toBe("rest");
  });
});

describe("rotation state in and out", () => {
  it("returns the new state; feeding it back rotates the pool", () => {
    const reps = [on("a"), on("b"), on("c")];
    const teams = [team("t1", ["a", "b", "c"])];
    let rotations: Record<string, TPoolRotation> = {};
    const picks: (string | null)[] = [];
    for (let i = 0; i < 6; i++) {
      const d = decide([teamPath("p", "t1")], reps, teams, { rotations });
      picks.push(d.repId);
      for (const r of d.rotationUpdates) rotations = { ...rotations, [r.poolId]: r };
    }
    expect(picks).toEqual(["a", "b", "c", "a", "b", "c"]);
    expect(Object.keys(rotations)).toEqual(["p/t1"]);
  });

  it("is a dry run: the inputs are not changed", () => {
    const rotations = { "p/t1": { poolId: "p/t1", algorithm: "turns" as const, sequence: 3, lastRepId: "a", repIds: ["a", "b"], counts: [2, 1] } };
    const frozen = JSON.stringify(rotations);
    const d = decide([teamPath("p", "t1")], [on("a"), on("b")], [team("t1", ["a", "b"])], { rotations });
    expect(d.repId).toBe("b");
    expect(JSON.stringify(rotations)).toBe(frozen);
  });
});

describe("account ownership", () => {
  const strategy = { filters: [{ type: "available_now" }, { type: "match", field: "industry", mode: "preferred" }], chooser: { type: "least_loaded" }, accountOwnership: true };
  const paths = [teamPath("p", "t1", ALWAYS, strategy)];
  const teams = [team("t1", ["owner", "other"])];
  const lead = makeLead({ email: "ceo@acme.com" }, { attributes: { industry: "retail" } });
  const other = on("other", { industries: ["retail"] });

  it("the owner gets the lead when eligible (preferred filters do not hold the owner back), no rotation turn", () => {
    const d = decide(paths, [on("owner", {}, { openLeads: 9 }), other], teams, { lead, accountOwners: { "acme.com": "owner" } });
    expect(d).toMatchObject({ outcome: "assigned", repId: "owner", rotationUpdates: [], accountOwnerToRecord: null });
    expect(d.reasons.at(-1)).toEqual({ code: "ACCOUNT_OWNER", domain: "acme.com" });
    expect(d.skipped).toEqual([{ repId: "other", pathId: "p", reasons: [{ code: "NOT_CHOSEN_ACCOUNT_OWNER", ownerRepId: "owner", domain: "acme.com" }] }]);
  });

  it("an ineligible owner: the chooser decides and the decision says why", () => {
    const owner = on("owner", { timeOff: [{ startsAt: new Date("2025-12-01T00:00:00Z"), endsAt: new Date("2025-12-05T00:00:00Z") }] });
    const d = decide(paths, [owner, other], teams, { lead, accountOwners: { "acme.com": "owner" } });
    expect(d.repId).toBe("other");
    expect(d.reasons.at(-1)).toEqual({ code: "ACCOUNT_OWNER_INELIGIBLE", domain: "acme.com", ownerRepId: "owner" });
    expect(d.skipped).toEqual([{ repId: "owner", pathId: "p", reasons: [expect.objectContaining({ code: "OUT_OF_OFFICE" })] }]);
  });

  it("an owner outside the team: the chooser decides", () => {
    const d = decide(paths, [on("owner"), other, on("elsewhere")], teams, { lead, accountOwners: { "acme.com": "elsewhere" } });
    expect(d.reasons.at(-1)).toEqual({ code: "ACCOUNT_OWNER_NOT_IN_POOL", domain: "acme.com", ownerRepId: "elsewhere" });
  });

  it("free-mail domains never count, and are never recorded", () => {
    const gmail = makeLead({ email: "someone@gmail.com" }, { attributes: { industry: "retail" } });
    const d = decide(paths, [on("owner"), other], teams, { lead: gmail, accountOwners: { "gmail.com": "owner" } });
    expect(d.repId).toBe("other");
    expect(d.reasons.map((r) => r.code)).not.toContain("ACCOUNT_OWNER");
    expect(d.accountOwnerToRecord).toBeNull();
  });

  it("the first assignment of a company domain records its owner", () => {
    expect(decide(paths, [on("owner"), other], teams, { lead }).accountOwnerToRecord).toEqual({ domain: "acme.com", repId: "other" });
  });
});

describe("graduation from nurture", () => {
  const graduation = { code: "NURTURE_GRADUATED" as const, engagement: "click" as const, points: 10, intentPoints: 10, sequenceId: "s1", tier: "sales_ready" };
  const nurturePath = { id: "nurture", name: "Nurture", when: ALWAYS, destination: { type: "nurture" } };
  it.each([
    { name: "without graduation a nurture path places the lead", graduation: undefined, outcome: "nurture", first: "PATH_MATCHED" },
    { name: "a graduating lead skips the nurture path and reaches sales, reason first", graduation, outcome: "assigned", first: "NURTURE_GRADUATED" },
  ])("$name", ({ graduation: g, outcome, first }) => {
    const d = decide([nurturePath, teamPath("sales", "t1")], [on("a")], [team("t1", ["a"])], g ? { graduation: g } : {});
    expect(d.outcome).toBe(outcome);
    expect(d.reasons[0]?.code).toBe(first);
    if (g) expect(d.pathsTried[0]).toEqual({ pathId: "nurture", pathName: "Nurture", matched: true, result: "skipped: graduated from nurture" });
  });

  it("a graduating lead no sales path takes reaches the fallback, still naming the graduation", () => {
    const d = decide([nurturePath], [], [], { graduation });
    expect(d).toMatchObject({ outcome: "fallback" });
    expect(d.reasons.map((r) => r.code)).toEqual(["NURTURE_GRADUATED", "FALLBACK"]);
  });
});
