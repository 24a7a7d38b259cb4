// PGlite does not lock its data folder, and two processes writing one folder corrupt it silently.
// We hold an exclusive lock file (O_EXCL create) for the life of the process; a second process is
// refused with a message that says who holds it. A lock left by a dead process is taken over.
import fs from "node:fs";
import path from "node:path";

export class DataDirInUseError extends Error {}

const held = new Set<string>();

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function lockPathOf(dataDir: string): string {
  return path.join(path.dirname(path.resolve(dataDir)), `${path.basename(dataDir)}.lock`);
}

/** The live process (not this one) holding the data folder's lock, or null; reads, never takes. */
export function dataDirLockHolder(dataDir: string): number | null {
  let owner: number;
  try {
    owner = Number.parseInt(fs.readFileSync(lockPathOf(dataDir), "utf8"), 10);
  } catch {
    return null;
  }
  return Number.isFinite(owner) && owner !== process.pid && isAlive(owner) ? owner : null;
}

/**
 * Writes this process's id into the data folder's lock unless another live process holds it, without
 * opening anything: a later acquireDataDirLock in this same process takes it over (a lock of its own
 * pid). For a launcher that keeps the folder while the app it hosts starts. Returns whether it holds it.
 */
export function reserveDataDirLock(dataDir: string): boolean {
  if (dataDirLockHolder(dataDir) !== null) return false;
  const lockPath = lockPathOf(dataDir);
  fs.mkdirSync(path.dirname(lockPath), { recursive: true });
  fs.rmSync(lockPath, { force: true }); // stale, or our own: nobody alive holds it
  try {
    fs.writeFileSync(lockPath, String(process.pid), { flag: "wx" });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return false; // taken just now: the app will say by whom
    throw error;
  }
  return true;
}

export function acquireDataDirLock(dataDir: string): () => void {
  fs.mkdirSync(dataDir, { recursive: true });
  const lockPath = lockPathOf(dataDir);
  if (held.has(lockPath)) throw new DataDirInUseError(`${dataDir} is already open in this process`);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = fs.openSync(lockPath, "wx");
      fs.writeSync(fd, String(process.pid));
      fs.closeSync(fd);
      held.add(lockPath);
      const release = () => {
        if (!held.delete(lockPath)) return;
        try {
          if (fs.readFileSync(lockPath, "utf8") === String(process.pid)) fs.unlinkSync(lockPath);
        } catch {
          /* already gone */
        }
      };
      process.once("exit", release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const owner = Number.parseInt(fs.readFileSync(lockPath, "utf8"), 10);
      if (Number.isFinite(owner) && owner !== process.pid && isAlive(owner)) {
        throw new DataDirInUseError(
          `The embedded database in ${dataDir} is in use by another process (pid ${owner}).\n` +
            "If it is `npm run dev` still starting, try again in a moment: once it is up, commands run inside it.\n" +
            "Otherwise PGlite serves one process only: stop the other Switchboard process (npm run dev / npm start / a script),\n" +
            "or set DATABASE_URL to a PostgreSQL server to run several app and worker processes.",
        );
      }
      fs.rmSync(lockPath, { force: true }); // stale: its process is gone
    }
  }
  throw new DataDirInUseError(`Could not lock ${dataDir}`);
}
