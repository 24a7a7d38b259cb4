// The hooks recordLeadOutcome runs in its transaction after each new outcome (see TAfterOutcomeRecorded).
// To extend: write `export const myHook: TAfterOutcomeRecorded = async (tx, outcome) => { … }` in
// your own module (import the type from ./outcome-types, never from the service), and add it to
// this list. Hooks run in this order; each sees the same transaction.
import { updateLearnedCounters } from "../routing/learned-counters";
import type { TAfterOutcomeRecorded } from "./outcome-types";

export const AFTER_OUTCOME_RECORDED: readonly TAfterOutcomeRecorded[] = [
  // Learned routing: the lead's pool × rep × segment counter moves when its resolution does.
  updateLearnedCounters,
];
