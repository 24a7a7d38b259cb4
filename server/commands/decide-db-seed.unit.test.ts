// decideDbSeed: what `npm run db:seed` may do with the database it finds (./decide-db-seed.ts).
import { describe, expect, it } from "vitest";
import { decideDbSeed, type TDbSeedRequest, type TDemoFootprint } from "./decide-db-seed";

const EMPTY: TDemoFootprint = { workspace: null, foreignDemoForm: null };
const DEMO: TDemoFootprint = { workspace: { name: "Demo Co", forms: 3, leads: 1902, historyLeads: 1850, members: 12, teams: 3 }, foreignDemoForm: null };
const FOREIGN_FORM: TDemoFootprint = { workspace: null, foreignDemoForm: { workspaceSlug: "acme", leads: 1 } };
const ask = (request: Partial<TDbSeedRequest> = {}): TDbSeedRequest => ({ history: "with", reset: false, allowProduction: false, ...request });
const DEV = { isProduction: false, historyByDefault: true };
const PROD = { isProduction: true, historyByDefault: true };
/** The live demo leads come with the history, never in production (seed-live-demo-leads.ts). */
const seed = (seedWorkspace: boolean, seedHistory: boolean, seedLiveLeads = seedHistory) => ({ kind: "seed", seedWorkspace, seedHistory, seedLiveLeads });

describe("decideDbSeed", () => {
  it.each([
    ["an empty database seeds as always", ask(), EMPTY, DEV, seed(true, true)],
    ["an empty database with --no-history", ask({ history: "without" }), EMPTY, DEV, seed(true, false)],
    ["an empty database, SEED_HISTORY=false", ask(), EMPTY, { ...DEV, historyByDefault: false }, seed(true, false)],
    ["--history on an empty database seeds the workspace first", ask({ history: "only" }), EMPTY, DEV, seed(true, true)],
    ["--history on an existing demo replaces only its history", ask({ history: "only" }), DEMO, DEV, seed(false, true)],
    ["--history on an existing demo in production (no accounts created, no live leads)", ask({ history: "only" }), DEMO, PROD, seed(false, true, false)],
    ["--reset re-creates an existing demo", ask({ reset: true }), DEMO, DEV, seed(true, true)],
    ["--reset --no-history", ask({ reset: true, history: "without" }), DEMO, DEV, seed(true, false)],
    ["--reset on an empty database just seeds", ask({ reset: true }), EMPTY, DEV, seed(true, true)],
    ["--reset takes another workspace's /f/demo form", ask({ reset: true }), FOREIGN_FORM, DEV, seed(true, true)],
    ["production with --allow-production on an empty database (no live leads)", ask({ allowProduction: true }), EMPTY, PROD, seed(true, true, false)],
    ["production with both flags on an existing demo (no live leads)", ask({ allowProduction: true, reset: true }), DEMO, PROD, seed(true, true, false)],
    ["production, --allow-production, SEED_HISTORY=false (the e2e harness)", ask({ allowProduction: true }), EMPTY, { ...PROD, historyByDefault: false }, seed(true, false, false)],
  ] as const)("%s", (_name, request, footprint, settings, expected) => {
    expect(decideDbSeed(request, footprint, settings)).toEqual(expected);
  });

  it.each([
    ["an existing demo without --reset", ask(), DEMO, DEV, "npm run db:seed -- --reset", ["3 forms, 1,902 leads (1,850 of them generated demo history), 12 members, 3 teams", "npm run db:seed -- --history"]],
    ["--no-history keeps its flag in the suggestion", ask({ history: "without" }), DEMO, DEV, "npm run db:seed -- --reset --no-history", []],
    ["another workspace's /f/demo form", ask(), FOREIGN_FORM, DEV, "npm run db:seed -- --reset", ['belongs to workspace "acme"', "with its 1 lead"]],
    ["--history with no demo but another workspace's /f/demo form", ask({ history: "only" }), FOREIGN_FORM, DEV, "npm run db:seed -- --reset", []],
    ["production, empty database", ask(), EMPTY, PROD, "npm run db:seed -- --allow-production", ["NODE_ENV=production", "public password"]],
    ["production, --reset without --allow-production", ask({ reset: true }), DEMO, PROD, "npm run db:seed -- --allow-production", []],
    ["production and an existing demo: both flags", ask(), DEMO, PROD, "npm run db:seed -- --reset --allow-production", ["already exists", "public password"]],
  ] as const)("refuses: %s", (_name, request, footprint, settings, suggestion, mentions) => {
    const decision = decideDbSeed(request, footprint, settings);
    expect(decision.kind).toBe("refuse");
    const message = decision.kind === "refuse" ? decision.message : "";
    expect(message).toMatch(/^npm run db:seed stopped: nothing was changed\./);
    expect(message.split("\n").at(-1)).toBe(`To seed anyway: ${suggestion}`);
    for (const text of mentions) expect(message).toContain(text);
  });
});
