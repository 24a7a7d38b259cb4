// Opens embedded PostgreSQL. Every PGlite opening a folder must load the same extensions.
import { PGlite } from "@electric-sql/pglite";
import { btree_gist } from "@electric-sql/pglite/contrib/btree_gist";
import { acquireDataDirLock } from "./data-dir-lock";

export const PGLITE_EXTENSIONS = { btree_gist };

/** dataDir undefined → in memory (tests). Returns the PGlite and a close() that releases the lock. */
export async function openPglite(dataDir?: string): Promise<{ pglite: PGlite; close: () => Promise<void> }> {
  const release = dataDir ? acquireDataDirLock(dataDir) : () => {};
  try {
    const pglite = await PGlite.create(dataDir ? { dataDir, extensions: PGLITE_EXTENSIONS } : { extensions: PGLITE_EXTENSIONS });
    let closed = false;
    return {
      pglite,
      close: async () => {
        if (closed) return;
        closed = true;
        await pglite.close();
        release();
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}
