// Walking a sequence: which email comes after a step, and the waits before it. Steps run in
// order; an end step (or the last step) ends the sequence.
import type { TEmailStep, TSequenceDefinition, TWaitStep } from "./sequence-definition";

export interface TNextEmail {
  stepIndex: number;
  step: TEmailStep;
  waitsBefore: TWaitStep[];
}

/** The first email after `afterIndex` (-1: from the start) and the waits on the way; null = the sequence ends. */
export function nextEmailStep(def: TSequenceDefinition, afterIndex: number): TNextEmail | null {
  const waitsBefore: TWaitStep[] = [];
  for (let i = afterIndex + 1; i < def.steps.length; i++) {
    const step = def.steps[i]!;
    if (step.type === "end") return null;
    if (step.type === "wait") waitsBefore.push(step);
    else return { stepIndex: i, step, waitsBefore };
  }
  return null;
}
