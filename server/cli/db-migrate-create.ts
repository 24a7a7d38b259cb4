// npm run db:migrate:create -- <name> — writes the migration for schema.prisma changes since the
// last committed migration (diffed on a throw-away in-memory database; no server needed).
import { runScript } from "./lib/run-script";

await runScript(async () => {
  const name = process.argv[2];
  if (!name) throw new Error("Usage: npm run db:migrate:create -- <name>");
  const { connectPglite } = await import("../db/client");
  const { createMigration } = await import("../db/migrate");
  const handle = await connectPglite();
  try {
    const dir = await createMigration(handle.adapterFactory, name);
    console.log(dir ? `Wrote ${dir}/migration.sql — review it and commit it.` : "No schema changes.");
  } finally {
    await handle.close();
  }
});
