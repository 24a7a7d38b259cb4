// Runs before the app server starts (`npm run dev`, `npm start`): checks configuration, applies
// migrations, and on an empty database either seeds the demo workspace (development) or prints a
// one-time setup link for the first owner (production never seeds by itself). With the demo come
// ~90 days of closed history and a handful of live leads routed now (SEED_HISTORY=false: neither).
// The database is closed again before Next.js opens it.
// server/cli/serve.ts runs it with NODE_ENV set: development for `npm run dev`, production for
// `npm start` unless NODE_ENV says otherwise.
//
// Secrets: only development generates them (a random AUTH_SECRET and CALENDAR_ENCRYPTION_KEY
// appended to .env.local, never committed). A production start without them stops with a
// message; it never writes one.
import crypto from "node:crypto";
import fs from "node:fs";
import { loadEnvFiles } from "./lib/load-env";
import { runScript } from "./lib/run-script";

function isDevelopment(): boolean {
  return (process.env.NODE_ENV ?? "development") === "development";
}

function ensureDevSecret(name: "AUTH_SECRET" | "CALENDAR_ENCRYPTION_KEY"): void {
  if (process.env[name] || !isDevelopment()) return;
  const secret = crypto.randomBytes(32).toString("base64url");
  fs.appendFileSync(".env.local", `\n# Written by server/cli/prepare-app.ts for local development\n${name}=${secret}\n`);
  process.env[name] = secret;
  console.log(`Wrote a development ${name} to .env.local`);
}

loadEnvFiles();
ensureDevSecret("AUTH_SECRET");
ensureDevSecret("CALENDAR_ENCRYPTION_KEY");
await runScript(async () => {
  const { env, devEmbedDemoOrigins } = await import("../env");
  const config = env();
  const { connectConfigured } = await import("../db/client");
  const { applyMigrations } = await import("../db/migrate");
  const { seedDemo, demoCredentialsText } = await import("../../prisma/seed/seed-demo");
  const { issueSetupToken } = await import("../services/setup/first-owner");
  const handle = await connectConfigured();
  try {
    const applied = await applyMigrations(handle.adapterFactory);
    const where = handle.kind === "pglite" ? `embedded PostgreSQL in ${config.PGLITE_DIR}` : "PostgreSQL server (DATABASE_URL)";
    console.log(`Database: ${where}; ${applied.length ? `applied ${applied.join(", ")}` : "migrations up to date"}.`);
    // --allow-demo-accounts: the e2e harness's production build signs in as the demo people on purpose.
    if (config.NODE_ENV === "production" && !process.argv.includes("--allow-demo-accounts")) await refusePublicDemoAccounts(handle.db);
    const seeded = config.SEED_ON_EMPTY && (await seedDemo(handle.db, new Date(), { onlyIfEmpty: true, embedOrigins: devEmbedDemoOrigins(config) }));
    if (seeded && config.SEED_HISTORY) {
      const { seedDemoHistory } = await import("../../prisma/seed/history/seed-history");
      const history = await seedDemoHistory(handle.db, new Date());
      console.log(`Demo history: ${history.leads} leads and ${history.visits} form visits over 90 days (SEED_HISTORY=false leaves it out).`);
      if (config.NODE_ENV !== "production") console.log(await seedLiveLeads(handle, config));
    }
    if (seeded) {
      console.log(`\n${demoCredentialsText(config.APP_URL)}\n`);
      return;
    }
    const token = await issueSetupToken(handle.db);
    if (token) {
      const appUrl = config.APP_URL.replace(/\/+$/, "");
      console.log(
        [
          "",
          "First run: no account exists yet. Create the first owner and workspace at",
          `  ${appUrl}/setup?token=${token}`,
          "(one-time setup token, valid 24 hours; every start prints a new one while no account exists)",
          'or on this machine: npm run create-owner -- --email you@example.com --workspace "Acme"',
          "",
        ].join("\n"),
      );
    } else if (config.NODE_ENV !== "production" && (await handle.db.workspace.findUnique({ where: { slug: "demo" } }))) {
      console.log("Demo sign-in: admin@demo.switchboard.dev / switchboard-demo (see README for all accounts).");
    }
  } finally {
    await handle.close();
  }
});

/**
 * The demo's live leads, after its (all closed) history: submitted "now" through the real intake,
 * so inboxes and the Overview have open work; their jobs (alerts, timers, nurture) wait in the
 * queue for the app's workers. Returns the line to print.
 */
async function seedLiveLeads(handle: import("../db/client").DbHandle, config: import("../env").TEnv): Promise<string> {
  const { seedLiveDemoLeads, liveDemoLeadsLine } = await import("../../prisma/seed/seed-live-demo-leads");
  const { withFollowUpQueue } = await import("../workers/with-follow-up-queue");
  const live = await withFollowUpQueue(handle, { appUrl: config.APP_URL, authSecret: config.AUTH_SECRET }, (routing) => seedLiveDemoLeads(handle.db, routing, new Date()));
  return liveDemoLeadsLine(live);
}

/**
 * Production never serves accounts whose password is printed in the README: a database where
 * `npm run dev` seeded the demo (the checkout's `.data/pglite` when DATABASE_URL is unset, or a
 * server database a development run used) would let anyone sign in as its owner. Stops the start
 * (ConfigError: runScript prints the message alone, and the database is closed on the way out).
 */
async function refusePublicDemoAccounts(db: import("../db/client").Db): Promise<void> {
  const { DEMO_PASSWORD, DEMO_PEOPLE } = await import("../../prisma/seed/demo-people");
  const { accountsWithKnownPassword } = await import("../services/setup/known-password-accounts");
  const exposed = await accountsWithKnownPassword(db, DEMO_PEOPLE.map((person) => person.email), DEMO_PASSWORD);
  if (exposed.length === 0) return;
  const { ConfigError } = await import("../env");
  throw new ConfigError(
    [
      "Switchboard will not start in production: this database holds the demo workspace's accounts,",
      `and ${exposed.length} of them still sign in with the public demo password (${exposed.slice(0, 3).join(", ")}${exposed.length > 3 ? ", …" : ""}).`,
      "It is the development database (npm run dev seeded it). Point DATABASE_URL at your own",
      "PostgreSQL database, or give those accounts passwords of their own first.",
    ].join("\n"),
  );
}

