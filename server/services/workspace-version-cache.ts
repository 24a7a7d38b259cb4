// A per-process cache of one value per workspace, each read at a roster version
// (RoutingRosterVersion: bumped in the same transaction by every change the value depends on).
// The routing roster (routing/roster-cache.ts) and the names reasons show (leads/workspace-names-cache.ts)
// keep theirs here:
//   - one Map per process, whichever bundle layer of Next imports the module (keyed on globalThis);
//   - a value read at an older version than the one held never replaces it (two reads racing:
//     the newer stays, the older would only be read again);
//   - at most MAX_WORKSPACES entries: the least recently stored goes first.
// Whether a held value may serve is the caller's question (the version check in its statement,
// an age limit): this only holds values.

const MAX_WORKSPACES = 1_000;

export interface TWorkspaceVersionCache<T> {
  /** The value held for the workspace, if any. */
  held(workspaceId: string): T | undefined;
  /** Holds `value` unless a newer version is held. */
  hold(workspaceId: string, value: T): void;
  /** Drops the workspace's value: the next read takes it from the database. */
  forget(workspaceId: string): void;
}

/** The cache named `globalKey` (one per process); `versionOf` reads a value's roster version. */
export function workspaceVersionCache<T>(globalKey: string, versionOf: (value: T) => number): TWorkspaceVersionCache<T> {
  const holder = globalThis as unknown as Record<string, Map<string, T> | undefined>;
  const entries = (holder[globalKey] ??= new Map<string, T>());
  return {
    held: (workspaceId) => entries.get(workspaceId),
    hold(workspaceId, value) {
      const current = entries.get(workspaceId);
      if (current !== undefined && versionOf(current) > versionOf(value)) return;
      entries.delete(workspaceId);
      if (entries.size >= MAX_WORKSPACES) entries.delete(entries.keys().next().value!);
      entries.set(workspaceId, value);
    },
    forget: (workspaceId) => void entries.delete(workspaceId),
  };
}
