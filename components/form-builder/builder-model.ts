// Pure helpers of the form builder: drag ids, what a drag would do, condition subjects made from
// the form's questions, and which element a publish problem points at.
import type { TConditionSubject } from "@/components/conditions/condition-ops";
import { conditionRefs, conditionRules } from "@/server/domain/conditions/evaluate-condition";
import { optionsOf, type TField, type TFieldType, type TFormDefinition, type TLogicAction, type TLogicRule } from "@/server/domain/forms/definition";
import { locateField, stepTitle } from "@/server/domain/forms/editor/editor-state";
import { removedOptionPhrase, removedOptionsOf } from "@/server/domain/forms/editor/removed-option-refs";
import { yesNoLabel } from "@/server/domain/forms/publish-check-context";
import { ruleOwnerAtPath } from "./rule-owner";
import type { TCondition } from "@/server/domain/conditions/condition";

/** What the settings show: a question, a step, or an end screen (on the End screens tab). */
export type TSelection = { kind: "field"; key: string } | { kind: "step"; id: string } | { kind: "outcome"; id: string } | null;

export type TDragId = { kind: "field"; key: string } | { kind: "step"; id: string } | { kind: "palette"; type: TFieldType };

export function dragId(id: TDragId): string {
  if (id.kind === "field") return `field:${id.key}`;
  if (id.kind === "step") return `step:${id.id}`;
  return `palette:${id.type}`;
}

export function parseDragId(raw: string | number): TDragId | null {
  const [kind, ...rest] = String(raw).split(":");
  const value = rest.join(":");
  if (!value) return null;
  if (kind === "field") return { kind, key: value };
  if (kind === "step") return { kind, id: value };
  if (kind === "palette") return { kind, type: value as TFieldType };
  return null;
}

/**
 * Where a dragged field or palette item lands when over `overId`: over a question → before it
 * (after it when `isBelow`); over a step → its end. Null when over nothing usable.
 */
export function dropTarget(definition: TFormDefinition, overId: string | number | null | undefined, activeKey: string | null, isBelow: boolean): { stepId: string; index: number } | null {
  const over = overId === null || overId === undefined ? null : parseDragId(overId);
  if (!over || over.kind === "palette") return null;
  if (over.kind === "step") {
    const step = definition.steps.find((s) => s.id === over.id);
    if (!step) return null;
    return { stepId: step.id, index: step.fields.filter((f) => f.key !== activeKey).length };
  }
  const at = locateField(definition, over.key);
  if (!at) return null;
  const fields = definition.steps[at.stepIndex]!.fields.filter((f) => f.key !== activeKey);
  const index = fields.findIndex((f) => f.key === over.key);
  if (index < 0) return { stepId: at.stepId, index: at.index };
  return { stepId: at.stepId, index: index + (isBelow ? 1 : 0) };
}

/** "Budget range, step 'About you', position 2 of 3" — for screen-reader announcements. */
export function describePlace(definition: TFormDefinition, target: { stepId: string; index: number } | null, isNew: boolean): string {
  if (!target) return "not over a step";
  const step = definition.steps.find((s) => s.id === target.stepId);
  const count = (step?.fields.length ?? 0) + (isNew ? 1 : 0);
  return `step '${stepTitle(definition, target.stepId)}', position ${target.index + 1} of ${Math.max(count, target.index + 1)}`;
}

const SUBJECT_KINDS: Partial<Record<TFieldType, TConditionSubject["kind"]>> = {
  email: "email",
  number: "number",
  currency: "number",
  single_choice: "choice",
  dropdown: "choice",
  company_size: "choice",
  yes_no: "choice",
  multiple_choice: "multi",
  consent: "boolean",
};

/** The questions a condition may read (statements take no answer), grouped by step. */
export function conditionSubjects(definition: TFormDefinition): TConditionSubject[] {
  return definition.steps.flatMap((step) =>
    step.fields
      .filter((f) => f.type !== "statement")
      .map((field: TField): TConditionSubject => {
        const kind = SUBJECT_KINDS[field.type] ?? "text";
        const subject: TConditionSubject = { ref: field.key, label: field.label, kind, group: stepTitle(definition, step.id) };
        if (kind === "choice" || kind === "multi") subject.options = optionsOf(field).map((o) => ({ value: o.value, label: o.label }));
        return subject;
      }),
  );
}

/**
 * `subjects` with each option `when` compares that its question no longer has added after the real
 * ones, labelled "a removed option (option_1)": the summary reads "Your role is a removed option
 * (option_1)", not the bare stored value, and a list (is any of) shows it ticked so it can be
 * cleared. A yes/no question compared with true/"true" or false/"false" (a definition made outside
 * the builder) reads "Yes"/"No" — it has no option list, so nothing of it was removed. Other
 * subjects are returned as they are.
 */
export function withRemovedOptions(subjects: readonly TConditionSubject[], definition: TFormDefinition, when: TCondition): TConditionSubject[] {
  const extras = [
    ...removedOptionsOf(definition, when).map((o) => ({ ref: o.ref, value: o.value, label: removedOptionPhrase(o.value) })),
    ...yesNoSpellings(definition, when),
  ];
  if (extras.length === 0) return [...subjects];
  return subjects.map((subject) => {
    const extra = extras.filter((o) => o.ref === subject.ref).map(({ value, label }) => ({ value, label }));
    return extra.length === 0 || !subject.options ? subject : { ...subject, options: [...subject.options, ...extra] };
  });
}

/** Values `when` compares a yes/no question with that mean Yes or No but are not its "yes"/"no" (true, "false", "TRUE" …), once each. */
function yesNoSpellings(definition: TFormDefinition, when: TCondition): { ref: string; value: string; label: string }[] {
  const yesNo = new Set(definition.steps.flatMap((s) => s.fields.filter((f) => f.type === "yes_no").map((f) => f.key)));
  const found = new Map<string, { ref: string; value: string; label: string }>();
  for (const rule of conditionRules(when)) {
    if (!yesNo.has(rule.ref) || rule.value === undefined) continue;
    for (const v of Array.isArray(rule.value) ? rule.value : [rule.value]) {
      const value = String(v);
      const label = yesNoLabel(v);
      if (label && value !== "yes" && value !== "no") found.set(`${rule.ref}\u0000${value}`, { ref: rule.ref, value, label });
    }
  }
  return [...found.values()];
}

/**
 * The questions a logic rule may check, as the publish check allows (publish-check-logic.ts): a
 * question's show/hide rule reads questions before it (never itself), a step's show/hide rule
 * reads questions of earlier steps, a jump or end rule after a step reads that step and earlier
 * ones; hidden-type questions (known from the page URL) anywhere. A question the rule already
 * checks but may not is kept, marked, so the picker shows what is there and publish names it.
 */
export function ruleSubjects(definition: TFormDefinition, rule: TLogicRule, subjects: readonly TConditionSubject[] = conditionSubjects(definition)): TConditionSubject[] {
  const place = new Map<string, { stepIndex: number; position: number; isHidden: boolean }>();
  let position = 0;
  definition.steps.forEach((step, stepIndex) =>
    step.fields.forEach((field) => {
      if (!place.has(field.key)) place.set(field.key, { stepIndex, position, isHidden: field.type === "hidden" });
      position += 1;
    }),
  );
  const action = rule.action;
  const stepIndexOf = (id: string | undefined) => definition.steps.findIndex((s) => s.id === id);
  let allows: (p: { stepIndex: number; position: number }) => boolean = () => true;
  let selfKey: string | null = null;
  if (action.type === "show_field" || action.type === "hide_field") {
    const target = place.get(action.fieldKey);
    selfKey = action.fieldKey;
    if (target) allows = (p) => p.position < target.position;
  } else if (action.type === "show_step" || action.type === "hide_step") {
    const target = stepIndexOf(action.stepId);
    if (target >= 0) allows = (p) => p.stepIndex < target;
  } else {
    const from = stepIndexOf(rule.fromStepId);
    if (from >= 0) allows = (p) => p.stepIndex <= from;
  }
  const isAllowed = (ref: string) => {
    const p = place.get(ref);
    return !p || p.isHidden || allows(p);
  };
  const checked = new Set(conditionRefs(rule.when));
  const offered = subjects.filter((s) => isAllowed(s.ref));
  const kept = subjects
    .filter((s) => !isAllowed(s.ref) && checked.has(s.ref))
    .map((s) => ({ ...s, label: `${s.label} (${s.ref === selfKey ? "this question" : "answered later"}: can't be checked here)` }));
  return [...offered, ...kept];
}

/**
 * The field or step a publish problem is about. A logic rule's problem selects the rule's owner
 * (rule-owner.ts), where the rule can be fixed, not the question it checks (its fieldKey); other
 * problems select their fieldKey/stepId, else what their path names.
 */
export function problemTarget(definition: TFormDefinition, problem: { path: string; fieldKey?: string; stepId?: string }): TSelection {
  const owner = ruleOwnerAtPath(definition, problem.path);
  if (owner) return owner;
  if (problem.fieldKey && locateField(definition, problem.fieldKey)) return { kind: "field", key: problem.fieldKey };
  const parts = problem.path.split(".");
  if (parts[0] === "steps") {
    const step = definition.steps[Number(parts[1])];
    const field = parts[2] === "fields" && parts[3] !== undefined ? step?.fields[Number(parts[3])] : undefined;
    if (field) return { kind: "field", key: field.key };
    if (step) return { kind: "step", id: step.id };
  }
  if (problem.stepId && definition.steps.some((s) => s.id === problem.stepId)) return { kind: "step", id: problem.stepId };
  if (parts[0] === "outcomes") {
    const outcome = definition.outcomes[Number(parts[1])];
    if (outcome) return { kind: "outcome", id: outcome.id };
  }
  if ((parts[0] === "tierOutcomes" || parts[0] === "defaultOutcomeId") && definition.outcomes[0]) {
    const id = definition.outcomes.some((o) => o.id === definition.defaultOutcomeId) ? definition.defaultOutcomeId : definition.outcomes[0].id;
    return { kind: "outcome", id };
  }
  return null;
}

/**
 * The kinds of logic rule a question or step may add, given its rules. Show-if and hide-if are
 * one block each: several show rules would mean "any of them" (form-logic.ts), which two separate
 * blocks do not say; one block's condition group says AND or OR itself. Jumps and end rules
 * (several, checked in order) may always be added; a jump needs a later step.
 */
export function logicRuleKindsToOffer(rules: readonly TLogicRule[], target: { kind: "field" } | { kind: "step"; isLast: boolean }): TLogicAction["type"][] {
  const kinds: TLogicAction["type"][] = target.kind === "field" ? ["show_field", "hide_field"] : ["show_step", "hide_step", "jump_to_step", "end_form"];
  const has = new Set(rules.map((r) => r.action.type));
  return kinds.filter((kind) => {
    if (kind === "show_field" || kind === "hide_field" || kind === "show_step" || kind === "hide_step") return !has.has(kind);
    return !(kind === "jump_to_step" && target.kind === "step" && target.isLast);
  });
}

/** "Show this step only if", and "Or show this step if" for a second show block of an older draft. */
export function logicRuleHeading(rules: readonly TLogicRule[], rule: TLogicRule): string {
  const type = rule.action.type;
  const isRepeat = (type === "show_field" || type === "show_step") && rules.findIndex((r) => r.action.type === type) < rules.indexOf(rule);
  if (isRepeat) return type === "show_field" ? "Or show this question if" : "Or show this step if";
  return LOGIC_RULE_HEADINGS[type];
}

const LOGIC_RULE_HEADINGS: Record<TLogicAction["type"], string> = {
  show_field: "Show this question only if",
  hide_field: "Hide this question if",
  show_step: "Show this step only if",
  hide_step: "Hide this step if",
  jump_to_step: "After this step, jump to a later step if",
  end_form: "After this step, end the form if",
};

/**
 * The selection after undo/redo moved from `before` to `after`: when the selected question's key
 * is gone because the step undid or redid a key rename, the question now at the same place (whose
 * key `before` did not have) stays selected; otherwise the selection is kept as it is.
 */
export function followSelection(selection: TSelection, before: TFormDefinition, after: TFormDefinition): TSelection {
  if (selection?.kind !== "field" || locateField(after, selection.key)) return selection;
  const at = locateField(before, selection.key);
  const there = at ? after.steps[at.stepIndex]?.fields[at.index] : undefined;
  if (!there || locateField(before, there.key)) return selection;
  return { kind: "field", key: there.key };
}
