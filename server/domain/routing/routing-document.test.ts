import { describe, expect, it } from "vitest";
import { checkRoutingDocument, resolveRepKeys, resolveTeamKeys, ZRoutingDocument, type TRoutingDocumentContext } from "./routing-document";

/** Documents as a client sends them (checked by the schema, not the compiler). */
type TDoc = Record<string, unknown>;

const ctx: TRoutingDocumentContext = {
  repIds: ["sarah", "tom"],
  teams: [
    { id: "ent", name: "Enterprise" },
    { id: "inside", name: "Inside Sales" },
  ],
  analysis: { fieldKeys: ["industry", "company_size"], dimensions: ["fit"], listFieldKeys: [], memberUserIds: ["manager", "u_sarah", "u_tom", "u_new"] },
  teamMembers: { ent: ["sarah"], inside: ["tom"] },
  timeOffIds: { sarah: ["leave1"] },
  repIdByUserId: { u_sarah: "sarah", u_tom: "tom" },
};

const rep = (id: string, patch: Record<string, unknown> = {}) => ({
  id,
  title: "",
  seniority: "MID",
  skills: [],
  industries: [],
  segments: [],
  languages: [],
  regions: [],
  timeZone: "America/New_York",
  workingHours: [{ day: 1, start: "09:00", end: "17:00" }],
  maxOpenLeads: null,
  maxNewLeadsPerDay: null,
  routingWeight: 1,
  isActive: true,
  ...patch,
});

const teamPath = (teamId: string, ref = "answers.industry") => ({
  id: `to-${teamId}`,
  name: `To ${teamId}`,
  when: { kind: "rule", ref, operator: "equals", value: "x" },
  destination: { type: "team", teamId, strategy: { chooser: { type: "least_loaded" } } },
});

function doc(patch: TDoc = {}): TDoc {
  return {
    teams: [{ id: "ent", name: "Enterprise", members: ["sarah"] }],
    reps: [rep("sarah")],
    config: { paths: [teamPath("ent")], fallback: { ownerUserId: "manager", queueName: "Backup" } },
    ...patch,
  };
}

function check(input: TDoc) {
  const parsed = ZRoutingDocument.safeParse(input);
  if (!parsed.success) return { schema: parsed.error.issues.map((i) => i.path.join(".")), errors: [] as string[] };
  return { schema: [] as string[], errors: checkRoutingDocument(parsed.data, ctx).errors.map((e) => e.path) };
}

describe("checkRoutingDocument", () => {
  it("a valid document has no errors", () => {
    expect(check(doc())).toEqual({ schema: [], errors: [] });
  });

  it.each<[string, TDoc, string[], string[]]>([
    ["unknown rep", doc({ reps: [rep("sarah"), rep("ghost")] }), [], ["reps.1.id"]],
    ["rep listed twice", doc({ reps: [rep("sarah"), rep("sarah")] }), [], ["reps.1.id"]],
    ["invalid time zone", doc({ reps: [rep("sarah", { timeZone: "Mars/Olympus" })] }), ["reps.0.timeZone"], []],
    ["partial rep entry (only the fields that change)", doc({ reps: [{ id: "sarah", maxOpenLeads: 3 }, { id: "tom", isActive: false }] }), [], []],
    ["partial rep entry with an invalid value", doc({ reps: [{ id: "sarah", routingWeight: 0 }] }), ["reps.0.routingWeight"], []],
    ["rep entry without an id", doc({ reps: [{ maxOpenLeads: 3 }] }), ["reps.0.id"], []],
    ["new rep for a member, named by its key in a team and a path", doc({ reps: [{ userId: "u_new", key: "newbie", timeZone: "UTC" }], teams: [{ id: "ent", name: "Enterprise", members: ["sarah", "newbie"] }], config: { paths: [{ ...teamPath("ent"), destination: { type: "rep", repId: "newbie" } }], fallback: { ownerUserId: "manager", ownerRepId: "newbie", queueName: "B" } } }), [], []],
    ["new rep: not a member", doc({ reps: [{ userId: "stranger", timeZone: "UTC" }] }), [], ["reps.0.userId"]],
    ["new rep: the member already has a profile", doc({ reps: [{ userId: "u_tom", timeZone: "UTC" }] }), [], ["reps.0.userId"]],
    ["new rep: no time zone", doc({ reps: [{ userId: "u_new" }] }), ["reps.0.timeZone"], []],
    ["new rep: key clashes with a rep id", doc({ reps: [{ userId: "u_new", key: "tom", timeZone: "UTC" }] }), [], ["reps.0.key"]],
    ["new rep: a stored period id", doc({ reps: [{ userId: "u_new", timeZone: "UTC", timeOff: [{ id: "leave1", startsAt: "2026-12-24T00:00:00Z", endsAt: "2026-12-27T00:00:00Z" }] }] }), [], ["reps.0.timeOff.0.id"]],
    ["an unknown key as a member", doc({ teams: [{ id: "ent", name: "Enterprise", members: ["newbie"] }] }), [], ["teams.0.members.0"]],
    ["unknown rep profile field", doc({ reps: [rep("sarah", { golfHandicap: 4 })] }), ["reps.0"], []],
    ["unknown team id", doc({ teams: [{ id: "gone", name: "Gone" }] }), [], ["teams.0.id"]],
    ["team without id or key", doc({ teams: [{ name: "New" }] }), ["teams.0.id"], []],
    ["unknown member", doc({ teams: [{ id: "ent", name: "Enterprise", members: ["sarah", "sarah2", "tom", "ghost"] }] }), [], ["teams.0.members.1", "teams.0.members.3"]],
    ["a rep listed twice in a team: refused at the second entry (was silently listed once)", doc({ teams: [{ id: "ent", name: "Enterprise", members: ["sarah", "tom", "sarah"] }] }), [], ["teams.0.members.2"]],
    ["a rep listed three times: each repeat", doc({ teams: [{ id: "ent", name: "Enterprise", members: ["tom", "tom", "sarah", "tom"] }] }), [], ["teams.0.members.1", "teams.0.members.3"]],
    ["a new rep's key listed twice", doc({ reps: [{ userId: "u_new", key: "newbie", timeZone: "UTC" }], teams: [{ id: "ent", name: "Enterprise", members: ["newbie", "sarah", "newbie"] }] }), [], ["teams.0.members.2"]],
    ["an unknown rep listed twice: unknown at the first, repeated at the second", doc({ teams: [{ id: "ent", name: "Enterprise", members: ["ghost", "ghost"] }] }), [], ["teams.0.members.0", "teams.0.members.1"]],
    ["the same rep in two teams is fine", doc({ teams: [{ id: "ent", name: "Enterprise", members: ["sarah"] }, { id: "inside", name: "Inside Sales", members: ["tom", "sarah"] }] }), [], []],
    ["name taken by a team left out", doc({ teams: [{ id: "ent", name: "Inside Sales" }] }), [], ["teams.0.name"]],
    ["duplicate names", doc({ teams: [{ id: "ent", name: "A" }, { key: "new", name: "A" }] }), [], ["teams.1.name"]],
    ["unknown team in a path", doc({ config: { paths: [teamPath("emea")], fallback: { ownerUserId: "manager", queueName: "B" } } }), [], ["config.paths.0.destination.teamId"]],
    ["unknown field in a condition", doc({ config: { paths: [teamPath("ent", "answers.shoe_size")], fallback: { ownerUserId: "manager", queueName: "B" } } }), [], ["config.paths.0.when.ref"]],
    ["missing fallback", doc({ config: { paths: [teamPath("ent")] } }), [], ["config.fallback"]],
    ["time off: a new and a stored period", doc({ reps: [rep("sarah", { timeOff: [{ id: "leave1", startsAt: "2026-12-24T00:00:00Z", endsAt: "2026-12-27T00:00:00Z" }, { startsAt: "2027-01-02T09:00:00+01:00", endsAt: "2027-01-03T09:00:00+01:00", note: "Ski" }] })] }), [], []],
    ["time off: another rep's period id", doc({ reps: [rep("tom", { timeOff: [{ id: "leave1", startsAt: "2026-12-24T00:00:00Z", endsAt: "2026-12-27T00:00:00Z" }] })] }), [], ["reps.0.timeOff.0.id"]],
    ["time off: end before start", doc({ reps: [rep("sarah", { timeOff: [{ startsAt: "2026-12-27T00:00:00Z", endsAt: "2026-12-24T00:00:00Z" }] })] }), ["reps.0.timeOff.0.endsAt"], []],
    ["time off: overlapping periods", doc({ reps: [rep("sarah", { timeOff: [{ startsAt: "2026-12-24T00:00:00Z", endsAt: "2026-12-27T00:00:00Z" }, { startsAt: "2026-12-26T00:00:00Z", endsAt: "2026-12-28T00:00:00Z" }] })] }), ["reps.0.timeOff.1.startsAt"], []],
    ["time off: not a date-time", doc({ reps: [rep("sarah", { timeOff: [{ startsAt: "Christmas", endsAt: "2026-12-28T00:00:00Z" }] })] }), ["reps.0.timeOff.0.startsAt"], []],
    ["time off: unknown property", doc({ reps: [rep("sarah", { timeOff: [{ startsAt: "2026-12-24T00:00:00Z", endsAt: "2026-12-28T00:00:00Z", reason: "x" }] })] }), ["reps.0.timeOff.0"], []],
    ["fallback owner not a member", doc({ config: { paths: [], fallback: { ownerUserId: "stranger", queueName: "B" } } }), [], ["config.fallback.ownerUserId"]],
  ])("%s", (_name, input, schema, errors) => {
    const result = check(input);
    expect(result.schema).toEqual(schema);
    expect(result.errors).toEqual(errors);
  });

  it("a rep listed twice is named, with the entry to keep", () => {
    const named = { ...ctx, analysis: { ...ctx.analysis, memberRoles: { u_sarah: { name: "Sarah Chen", role: "REP" as const } }, repUsers: { sarah: { userId: "u_sarah", isActive: true }, tom: { userId: "u_tom", isActive: true } } } };
    const input = ZRoutingDocument.parse(doc({ teams: [{ id: "inside", name: "Inside Sales", members: ["tom", "sarah", "tom", "sarah"] }] }));
    expect(checkRoutingDocument(input, named).errors).toEqual([
      { path: "teams.0.members.2", message: "The rep “tom” is already listed at teams.0.members.0: list each rep once" },
      { path: "teams.0.members.3", message: "Sarah Chen (rep “sarah”) is already listed at teams.0.members.1: list each rep once" },
    ]);
  });

  it("a new team's key can be a path's teamId, and resolves to the created id", () => {
    const input = doc({ teams: [{ key: "emea", name: "EMEA", members: ["tom"] }], config: { paths: [teamPath("emea")], fallback: { ownerUserId: "manager", queueName: "B" } } });
    expect(check(input)).toEqual({ schema: [], errors: [] });
    const parsed = ZRoutingDocument.parse(input);
    const resolved = resolveTeamKeys(parsed.config, new Map([["emea", "team_123"]]));
    expect(resolved.paths[0]!.destination).toMatchObject({ type: "team", teamId: "team_123" });
  });

  it("new reps' keys resolve to their created ids in paths and the fallback", () => {
    const parsed = ZRoutingDocument.parse(doc({ reps: [{ userId: "u_new", key: "newbie", timeZone: "UTC" }], config: { paths: [{ ...teamPath("ent"), destination: { type: "rep", repId: "newbie" } }], fallback: { ownerUserId: "manager", ownerRepId: "newbie", queueName: "B" } } }));
    const resolved = resolveRepKeys(parsed.config, new Map([["newbie", "rep_9"]]));
    expect(resolved.paths[0]!.destination).toEqual({ type: "rep", repId: "rep_9" });
    expect(resolved.fallback?.ownerRepId).toBe("rep_9");
  });

  it("warns about a new team without members", () => {
    const parsed = ZRoutingDocument.parse(doc({ teams: [{ key: "emea", name: "EMEA" }], config: { paths: [teamPath("emea")], fallback: { ownerUserId: "manager", queueName: "B" } } }));
    expect(checkRoutingDocument(parsed, ctx).warnings.map((w) => w.path)).toContain("config.paths.0.destination.teamId");
  });
});

describe("checkRoutingDocument: a Marketer's rep profile, as the document leaves it", () => {
  // u_mia is a Marketer with an inactive rep profile "mia" (in no team); u_max a Marketer without one.
  const roles: TRoutingDocumentContext = {
    ...ctx,
    repIds: [...ctx.repIds, "mia"],
    analysis: {
      ...ctx.analysis,
      memberUserIds: [...ctx.analysis.memberUserIds, "u_mia", "u_max"],
      memberRoles: {
        manager: { role: "MANAGER", name: "Morgan Manager" },
        u_sarah: { role: "REP", name: "Sarah Rep" },
        u_tom: { role: "REP", name: "Tom Rep" },
        u_mia: { role: "MARKETER", name: "Mia Marketer" },
        u_max: { role: "MARKETER", name: "Max Marketer" },
      },
      repUsers: { sarah: { userId: "u_sarah", isActive: true }, tom: { userId: "u_tom", isActive: true }, mia: { userId: "u_mia", isActive: false } },
    },
    repIdByUserId: { ...ctx.repIdByUserId, u_mia: "mia" },
  };
  const MIA = "Mia Marketer is a Marketer and cannot work leads: make them a Sales rep first";
  const errorsOf = (input: TDoc) => checkRoutingDocument(ZRoutingDocument.parse(input), roles).errors;
  const toRep = (repId: string) => ({ id: "vip", name: "VIP", when: { kind: "group", op: "and", conditions: [] }, destination: { type: "rep", repId } });
  const newMax = (patch: Record<string, unknown> = {}) => ({ userId: "u_max", key: "max", timeZone: "UTC", ...patch });

  it.each<[string, TDoc, { path: string; message: string }[]]>([
    ["the inactive rep sent back unchanged", doc({ reps: [rep("sarah"), rep("mia", { isActive: false })] }), []],
    ["the inactive rep in a team", doc({ teams: [{ id: "ent", name: "Enterprise", members: ["sarah", "mia"] }] }), []],
    ["the inactive rep named by a path (never sent leads)", doc({ config: { paths: [toRep("mia")], fallback: { ownerUserId: "manager", queueName: "Backup" } } }), []],
    ["reactivated", doc({ reps: [rep("sarah"), rep("mia", { isActive: true })] }), [{ path: "reps.1.isActive", message: MIA }]],
    [
      "reactivated and in a team and named by a path: each place",
      doc({ reps: [rep("mia")], teams: [{ id: "ent", name: "Enterprise", members: ["sarah", "mia"] }], config: { paths: [toRep("mia")], fallback: { ownerUserId: "manager", queueName: "Backup" } } }),
      [
        { path: "reps.0.isActive", message: MIA },
        { path: "teams.0.members.1", message: MIA },
        { path: "config.paths.0.destination.repId", message: "Path “VIP” assigns leads to Mia Marketer, who is a Marketer and cannot work leads (make them a Sales rep, or choose another rep)" },
      ],
    ],
    ["a new rep for a Marketer (active by default)", doc({ reps: [newMax()] }), [{ path: "reps.0.userId", message: "Max Marketer is a Marketer and cannot work leads: make them a Sales rep first (or create the rep with isActive false)" }]],
    ["a new inactive rep for a Marketer", doc({ reps: [newMax({ isActive: false })] }), []],
    ["a new inactive rep for a Marketer, in a team", doc({ reps: [newMax({ isActive: false })], teams: [{ id: "ent", name: "Enterprise", members: ["sarah", "max"] }] }), []],
    ["a fallback owner who is a Sales rep", doc({ config: { paths: [], fallback: { ownerUserId: "u_sarah", queueName: "Backup" } } }), [{ path: "config.fallback.ownerUserId", message: "The fallback queue's owner must be a Sales manager, Admin or Owner (Sarah Rep is a Sales rep)" }]],
  ])("%s", (_what, input, errors) => {
    expect(errorsOf(input)).toEqual(errors);
  });
});
