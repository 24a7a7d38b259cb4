// Editor operations on fields: add (with a unique key from the label), move within and across
// steps, update settings, remove. Removing a field drops what only made sense with it (rules that
// show/hide it, its option points and deal amounts); conditions that still read it are left for
// the publish check to report.
import { allFields, type TField, type TFieldType, type TLogicRule } from "../definition";
import { dedupe, fail, findStep, locateField, ok, slugKey, withSteps, type TEditorState, type TEditResult } from "./editor-state";
import { newField } from "./field-types";

/** A key for a new field from its label: slugified, made unique among `taken`. */
export function fieldKeyFromLabel(label: string, taken: Iterable<string>): string {
  return dedupe(slugKey(label, "field"), taken);
}

export interface TAddFieldInput {
  stepId: string;
  /** Position in the step; the end when omitted. */
  index?: number;
  type: TFieldType;
  label?: string;
}

export function addField(state: TEditorState, input: TAddFieldInput): TEditResult<{ key: string }> {
  const step = findStep(state.definition, input.stepId);
  if (!step) return fail(`There is no step '${input.stepId}'`);
  const index = input.index ?? step.fields.length;
  if (!Number.isInteger(index) || index < 0 || index > step.fields.length) return fail(`Position ${index} is outside the step`);
  const draft = newField(input.type, "x", input.label);
  const key = fieldKeyFromLabel(draft.label, allFields(state.definition).map((f) => f.key));
  const field: TField = { ...draft, key };
  const steps = state.definition.steps.map((s) => (s.id === step.id ? { ...s, fields: [...s.fields.slice(0, index), field, ...s.fields.slice(index)] } : s));
  return ok(withSteps(state, steps), { key });
}

export interface TFieldTarget {
  stepId: string;
  /** Position in the target step once the field has left its old place. */
  index: number;
}

export function moveField(state: TEditorState, fieldKey: string, to: TFieldTarget): TEditResult {
  const from = locateField(state.definition, fieldKey);
  if (!from) return fail(`There is no question '${fieldKey}'`);
  const target = findStep(state.definition, to.stepId);
  if (!target) return fail(`There is no step '${to.stepId}'`);
  const room = target.fields.length - (target.id === from.stepId ? 1 : 0);
  if (!Number.isInteger(to.index) || to.index < 0 || to.index > room) return fail(`Position ${to.index} is outside the step`);
  const field = state.definition.steps[from.stepIndex]!.fields[from.index]!;
  const without = state.definition.steps.map((s) => (s.id === from.stepId ? { ...s, fields: s.fields.filter((f) => f.key !== fieldKey) } : s));
  const steps = without.map((s) => (s.id === to.stepId ? { ...s, fields: [...s.fields.slice(0, to.index), field, ...s.fields.slice(to.index)] } : s));
  return ok(withSteps(state, steps));
}

/** Settings a marketer edits; the key and type stay (answers, logic and scoring refer to the key: see renameFieldKey). */
export type TFieldPatch = Partial<Omit<TField, "key" | "type">>;

const OPTIONAL_TEXT = ["help", "placeholder", "source", "currency"] as const;

export function updateField(state: TEditorState, fieldKey: string, patch: TFieldPatch): TEditResult {
  const at = locateField(state.definition, fieldKey);
  if (!at) return fail(`There is no question '${fieldKey}'`);
  const steps = state.definition.steps.map((s, i) =>
    i !== at.stepIndex ? s : { ...s, fields: s.fields.map((f) => (f.key === fieldKey ? cleanField({ ...f, ...patch }) : f)) },
  );
  return ok(withSteps(state, steps));
}

/** Empty optional texts and empty validation are dropped rather than stored as "". */
function cleanField(field: TField): TField {
  const next: TField = { ...field };
  for (const name of OPTIONAL_TEXT) if (next[name] === undefined || next[name] === "") delete next[name];
  if (next.validation) {
    const validation = Object.fromEntries(Object.entries(next.validation).filter(([, v]) => v !== undefined && v !== ""));
    if (Object.keys(validation).length === 0) delete next.validation;
    else next.validation = validation;
  }
  if (next.options === undefined) delete next.options;
  return next;
}

export function removeField(state: TEditorState, fieldKey: string): TEditResult {
  const at = locateField(state.definition, fieldKey);
  if (!at) return fail(`There is no question '${fieldKey}'`);
  const steps = state.definition.steps.map((s, i) => (i === at.stepIndex ? { ...s, fields: s.fields.filter((f) => f.key !== fieldKey) } : s));
  return ok(dropFieldRefs(withSteps(state, steps), new Set([fieldKey])));
}

/** Drops rules acting on these fields and scoring entries keyed by them (conditions are kept). */
export function dropFieldRefs(state: TEditorState, keys: ReadonlySet<string>): TEditorState {
  const actsOnRemoved = (r: TLogicRule) => (r.action.type === "show_field" || r.action.type === "hide_field") && keys.has(r.action.fieldKey);
  const scoring = { ...state.scoring, optionPoints: state.scoring.optionPoints.filter((p) => !keys.has(p.fieldKey)) };
  if (scoring.freeEmail && keys.has(scoring.freeEmail.fieldKey)) delete scoring.freeEmail;
  if (scoring.dealValue) {
    const deal = { ...scoring.dealValue, fromOptions: scoring.dealValue.fromOptions.filter((o) => !keys.has(o.fieldKey)) };
    if (deal.fromField !== undefined && keys.has(deal.fromField)) delete deal.fromField;
    scoring.dealValue = deal;
  }
  return { definition: { ...state.definition, logic: state.definition.logic.filter((r) => !actsOnRemoved(r)) }, scoring };
}
