// Name lookups for describing reason codes and events, from the plain maps the view carries.
import type { TRoutingNames } from "@/server/domain/routing/describe-reason";
import type { TEventNames } from "./event-text";

export interface TNameMaps {
  repNames: Record<string, string>;
  teamNames: Record<string, string>;
  userNames: Record<string, string>;
}

export function namesOf(maps: TNameMaps): TRoutingNames & TEventNames {
  return {
    repName: (id) => maps.repNames[id] ?? "a former rep",
    teamName: (id) => maps.teamNames[id] ?? "a removed team",
    userName: (id) => maps.userNames[id] ?? "a former member",
  };
}
