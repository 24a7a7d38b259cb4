// The launcher (server/cli/serve.ts) holds the embedded database's folder lock from the moment
// prepare-app (a child process: migrations, seed) has closed the database until the app opens it
// again. That gap is Next.js starting — tens of seconds on a busy machine — and a CLI command
// started in it (`npm run apikey` right after `npm run dev`) found the folder free, opened the
// database itself, and the app's job workers, failing to open it, never started: `/api/health`
// said `jobs: down` until the next restart. Held, the folder names the launcher's process: a
// command waits for the app's CLI channel as it does while the app starts, and the app, in this
// same process, takes the lock over when it opens the database (server/db/data-dir-lock.ts takes
// over a lock of its own process id).
import path from "node:path";
import { reserveDataDirLock } from "../../db/data-dir-lock";

/**
 * Holds the data folder's lock for this process (data-dir-lock.ts's reserveDataDirLock), unless
 * another live process holds it (the app then says so itself when it opens). Nothing to hold on a
 * PostgreSQL server. Returns whether it holds the lock.
 */
export function holdEmbeddedDatabase(config: { DATABASE_URL?: string; PGLITE_DIR: string }): boolean {
  if (config.DATABASE_URL) return false;
  return reserveDataDirLock(path.resolve(config.PGLITE_DIR));
}
