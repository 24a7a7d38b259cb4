// Runs before `next dev` / `next start`: checks configuration, gives a development machine its
// own AUTH_SECRET (in .env.local, never committed), applies migrations and seeds the demo
// workspace on an empty database. The database is closed again before Next.js opens it.
import crypto from "node:crypto";
import fs from "node:fs";
import { loadEnvFiles } from "./lib/load-env";
import { runScript } from "./lib/run-script";

function ensureDevAuthSecret(): void {
  if (process.env.AUTH_SECRET || process.env.NODE_ENV === "production") return;
  const secret = crypto.randomBytes(32).toString("base64url");
  fs.appendFileSync(".env.local", `\n# Written by server/cli/prepare-app.ts for local development\nAUTH_SECRET=${secret}\n`);
  process.env.AUTH_SECRET = secret;
  console.log("Wrote a development AUTH_SECRET to .env.local");
}

loadEnvFiles();
ensureDevAuthSecret();
await runScript(async () => {
  const { env } = await import("../env");
  const config = env();
  const { connectConfigured } = await import("../db/client");
  const { applyMigrations } = await import("../db/migrate");
  const { seedDemo, demoCredentialsText } = await import("../../prisma/seed/seed-demo");
  const handle = await connectConfigured();
  try {
    const applied = await applyMigrations(handle.adapterFactory);
    const where = handle.kind === "pglite" ? `embedded PostgreSQL in ${config.PGLITE_DIR}` : "PostgreSQL server (DATABASE_URL)";
    console.log(`Database: ${where}; ${applied.length ? `applied ${applied.join(", ")}` : "migrations up to date"}.`);
    const seeded = config.SEED_ON_EMPTY && (await seedDemo(handle.db, new Date(), { onlyIfEmpty: true }));
    if (seeded) {
      console.log(`\n${demoCredentialsText(config.APP_URL)}\n`);
    } else if (await handle.db.workspace.findUnique({ where: { slug: "demo" } })) {
      console.log("Demo sign-in: admin@demo.switchboard.dev / switchboard-demo (see README for all accounts).");
    }
  } finally {
    await handle.close();
  }
});
