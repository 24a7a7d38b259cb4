// What `npm run db:seed` may do with the database it finds — pure (no I/O), so the rules read in
// one place and decide-db-seed.unit.test.ts pins them in a table. Seeding re-creates the demo
// workspace from scratch (prisma/seed/seed-demo.ts deletes the old one, and the form at /f/demo
// whichever workspace owns it), so it never does that to something that exists without --reset;
// and the demo accounts share a public password (README "Demo accounts"), so a production
// database gets them only with --allow-production. `--history` on an existing demo replaces only
// its generated history (rows tagged as history) and needs neither flag.
// The demo's live leads (prisma/seed/seed-live-demo-leads.ts) come with the history, never in
// production: they go through the real intake, whose jobs would mail the demo reps' addresses from
// a production mail setup. Submitted with Idempotency-Keys, they are added once per demo
// workspace: `--history` again keeps the ones there (as the newcomer left them) and adds none.

export type TSeedHistory = "only" | "with" | "without";

export interface TDbSeedRequest {
  /** only: just the demo history (--history); with: workspace + history; without: --no-history. */
  history: TSeedHistory;
  /** --reset: delete and re-create what exists. */
  reset: boolean;
  /** --allow-production: seed the demo accounts although NODE_ENV=production. */
  allowProduction: boolean;
}

/** What seeding the demo workspace would delete, counted before anything is written. */
export interface TDemoFootprint {
  /** The existing demo workspace (slug "demo"), or null. */
  workspace: { name: string; forms: number; leads: number; historyLeads: number; members: number; teams: number } | null;
  /** The form at /f/demo when another workspace owns it (form slugs are unique across workspaces). */
  foreignDemoForm: { workspaceSlug: string; leads: number } | null;
}

export type TDbSeedDecision =
  | { kind: "refuse"; message: string }
  | { kind: "seed"; seedWorkspace: boolean; seedHistory: boolean; seedLiveLeads: boolean };

export interface TDbSeedSettings {
  isProduction: boolean;
  /** SEED_HISTORY: whether a plain `npm run db:seed` adds the history. */
  historyByDefault: boolean;
}

const count = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString("en-US")} ${n === 1 ? one : many}`;

function deletionLines(footprint: TDemoFootprint): string[] {
  const lines: string[] = [];
  const ws = footprint.workspace;
  if (ws) {
    const history = ws.historyLeads > 0 ? ` (${ws.historyLeads.toLocaleString("en-US")} of them generated demo history)` : "";
    lines.push(
      `The demo workspace "${ws.name}" (slug demo) already exists. Seeding deletes it and everything in it:`,
      `  ${count(ws.forms, "form")}, ${count(ws.leads, "lead")}${history}, ${count(ws.members, "member")}, ${count(ws.teams, "team")},`,
      "  and its routing, sequences, API keys, webhooks, calendars and bookings.",
    );
  }
  const foreign = footprint.foreignDemoForm;
  if (foreign) {
    lines.push(`The form at /f/demo belongs to workspace "${foreign.workspaceSlug}": seeding deletes it too, with its ${count(foreign.leads, "lead")} (the demo form needs that address).`);
  }
  return lines;
}

export function decideDbSeed(request: TDbSeedRequest, footprint: TDemoFootprint, settings: TDbSeedSettings): TDbSeedDecision {
  // --history on an existing demo: only its generated history is replaced; nothing else is touched.
  if (request.history === "only" && footprint.workspace) return seed(false, true, settings);

  const reasons: string[] = [];
  const flags: string[] = [];
  const wouldDelete = deletionLines(footprint);
  if (wouldDelete.length && !request.reset) {
    reasons.push(...wouldDelete);
    if (footprint.workspace) reasons.push("To keep it, leave it; to add or replace only its demo history: npm run db:seed -- --history");
    flags.push("--reset");
  }
  if (settings.isProduction && !request.allowProduction) {
    reasons.push(
      "NODE_ENV=production: the demo accounts (…@demo.switchboard.dev) share the public password printed in the README,",
      "  so anyone who reads it could sign in to this database. Create real accounts with npm run create-owner instead.",
    );
    flags.push("--allow-production");
  }
  if (reasons.length) {
    const extra = request.history === "without" ? " --no-history" : "";
    return {
      kind: "refuse",
      message: ["npm run db:seed stopped: nothing was changed.", ...reasons, `To seed anyway: npm run db:seed -- ${flags.join(" ")}${extra}`].join("\n"),
    };
  }
  return seed(true, request.history === "only" || (request.history === "with" && settings.historyByDefault), settings);
}

/** A seed decision: the live leads come with the history, outside production only. */
function seed(seedWorkspace: boolean, seedHistory: boolean, settings: TDbSeedSettings): TDbSeedDecision {
  return { kind: "seed", seedWorkspace, seedHistory, seedLiveLeads: seedHistory && !settings.isProduction };
}
