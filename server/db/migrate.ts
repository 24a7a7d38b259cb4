// Applies committed migrations (prisma/migrations) exactly as `prisma migrate deploy` would,
// recording them in _prisma_migrations, and writes new ones from schema changes.
import fs from "node:fs";
import path from "node:path";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { MIGRATIONS_DIR, NO_FILTER, SCHEMA_PATH, readMigrationList, withSchemaEngine } from "./schema-engine";

export async function applyMigrations(adapterFactory: SqlMigrationAwareDriverAdapterFactory): Promise<string[]> {
  return withSchemaEngine(adapterFactory, async (engine) => {
    const { appliedMigrationNames } = await engine.applyMigrations({
      migrationsList: readMigrationList(),
      filters: NO_FILTER,
    });
    return appliedMigrationNames;
  });
}

/** Writes prisma/migrations/<timestamp>_<name>/migration.sql for the schema changes since the last migration. */
export async function createMigration(
  adapterFactory: SqlMigrationAwareDriverAdapterFactory,
  name: string,
): Promise<string | null> {
  const lockPath = path.join(MIGRATIONS_DIR, "migration_lock.toml");
  if (!fs.existsSync(lockPath)) {
    fs.mkdirSync(MIGRATIONS_DIR, { recursive: true });
    fs.writeFileSync(lockPath, '# Do not edit by hand: written by server/cli/db-migrate-create.ts\nprovider = "postgresql"\n');
  }
  const script = await withSchemaEngine(adapterFactory, async (engine) => {
    const result = await engine.diff({
      from: { tag: "migrations", ...readMigrationList(MIGRATIONS_DIR, { forDiff: true }) },
      to: { tag: "schemaDatamodel", files: [{ path: SCHEMA_PATH, content: fs.readFileSync(SCHEMA_PATH, "utf8") }] },
      script: true,
      exitCode: null,
      filters: NO_FILTER,
    });
    return result.stdout ?? "";
  });
  if (!script.trim() || script.includes("empty migration")) return null;
  const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
  const dir = path.join(MIGRATIONS_DIR, `${stamp}_${name.replace(/[^a-z0-9_]+/gi, "_").toLowerCase()}`);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, "migration.sql"), script);
  return dir;
}
