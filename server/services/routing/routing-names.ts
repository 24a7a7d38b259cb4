// Names for describing decisions (reason codes → text): reps and teams of the workspace.
import type { TRoutingNames } from "../../domain/routing/describe-reason";
import type { TWorkspaceNames } from "../leads/workspace-names-cache";

export function routingNames(repNames: ReadonlyMap<string, string>, teamNames: ReadonlyMap<string, string>): TRoutingNames {
  return {
    repName: (id) => repNames.get(id) ?? "a former rep",
    teamName: (id) => teamNames.get(id) ?? "a removed team",
  };
}

/** The names of a workspace's reps (their name, else their email) and teams, as the names cache holds them. */
export function routingNamesOf(names: TWorkspaceNames): TRoutingNames {
  return routingNames(new Map(names.reps.map((r) => [r.id, r.name ?? r.email])), new Map(names.teams.map((t) => [t.id, t.name])));
}
