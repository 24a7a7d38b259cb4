// npm run db:migrate — applies committed migrations to the configured database (embedded PGlite,
// or DATABASE_URL). Safe to run repeatedly and from several processes.
import { loadEnvFiles } from "./lib/load-env";
import { runScript } from "./lib/run-script";

loadEnvFiles();
await runScript(async () => {
  const { connectConfigured } = await import("../db/client");
  const { applyMigrations } = await import("../db/migrate");
  const handle = await connectConfigured();
  try {
    const applied = await applyMigrations(handle.adapterFactory);
    console.log(applied.length ? `Applied ${applied.length} migration(s): ${applied.join(", ")}` : "Database is up to date.");
  } finally {
    await handle.close();
  }
});
