// The launcher (server/cli/serve.ts) holds the embedded database's folder lock from the moment
// prepare-app (a child process: migrations, seed) has closed the database until the app opens it
// again. That gap is Next.js starting — tens of seconds on a busy machine — and a CLI command
// started in it (`npm run apikey` right after `npm run dev`) found the folder free, opened the
// database itself, and the app's job workers, failing to open it, never started: `/api/health`
// said `jobs: down` until the next restart. Held, the folder names the launcher's process: a
// command waits for the app's CLI channel as it does while the app starts, and the app, in this
// same process, takes the lock over when it opens the database (server/db/data-dir-lock.ts takes
// over a lock of its own process id).
import fs from "node:fs";
import path from "node:path";
import { dataDirLockHolder } from "../../db/data-dir-lock";

/**
 * Writes this process's id into the data folder's lock file (`<dir>.lock`, as data-dir-lock.ts
 * names it), unless another live process holds it (the app then says so itself when it opens).
 * Nothing to hold on a PostgreSQL server. Returns whether it holds the lock.
 */
export function holdEmbeddedDatabase(config: { DATABASE_URL?: string; PGLITE_DIR: string }): boolean {
  if (config.DATABASE_URL) return false;
  const dataDir = path.resolve(config.PGLITE_DIR);
  if (dataDirLockHolder(dataDir) !== null) return false;
  const lockPath = `${dataDir}.lock`;
  fs.mkdirSync(path.dirname(lockPath), { recursive: true });
  // A lock left by a dead process is stale (dataDirLockHolder said nobody alive holds it).
  fs.rmSync(lockPath, { force: true });
  try {
    fs.writeFileSync(lockPath, String(process.pid), { flag: "wx" });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return false; // taken just now: the app will say by whom
    throw error;
  }
  return true;
}
