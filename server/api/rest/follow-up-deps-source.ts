// The routing follow-up deps a lead handler needs, or how to get them: the app's are made only once
// a key is valid (tests pass them ready). One definition for the create and reassign handlers.
import type { TFollowUpDeps } from "../../services/routing/after-assignment";

export type TDepsSource = TFollowUpDeps | (() => Promise<TFollowUpDeps>);

export function depsOf(source: TDepsSource): Promise<TFollowUpDeps> {
  return typeof source === "function" ? source() : Promise.resolve(source);
}
