// The database a command runs against must already be Switchboard's: the embedded database's
// folder is checked before it is opened (opening it would create an empty database there), and
// once open, its tables must exist (migrations applied). Otherwise one message says where the
// command looked and what to do, instead of a new empty folder and a missing-table stack trace.
import fs from "node:fs";
import path from "node:path";
import type { DbHandle } from "../db/client";

export class MissingDatabaseError extends Error {}

const START_OR_POINT = "Start `npm run dev` once to create and seed it, or set DATABASE_URL / PGLITE_DIR to the database you mean.";

/** Throws when the embedded database's folder holds no database (checked without creating anything). */
export function checkPgliteDirExists(dataDir: string): void {
  if (fs.existsSync(path.join(dataDir, "PG_VERSION"))) return;
  throw new MissingDatabaseError(`No Switchboard database at ${dataDir}. ${START_OR_POINT}`);
}

/** Throws when the open database has no Switchboard tables (no migrations applied). */
export async function checkSchemaApplied(handle: DbHandle, where: string): Promise<void> {
  const [row] = await handle.db.$queryRaw<{ hasTables: boolean }[]>`SELECT to_regclass('public."Workspace"') IS NOT NULL AS "hasTables"`;
  if (row?.hasTables) return;
  const todo = handle.kind === "pglite" ? START_OR_POINT : "Run `npm run db:migrate` (and `npm run db:seed` for the demo workspace), or set DATABASE_URL to the database you mean.";
  throw new MissingDatabaseError(`The Switchboard database at ${where} has no tables yet. ${todo}`);
}
