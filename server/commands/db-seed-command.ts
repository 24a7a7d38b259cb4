// npm run db:seed: seeds the demo workspace (slug "demo"); other workspaces are left alone.
// On an empty database it just seeds. When a demo workspace exists (or another workspace owns the
// form at /f/demo) it stops, says what seeding would delete and changes nothing, unless --reset
// asks to re-create it; with NODE_ENV=production it seeds the demo accounts (public password) only
// with --allow-production. The rules are decideDbSeed (./decide-db-seed.ts).
// With ~90 days of analytics history unless SEED_HISTORY=false or --no-history.
// `npm run db:seed -- --history` adds (or replaces) only the history of the existing demo
// workspace, keeping everything else (it seeds the workspace first when there is none).
// With the history (outside production) come the demo's live leads, submitted through the real
// intake (prisma/seed/seed-live-demo-leads.ts): once per demo workspace, a rerun adds none.
import { z } from "zod";
import { demoCredentialsText, seedDemo } from "../../prisma/seed/seed-demo";
import { seedDemoHistory } from "../../prisma/seed/history/seed-history";
import { liveDemoLeadsLine, seedLiveDemoLeads } from "../../prisma/seed/seed-live-demo-leads";
import type { Db } from "../db/client";
import { applyMigrations } from "../db/migrate";
import { devEmbedDemoOrigins, env, type TEnv } from "../env";
import { now } from "../time/clock";
import { withFollowUpQueue } from "../workers/with-follow-up-queue";
import { CommandUsageError, defineCommand, type TCommandContext } from "./command";
import { decideDbSeed, type TDemoFootprint } from "./decide-db-seed";

const ZDbSeedArgs = z
  .object({
    history: z.enum(["only", "with", "without"]),
    reset: z.boolean().default(false),
    allowProduction: z.boolean().default(false),
  })
  .refine((args) => !(args.reset && args.history === "only"), {
    path: ["reset"],
    message: "--history replaces only the demo history and --reset re-creates the whole demo workspace: give one of them",
  });
type TDbSeedArgs = z.infer<typeof ZDbSeedArgs>;

/** Counts what seeding would delete (the demo workspace's rows, a /f/demo form of another workspace). */
async function loadDemoFootprint(db: Db): Promise<TDemoFootprint> {
  const [workspace, demoForm] = await Promise.all([
    db.workspace.findUnique({ where: { slug: "demo" }, select: { id: true, name: true, _count: { select: { forms: true, leads: true, memberships: true, teams: true } } } }),
    db.form.findUnique({ where: { slug: "demo" }, select: { workspaceId: true, workspace: { select: { slug: true } }, _count: { select: { leads: true } } } }),
  ]);
  // History leads carry ids starting "hist" (prisma/seed/history/insert-history.ts).
  const historyLeads = workspace ? await db.lead.count({ where: { workspaceId: workspace.id, id: { startsWith: "hist" } } }) : 0;
  return {
    workspace: workspace && { name: workspace.name, forms: workspace._count.forms, leads: workspace._count.leads, historyLeads, members: workspace._count.memberships, teams: workspace._count.teams },
    foreignDemoForm: demoForm && demoForm.workspaceId !== workspace?.id ? { workspaceSlug: demoForm.workspace.slug, leads: demoForm._count.leads } : null,
  };
}

/** The command's work with its settings passed in (the command passes env()): load → decide → seed. */
async function runDbSeed({ handle, appUrl, print }: TCommandContext, args: TDbSeedArgs, config: Pick<TEnv, "NODE_ENV" | "SEED_HISTORY" | "EMBED_DEMO_PORT" | "AUTH_SECRET">): Promise<void> {
  await applyMigrations(handle.adapterFactory);
  const decision = decideDbSeed(args, await loadDemoFootprint(handle.db), { isProduction: config.NODE_ENV === "production", historyByDefault: config.SEED_HISTORY });
  // A usage error: printed as a message (no stack) here and through the dev app's CLI channel.
  if (decision.kind === "refuse") throw new CommandUsageError(decision.message);
  if (decision.seedWorkspace) await seedDemo(handle.db, now(), { embedOrigins: devEmbedDemoOrigins(config) });
  if (decision.seedHistory) {
    const history = await seedDemoHistory(handle.db, now());
    print(`Demo history: ${history.leads} leads and ${history.visits} form visits over 90 days (closed; live load, caps and rotation untouched).`);
  }
  if (decision.seedLiveLeads) {
    const live = await withFollowUpQueue(handle, { appUrl, authSecret: config.AUTH_SECRET }, (routing) => seedLiveDemoLeads(handle.db, routing, now()));
    print(liveDemoLeadsLine(live));
  }
  if (decision.seedWorkspace) print(demoCredentialsText(appUrl));
}

export const dbSeedCommand = defineCommand({
  name: "db:seed",
  usage: "npm run db:seed [-- --reset] [--history | --no-history] [--allow-production]",
  canCreateDatabase: true,
  options: { history: { type: "boolean" }, "no-history": { type: "boolean" }, reset: { type: "boolean" }, "allow-production": { type: "boolean" } },
  schema: ZDbSeedArgs,
  fromArgv: (values) => ({
    history: values.history ? "only" : values["no-history"] ? "without" : "with",
    reset: values.reset === true,
    allowProduction: values["allow-production"] === true,
  }),
  run: (ctx, args) => runDbSeed(ctx, args, env()),
});
