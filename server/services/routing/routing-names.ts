// Names for describing decisions (reason codes → text): reps and teams of the workspace.
import type { TRoutingNames } from "../../domain/routing/describe-reason";

export function routingNames(repNames: ReadonlyMap<string, string>, teamNames: ReadonlyMap<string, string>): TRoutingNames {
  return {
    repName: (id) => repNames.get(id) ?? "a former rep",
    teamName: (id) => teamNames.get(id) ?? "a removed team",
  };
}
