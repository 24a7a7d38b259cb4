// The routing roster (reps' profiles, hours, time off, busy blocks, membership, teams and the
// published config id), cached per process and workspace so that a routed lead does not read it
// in its transaction. Every change of what it holds bumps RoutingRosterVersion in the same
// transaction (database triggers, migration routing_roster_version); live routing compares that
// number under the routing lock, inside the live-load query (no extra round trip), and reloads a
// stale roster before deciding (route-lead.ts): a stale cache is never used for a decision.
// Time-dependent parts (time off still to come, busy blocks of the next 24 h) are read relative to
// the load's `now`, so an entry is also reloaded once `now` leaves [loadedAt, loadedAt + MAX_AGE)
// (the test clock may move either way). Previews (Test a lead, Replay) read the roster afresh.
// Entries are kept as workspace-version-cache.ts keeps them (per process, newest version wins).
import type { TRawSql } from "../../db/raw-sql";
import { workspaceVersionCache } from "../workspace-version-cache";
import { loadRoster, type TRoutingRoster } from "./load-routing-state";

/** How long a roster serves decisions (busy blocks are loaded 24 h ahead: ample). */
export const ROSTER_MAX_AGE_MS = 60_000;

interface TEntry {
  roster: TRoutingRoster;
  loadedAt: number;
}

const cache = workspaceVersionCache<TEntry>("__switchboardRosters", (entry) => entry.roster.version);

/** The cached roster of the workspace when it can serve `now`, else a fresh one (then cached). */
export async function cachedRoster(db: Pick<TRawSql, "$queryRaw">, workspaceId: string, now: Date): Promise<TRoutingRoster> {
  const entry = cache.held(workspaceId);
  const age = entry ? now.getTime() - entry.loadedAt : -1;
  if (entry && age >= 0 && age < ROSTER_MAX_AGE_MS) return entry.roster;
  return reloadRoster(db, workspaceId, now);
}

/** Reads the roster afresh (e.g. under the lock, when the version moved) and caches it. */
export async function reloadRoster(db: Pick<TRawSql, "$queryRaw">, workspaceId: string, now: Date): Promise<TRoutingRoster> {
  const roster = await loadRoster(db, workspaceId, now);
  cache.hold(workspaceId, { roster, loadedAt: now.getTime() });
  return roster;
}
