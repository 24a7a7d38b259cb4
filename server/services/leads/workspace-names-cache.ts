// The names of a workspace's reps and teams, as a lead's reasons and alerts show them, cached per
// process and workspace with the roster version they were read at (workspace-version-cache.ts;
// RoutingRosterVersion is bumped in the same transaction by every change of a rep, a team, or a
// rep's user name or email — migration routing_roster_version). A reader sends the version it
// holds and the database answers, in the same statement, either "still current" or the names
// afresh (lead-resource-data.ts), so cached names are never older than the statement that used
// them. Without it every POST /api/v1/leads answer and every rep alert read all of a workspace's
// reps: ~78 KB and 3–5 ms of PostgreSQL per read at 1,000 reps.
import { deepFreeze } from "../../domain/deep-freeze";
import { workspaceVersionCache } from "../workspace-version-cache";

export interface TWorkspaceNames {
  reps: readonly { id: string; name: string | null; email: string }[];
  teams: readonly { id: string; name: string }[];
}

interface TEntry {
  /** Roster version the names were read at. */
  version: number;
  names: TWorkspaceNames;
}

const cache = workspaceVersionCache<TEntry>("__switchboardWorkspaceNames", (entry) => entry.version);

/** The names this process holds for the workspace, with the roster version they were read at. */
export function heldNames(workspaceId: string): TEntry | undefined {
  return cache.held(workspaceId);
}

/** Keeps names read at `version` (frozen: every caller shares them); a newer held version stays. */
export function holdNames(workspaceId: string, version: number, names: TWorkspaceNames): TWorkspaceNames {
  const frozen = deepFreeze(names);
  cache.hold(workspaceId, { version, names: frozen });
  return frozen;
}

/** Drops the workspace's held names: the next read takes them from the database (the bench's baseline). */
export function forgetNames(workspaceId: string): void {
  cache.forget(workspaceId);
}
