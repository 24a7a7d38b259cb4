"use client";
// The logic rules of one question or step, each with the shared condition builder: show/hide the
// question; show/hide the step, jump after it, end the form after it. One show-if and one hide-if
// block at most (several conditions go in the block's own AND/OR group). A rule card is named by its
// heading (the rule id appears nowhere in the builder). A compared option its question no longer
// has reads "a removed option (option_1)" (withRemovedOptions).
import { ConditionBuilder, emptyCondition } from "@/components/conditions/condition-builder";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/input";
import type { TLogicAction, TLogicRule } from "@/server/domain/forms/definition";
import { stepTitle } from "@/server/domain/forms/editor/editor-state";
import { addLogicRule, removeLogicRule, rulesForField, rulesForStep, updateLogicRule } from "@/server/domain/forms/editor/logic-ops";
import { outcomeName } from "@/server/domain/forms/editor/outcome-ops";
import { conditionSubjects, logicRuleHeading, logicRuleKindsToOffer, ruleSubjects, withRemovedOptions } from "./builder-model";
import { useFormEditor } from "./use-form-editor";

type TTarget = { kind: "field"; key: string } | { kind: "step"; id: string };

function newAction(target: TTarget, type: TLogicAction["type"], fallbackStepId: string, outcomeId: string): TLogicAction {
  if (type === "show_field" || type === "hide_field") return { type, fieldKey: target.kind === "field" ? target.key : "" };
  if (type === "show_step" || type === "hide_step") return { type, stepId: target.kind === "step" ? target.id : "" };
  if (type === "jump_to_step") return { type, stepId: fallbackStepId };
  return { type: "end_form", outcomeId };
}

export function LogicRules({ target }: { target: TTarget }) {
  const editor = useFormEditor();
  const { definition } = editor.state;
  const rules = target.kind === "field" ? rulesForField(definition, target.key) : rulesForStep(definition, target.id);
  const stepIndex = target.kind === "step" ? definition.steps.findIndex((s) => s.id === target.id) : -1;
  const types = logicRuleKindsToOffer(rules, target.kind === "field" ? target : { kind: "step", isLast: stepIndex >= definition.steps.length - 1 });
  const laterStep = definition.steps[stepIndex + 1]?.id ?? definition.steps.at(-1)!.id;
  const subjects = conditionSubjects(definition);

  function add(type: TLogicAction["type"]) {
    const action = newAction(target, type, laterStep, definition.defaultOutcomeId);
    editor.run((s) => addLogicRule(s, { action, when: emptyCondition(), fromStepId: target.kind === "step" ? target.id : undefined }));
  }

  return (
    <section aria-labelledby="logic-title" className="space-y-3">
      <h3 id="logic-title" className="text-sm font-semibold text-slate-900">Logic</h3>
      {rules.length === 0 && <p className="text-sm text-slate-500">No rules: always shown{target.kind === "step" ? ", then the next step" : ""}.</p>}
      {rules.map((rule, i) => (
        <RuleCard key={rule.id} rule={rule} heading={logicRuleHeading(rules, rule)} name={ruleName(rules, i)} subjects={withRemovedOptions(ruleSubjects(definition, rule, subjects), definition, rule.when)} />
      ))}
      {!editor.readOnly && (
        <div className="flex flex-wrap gap-2">
          {types.map((type) => (
            <Button key={type} variant="secondary" className="px-2.5 py-1 text-xs" onClick={() => add(type)}>
              {type.startsWith("show") ? "Add show-if rule" : type.startsWith("hide") ? "Add hide-if rule" : type === "jump_to_step" ? "Add jump" : "Add end rule"}
            </Button>
          ))}
        </div>
      )}
    </section>
  );
}

/**
 * A rule's accessible name: its heading, numbered when the heading repeats (several jumps), never
 * its id ("After this step, jump to a later step if (2 of 2)").
 */
function ruleName(rules: readonly TLogicRule[], i: number): string {
  const headings = rules.map((r) => logicRuleHeading(rules, r));
  const same = headings.flatMap((h, j) => (h === headings[i] ? [j] : []));
  return same.length > 1 ? `${headings[i]} (${same.indexOf(i) + 1} of ${same.length})` : headings[i]!;
}

function RuleCard({ rule, heading, name, subjects: ruleSubjects }: { rule: TLogicRule; heading: string; name: string; subjects: ReturnType<typeof conditionSubjects> }) {
  const editor = useFormEditor();
  const { definition } = editor.state;
  const action = rule.action;
  return (
    <div role="group" aria-label={name} className="space-y-2 rounded-md border border-slate-200 bg-white p-3">
      <div className="flex items-center justify-between gap-2">
        <p className="text-sm font-medium text-slate-800">{heading}</p>
        {!editor.readOnly && (
          <Button variant="ghost" className="px-2 py-1 text-xs" aria-label={`Remove the rule “${name}”`} onClick={() => editor.run((s) => removeLogicRule(s, rule.id))}>
            Remove
          </Button>
        )}
      </div>
      {action.type === "jump_to_step" && (
        <Select aria-label="Jump to step" value={action.stepId} disabled={editor.readOnly} onChange={(e) => editor.run((s) => updateLogicRule(s, rule.id, { action: { type: "jump_to_step", stepId: e.target.value } }))}>
          {definition.steps.map((s) => (
            <option key={s.id} value={s.id}>{stepTitle(definition, s.id)}</option>
          ))}
        </Select>
      )}
      {action.type === "end_form" && (
        <Select aria-label="End with end screen" value={action.outcomeId} disabled={editor.readOnly} onChange={(e) => editor.run((s) => updateLogicRule(s, rule.id, { action: { type: "end_form", outcomeId: e.target.value } }))}>
          {definition.outcomes.map((o, i) => (
            <option key={o.id} value={o.id}>{`End screen ${i + 1}: ${outcomeName(o)}`}</option>
          ))}
        </Select>
      )}
      {ruleSubjects.length === 0 && (
        <p className="text-xs text-slate-500">No question can be checked here: a rule reads only questions answered before it applies.</p>
      )}
      <ConditionBuilder
        value={rule.when}
        subjects={ruleSubjects}
        idPrefix={`logic-${rule.id}`}
        disabled={editor.readOnly}
        onChange={(when) => editor.run((s) => updateLogicRule(s, rule.id, { when }), `logic-${rule.id}`)}
      />
    </div>
  );
}
