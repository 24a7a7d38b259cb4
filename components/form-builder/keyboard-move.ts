// Pure helpers for keyboard drag and drop and for announcing edits. Everything picked up with the
// keyboard moves one place per arrow key, decided from the form itself, not from on-screen
// geometry: a question within its step, then to the end of the previous step or the start of the
// next one (as the pointer can); a palette item's insertion point through the same places, every
// slot of a step (before each question and after the last); a step one place among the steps.
// `describeEdit` names what an edit did, for "Undone: …" / "Redone: …".
import type { TFormDefinition } from "@/server/domain/forms/definition";
import { locateField, stepTitle } from "@/server/domain/forms/editor/editor-state";
import type { TSelection } from "./builder-model";

export type TKeyDirection = "up" | "down";

/** A place in a step: before its question at `index` (`index` = the step's length: after the last). */
export interface TPlace {
  stepId: string;
  index: number;
}

/** Where a palette item goes when clicked, and where a keyboard pick-up starts: the end of the selected step (or of the question's step), else of the last step. */
export function clickPlace(definition: TFormDefinition, selection: TSelection): TPlace {
  const stepId =
    selection?.kind === "step" && definition.steps.some((s) => s.id === selection.id)
      ? selection.id
      : selection?.kind === "field"
        ? (locateField(definition, selection.key)?.stepId ?? definition.steps.at(-1)!.id)
        : definition.steps.at(-1)!.id;
  return { stepId, index: definition.steps.find((s) => s.id === stepId)!.fields.length };
}

/** The insertion point after one arrow press (a palette item), or null at either end of the form. */
export function keyboardSlot(definition: TFormDefinition, at: TPlace, direction: TKeyDirection): TPlace | null {
  const stepIndex = definition.steps.findIndex((s) => s.id === at.stepId);
  const step = definition.steps[stepIndex];
  if (!step) return null;
  const index = Math.min(Math.max(at.index, 0), step.fields.length);
  if (direction === "up") {
    if (index > 0) return { stepId: step.id, index: index - 1 };
    const previous = definition.steps[stepIndex - 1];
    return previous ? { stepId: previous.id, index: previous.fields.length } : null;
  }
  if (index < step.fields.length) return { stepId: step.id, index: index + 1 };
  const next = definition.steps[stepIndex + 1];
  return next ? { stepId: next.id, index: 0 } : null;
}

/** The index the step `stepId` moves to after one arrow press (a moveStep target), or null at either end. */
export function keyboardStepIndex(definition: TFormDefinition, stepId: string, direction: TKeyDirection): number | null {
  const index = definition.steps.findIndex((s) => s.id === stepId);
  if (index < 0) return null;
  const to = direction === "up" ? index - 1 : index + 1;
  return to >= 0 && to < definition.steps.length ? to : null;
}

/** Where the question `key` goes after one arrow press (a moveField target), or null at either end of the form. */
export function keyboardPlace(definition: TFormDefinition, key: string, direction: TKeyDirection): TPlace | null {
  const at = locateField(definition, key);
  if (!at) return null;
  const step = definition.steps[at.stepIndex]!;
  if (direction === "up") {
    if (at.index > 0) return { stepId: step.id, index: at.index - 1 };
    const previous = definition.steps[at.stepIndex - 1];
    return previous ? { stepId: previous.id, index: previous.fields.length } : null;
  }
  if (at.index < step.fields.length - 1) return { stepId: step.id, index: at.index + 1 };
  const next = definition.steps[at.stepIndex + 1];
  return next ? { stepId: next.id, index: 0 } : null;
}

/** Whether the question `key` is in the same step at the same index in both definitions. */
export function isSamePlace(a: TFormDefinition, b: TFormDefinition, key: string): boolean {
  const from = locateField(a, key);
  const to = locateField(b, key);
  return !!from && !!to && from.stepId === to.stepId && from.index === to.index;
}

const fieldKeys = (d: TFormDefinition) => d.steps.flatMap((s) => s.fields.map((f) => f.key));
const quoted = (text: string) => `“${text.trim() || "a question without a label"}”`;

function fieldLabel(definition: TFormDefinition, key: string): string {
  const at = locateField(definition, key);
  return at ? definition.steps[at.stepIndex]!.fields[at.index]!.label : key;
}

/** "moved “Work email”", "added “Team size”", "removed step “Your needs”", … else "changed the form". */
export function describeEdit(before: TFormDefinition, after: TFormDefinition): string {
  const was = fieldKeys(before);
  const is = fieldKeys(after);
  const added = is.filter((k) => !was.includes(k));
  const removed = was.filter((k) => !is.includes(k));
  const stepsBefore = before.steps.map((s) => s.id);
  const stepsAfter = after.steps.map((s) => s.id);
  const stepAdded = stepsAfter.filter((id) => !stepsBefore.includes(id));
  const stepRemoved = stepsBefore.filter((id) => !stepsAfter.includes(id));
  if (stepAdded.length === 1 && stepRemoved.length === 0) return `added step ${quoted(stepTitle(after, stepAdded[0]!))}`;
  if (stepRemoved.length === 1 && stepAdded.length === 0) return `removed step ${quoted(stepTitle(before, stepRemoved[0]!))}`;
  if (added.length === 1 && removed.length === 0) return `added ${quoted(fieldLabel(after, added[0]!))}`;
  if (removed.length === 1 && added.length === 0) return `removed ${quoted(fieldLabel(before, removed[0]!))}`;
  if (added.length === 0 && removed.length === 0 && stepAdded.length === 0 && stepRemoved.length === 0) {
    if (stepsBefore.join("\n") !== stepsAfter.join("\n")) {
      const without = (ids: string[], id: string) => ids.filter((x) => x !== id).join("\n");
      const moved = stepsAfter.find((id, i) => stepsBefore[i] !== id && without(stepsBefore, id) === without(stepsAfter, id));
      if (moved) return `moved step ${quoted(stepTitle(after, moved))}`;
    }
    // A single move shifts its neighbours too: the one whose removal leaves every step as it was
    // moved (a swap of two neighbours is ambiguous: the first one named wins).
    const mover = is.find((k) => !isSamePlace(before, after, k) && isLoneMover(before, after, k));
    if (mover) return `moved ${quoted(fieldLabel(after, mover))}`;
  }
  return "changed the form";
}

/** Removing `key` from both definitions leaves every step's questions identical. */
function isLoneMover(before: TFormDefinition, after: TFormDefinition, key: string): boolean {
  const shape = (d: TFormDefinition) => d.steps.map((s) => `${s.id}:${s.fields.filter((f) => f.key !== key).map((f) => f.key).join(",")}`).join("|");
  return shape(before) === shape(after);
}
