import { describe, expect, it } from "vitest";
import { decideRouting } from "./decide-routing";
import { explainMove, isKnockOn } from "./explain-move";
import { ZRoutingConfig, type TRoutingConfig, type TRoutingConfigInput } from "./routing-config";
import type { TPoolRotation, TRoutingLead } from "./routing-types";
import { makeLead, NY_MORNING, ROSTER, rule, STORY_CONFIG, STORY_CONFIG_INPUT, STORY_TEAMS } from "../../testing/fixtures/routing-domain-fixtures";

const names = { repName: (id: string) => ROSTER.find((r) => r.id === id)?.name ?? id, teamName: (id: string) => STORY_TEAMS.find((t) => t.id === id)?.name ?? id };

const BANK = makeLead({ company_size: "200-999", industry: "financial_services", authority: "decision_maker", email: "a@bank.com" }, { id: "bank" });
const HEALTH = makeLead({ company_size: "20-199", industry: "healthcare" }, { id: "health" });
const RETAIL = makeLead({ company_size: "20-199", industry: "retail" }, { id: "retail" });

type TPathInput = TRoutingConfigInput["paths"][number];
const PATHS = STORY_CONFIG_INPUT.paths;
const path = (id: string) => PATHS.find((p) => p.id === id)!;
const config = (paths: TPathInput[]): TRoutingConfig => ZRoutingConfig.parse({ ...STORY_CONFIG_INPUT, paths });
const withPath = (id: string, change: Partial<TPathInput>) => config(PATHS.map((p) => (p.id === id ? ({ ...p, ...change } as TPathInput) : p)));
const inboundStrategy = (filters: unknown[]) => ({ destination: { type: "team", teamId: "inside", strategy: { filters, chooser: { type: "round_robin" } } } }) as Partial<TPathInput>;
const enterpriseStrategy = (filters: unknown[]) =>
  ({ destination: { type: "team", teamId: "enterprise", strategy: { filters, chooser: { type: "least_loaded" }, accountOwnership: true } } }) as Partial<TPathInput>;

function decide(cfg: TRoutingConfig, lead: TRoutingLead, rotations: Record<string, TPoolRotation> = {}) {
  return decideRouting({ config: cfg, configVersion: 1, lead, reps: ROSTER, teams: STORY_TEAMS, rotations, accountOwners: {}, now: NY_MORNING });
}

/** The Inside Sales pool after one earlier lead took a turn there (an earlier move into the pool). */
const TURNED = Object.fromEntries(decide(STORY_CONFIG, RETAIL).rotationUpdates.map((r) => [r.poolId, r]));

describe("explainMove", () => {
  it.each<[string, TRoutingConfig, TRoutingConfig, TRoutingLead, Record<string, TPoolRotation>, string]>([
    ["a path removed", STORY_CONFIG, config(PATHS.filter((p) => p.id !== "enterprise")), BANK, {}, "matched 'Inbound' instead of 'Enterprise': 'Enterprise' was removed"],
    [
      "a path that no longer matches",
      STORY_CONFIG,
      withPath("enterprise", { when: rule("answers.company_size", "is_any_of", ["1000-4999", "5000+"]) }),
      BANK,
      {},
      "matched 'Inbound' instead of 'Enterprise': 'Enterprise' no longer matches",
    ],
    [
      "a new path placed first",
      STORY_CONFIG,
      config([...PATHS.slice(0, 2), { id: "banks", name: "Banks", when: rule("answers.industry", "equals", "financial_services"), destination: { type: "rep", repId: "maya" } }, ...PATHS.slice(2)]),
      BANK,
      {},
      "matched 'Banks' instead of 'Enterprise': 'Banks' is new",
    ],
    ["paths reordered", STORY_CONFIG, config([path("startups"), path("apac"), path("inbound"), path("enterprise")]), BANK, {}, "matched 'Inbound' instead of 'Enterprise': 'Inbound' now comes before 'Enterprise'"],
    [
      "a tighter filter leaves the path without an eligible rep: the before rep's skip reason",
      STORY_CONFIG,
      withPath("enterprise", enterpriseStrategy([{ type: "match", field: "industry", mode: "preferred" }, { type: "available_now" }, { type: "capacity", maxOpenPipelineValue: 100_000 }])),
      BANK,
      {},
      "matched 'Inbound' instead of 'Enterprise': 'Enterprise' found no eligible rep (no eligible rep in Enterprise (2 members)); Sarah Chen skipped: pipeline cap: 120,000 open + 0 over 100,000",
    ],
    [
      "the same path, the before rep filtered out: their skip reason and the new rep's",
      STORY_CONFIG,
      withPath("inbound", inboundStrategy([{ type: "available_now", mode: "preferred" }, { type: "match", field: "industry", mode: "required" }])),
      HEALTH,
      {},
      "same path 'Inbound': Tom Becker skipped: industry mismatch: not healthcare; Maya Rodriguez: available now, healthcare match, round-robin turn",
    ],
    ["the same path now names a rep", STORY_CONFIG, withPath("enterprise", { destination: { type: "rep", repId: "maya" } }), BANK, {}, "same path 'Enterprise': now assigns to Maya Rodriguez by name"],
    ["the same path, another team", STORY_CONFIG, withPath("enterprise", { destination: { type: "team", teamId: "inside", strategy: { filters: [], chooser: { type: "round_robin" } } } }), BANK, {}, "same path 'Enterprise': now sends to the Inside Sales team"],
    ["the same path, a rotation shifted by an earlier move", STORY_CONFIG, STORY_CONFIG, RETAIL, TURNED, "same path 'Inbound': Tom Becker not chosen: round-robin turn of Maya Rodriguez (earlier moves shifted the rotation)"],
    ["to the fallback queue", STORY_CONFIG, config(PATHS.filter((p) => p.id !== "inbound")), RETAIL, {}, "went to the fallback queue instead of 'Inbound': 'Inbound' was removed"],
    ["from the fallback queue", config(PATHS.filter((p) => p.id !== "inbound")), STORY_CONFIG, RETAIL, {}, "matched 'Inbound' instead of going to the fallback queue: 'Inbound' is new"],
    [
      "into nurture: a wider condition",
      STORY_CONFIG,
      withPath("startups", { when: rule("answers.company_size", "is_any_of", ["1-19", "20-199"]) }),
      RETAIL,
      {},
      "matched 'Startups' instead of 'Inbound': 'Startups' now matches",
    ],
  ])("%s", (_, published, draft, lead, afterRotations, text) => {
    const before = decide(published, lead);
    const after = decide(draft, lead, afterRotations);
    expect(before.repId ?? before.outcome).not.toBe(after.repId ?? after.outcome);
    expect(explainMove(before, after, names, { before: published.paths, after: draft.paths })).toBe(text);
    // Only a move on the same path and pool follows an earlier move; every other one is the draft's own.
    expect(isKnockOn(before, after)).toBe(text.endsWith("(earlier moves shifted the rotation)"));
  });

  // A stored reason without a usable instant of its own names the rep's zone with its offset when
  // the draft's decision was made (summer here), as the lead page and Test a lead do.
  it("words a zone at the instant the draft's decision was made", () => {
    const before = decide(STORY_CONFIG, RETAIL);
    const turned = decide(STORY_CONFIG, RETAIL, TURNED);
    const outside = { code: "OUTSIDE_WORKING_HOURS" as const, timeZone: "America/Los_Angeles", nextStartIso: "", nextLocalTime: "07:00", nextLocalWeekday: 1 };
    const after = { ...turned, evaluatedAtIso: "2026-07-04T12:00:00.000Z", skipped: [{ repId: before.repId!, pathId: turned.pathId!, reasons: [outside] }] };
    expect(explainMove(before, after, names)).toContain("skipped: outside working hours until Mon 07:00 Los Angeles (GMT−7)");
  });

  it("without the configs' paths, says only what the decision records show", () => {
    const draft = config(PATHS.filter((p) => p.id !== "enterprise"));
    expect(explainMove(decide(STORY_CONFIG, BANK), decide(draft, BANK), names)).toBe("matched 'Inbound' instead of 'Enterprise'");
  });
});
