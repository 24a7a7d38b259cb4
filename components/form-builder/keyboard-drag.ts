// A keyboard drag in the builder, as pure steps: pick up (Space), one place per arrow, drop
// (Space) or cancel (Escape), each with the sentence the live region speaks. A question and a step
// move in a transient copy of the state (`working`); a palette item moves an insertion point
// (`indicator`) and is added only on drop. Places come from the form's order (keyboard-move.ts),
// never from where things sit on screen, so a narrow window or a scrolled page changes nothing.
import type { TFieldType, TFormDefinition } from "@/server/domain/forms/definition";
import { locateField, stepTitle, type TEditorState } from "@/server/domain/forms/editor/editor-state";
import { moveField } from "@/server/domain/forms/editor/field-ops";
import { FIELD_TYPE_LABELS } from "@/server/domain/forms/editor/field-types";
import { moveStep } from "@/server/domain/forms/editor/step-ops";
import { describePlace, dragId, parseDragId, type TDragId, type TSelection } from "./builder-model";
import { clickPlace, isSamePlace, keyboardPlace, keyboardSlot, keyboardStepIndex, type TKeyDirection, type TPlace } from "./keyboard-move";

export interface TKeyboardDrag {
  active: TDragId;
  /** The state as it would be if dropped now (a palette item leaves it as it is). */
  working: TEditorState;
  /** Where a palette item would be inserted; null for a question or a step. */
  indicator: TPlace | null;
}

/** What a drop does to the editor: nothing, commit the moved state (one undo step), or add a question. */
export type TKeyboardDrop = { kind: "none" } | { kind: "commit"; state: TEditorState; label: string } | { kind: "add"; place: TPlace; type: TFieldType };

export const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** "step 'About you', position 2 of 4" for the question `key`. */
export const placeOfField = (definition: TFormDefinition, key: string) => {
  const at = locateField(definition, key);
  return describePlace(definition, at ? { stepId: at.stepId, index: at.index } : null, false);
};

/** The question's label, or "a question without a label". */
export function fieldName(definition: TFormDefinition, key: string): string {
  const at = locateField(definition, key);
  return (at ? definition.steps[at.stepIndex]!.fields[at.index]!.label : "").trim() || "a question without a label";
}

/** "question 'Work email'", "step 'About you'", "new Short text question" — for announcements. */
export function nameIn(definition: TFormDefinition, raw: string | number): string {
  const id = parseDragId(raw);
  if (!id) return "item";
  if (id.kind === "palette") return `new ${FIELD_TYPE_LABELS[id.type]} question`;
  if (id.kind === "step") return `step '${stepTitle(definition, id.id)}'`;
  const at = locateField(definition, id.key);
  return `question '${at ? definition.steps[at.stepIndex]!.fields[at.index]!.label : id.key}'`;
}

const positionOfStep = (definition: TFormDefinition, stepId: string) => `position ${definition.steps.findIndex((s) => s.id === stepId) + 1} of ${definition.steps.length}`;

/** Where the dragged item is now, in words. */
export function keyboardPlaceText(drag: TKeyboardDrag): string {
  const { definition } = drag.working;
  if (drag.active.kind === "field") return placeOfField(definition, drag.active.key);
  if (drag.active.kind === "step") return positionOfStep(definition, drag.active.id);
  return describePlace(definition, drag.indicator, true);
}

const nameOfDrag = (drag: TKeyboardDrag) => nameIn(drag.working.definition, dragId(drag.active));

/** Space on a handle or a palette item: a palette item starts where a click would add it. */
export function keyboardPickUp(state: TEditorState, active: TDragId, selection: TSelection): { drag: TKeyboardDrag; text: string } {
  const drag: TKeyboardDrag = { active, working: state, indicator: active.kind === "palette" ? clickPlace(state.definition, selection) : null };
  return { drag, text: pickUpText(drag) };
}

/** "Picked up step 'About you', at position 1 of 3." */
export const pickUpText = (drag: TKeyboardDrag) => `Picked up ${nameOfDrag(drag)}, at ${keyboardPlaceText(drag)}.`;

function movedOnce(drag: TKeyboardDrag, direction: TKeyDirection): TKeyboardDrag | null {
  const { active, working } = drag;
  if (active.kind === "palette") {
    const slot = drag.indicator ? keyboardSlot(working.definition, drag.indicator, direction) : null;
    return slot ? { ...drag, indicator: slot } : null;
  }
  if (active.kind === "step") {
    const to = keyboardStepIndex(working.definition, active.id, direction);
    const moved = to === null ? null : moveStep(working, active.id, to);
    return moved?.ok ? { ...drag, working: moved.state } : null;
  }
  const target = keyboardPlace(working.definition, active.key, direction);
  const moved = target ? moveField(working, active.key, target) : null;
  return moved?.ok ? { ...drag, working: moved.state } : null;
}

/** One arrow press: the next place, or the same drag when already at that end of the form. */
export function keyboardArrow(drag: TKeyboardDrag, direction: TKeyDirection): { drag: TKeyboardDrag; text: string } {
  const name = capitalize(nameOfDrag(drag));
  const next = movedOnce(drag, direction);
  if (!next) return { drag, text: `${name} is already ${direction === "down" ? "last" : "first"}, at ${keyboardPlaceText(drag)}.` };
  return { drag: next, text: `${name} is at ${keyboardPlaceText(next)}.` };
}

/** Space: what the drop changes (nothing when back where it started) and what is said. */
export function keyboardDrop(snapshot: TEditorState, drag: TKeyboardDrag): { drop: TKeyboardDrop; text: string } {
  const text = `${capitalize(nameOfDrag(drag))} was dropped at ${keyboardPlaceText(drag)}.`;
  const { active, working } = drag;
  if (active.kind === "palette") return { drop: drag.indicator ? { kind: "add", place: drag.indicator, type: active.type } : { kind: "none" }, text };
  if (active.kind === "step") {
    const order = (d: TFormDefinition) => d.steps.map((s) => s.id).join("\n");
    const isMoved = order(snapshot.definition) !== order(working.definition);
    return { drop: isMoved ? { kind: "commit", state: working, label: `moved step “${stepTitle(working.definition, active.id)}”` } : { kind: "none" }, text };
  }
  const isMoved = !isSamePlace(snapshot.definition, working.definition, active.key);
  return { drop: isMoved ? { kind: "commit", state: working, label: `moved “${fieldName(working.definition, active.key)}”` } : { kind: "none" }, text };
}

/** Escape: where the item is back at ("it is back at position 2 of 3"), or null for a palette item (nothing was placed). */
export function keyboardBackText(snapshot: TEditorState, active: TDragId): string | null {
  if (active.kind === "field") return `it is back at ${placeOfField(snapshot.definition, active.key)}`;
  if (active.kind === "step") return `it is back at ${positionOfStep(snapshot.definition, active.id)}`;
  return null;
}
