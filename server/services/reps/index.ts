// Rep profiles: create, edit, (de)activate, list, get. Every call is scoped by workspaceId.
export { createDefaultRepProfile } from "./create-default-rep-profile";
export { createRep } from "./create-rep";
export { getRep, type TRepDetail } from "./get-rep";
export { listRepCandidates, listReps, type TRepCandidate } from "./list-reps";
export type { TRepSummary } from "./rep-records";
export { setRepActive } from "./set-rep-active";
export { updateRep } from "./update-rep";
