// "Step N of M" for the hosted form, the embed and the editor preview. Both numbers come from one
// walk with the shared form logic (the same evaluator that shows, hides and picks the next step):
// N counts the steps the prospect has passed through to get here (their history) plus this one;
// M is N plus the steps the current answers lead to after this one. So N ≤ M always, the count
// on Next never jumps (the step moved to was already counted), and M changes only while the
// prospect answers — when an answer shows or hides a later step (the demo form drops "Getting
// started" once a budget is chosen: "Step 3 of 5" becomes "Step 3 of 4" as the budget is picked).
import type { TNextStep } from "@/server/domain/forms/form-logic";

/** The steps after `stepId` as the current answers lead (a step met twice ends the walk: a loop). */
export function stepsAfter(nextStep: (fromStepId: string) => TNextStep, stepId: string): string[] {
  const seen = new Set([stepId]);
  const ahead: string[] = [];
  for (let next = nextStep(stepId); next.type === "step" && !seen.has(next.stepId); next = nextStep(next.stepId)) {
    seen.add(next.stepId);
    ahead.push(next.stepId);
  }
  return ahead;
}

export function stepPosition(historyLength: number, ahead: readonly string[]): { current: number; total: number } {
  const current = historyLength + 1;
  return { current, total: current + ahead.length };
}
