"use client";
// One rule of the condition builder: subject (grouped), operator (filtered by the subject's kind),
// value editor and remove button. Labels name the rule's position, e.g. "Rule 2.1 subject".
import type { TCondition, TConditionGroup, TConditionRule, TOperator } from "@/server/domain/conditions/condition";
import { OPERATOR_LABELS } from "@/server/domain/conditions/condition";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/input";
import { changeOperator, changeSubject, groupSubjects, operatorsFor, positionLabel, removeAt, updateRule, type TConditionSubject, type TNodePath } from "./condition-ops";
import { ConditionValueEditor } from "./condition-value-editor";

interface TProps {
  root: TConditionGroup;
  path: TNodePath;
  rule: TConditionRule;
  onChange: (next: TCondition) => void;
  subjects: TConditionSubject[];
  idPrefix: string;
  disabled: boolean;
}

export function ConditionRuleEditor({ root, path, rule, onChange, subjects, idPrefix, disabled }: TProps) {
  const position = `Rule ${positionLabel(path)}`;
  const domId = `${idPrefix}-r-${path.join("-")}`;
  const subject = subjects.find((s) => s.ref === rule.ref);
  const operators: readonly TOperator[] = operatorsFor(subject).includes(rule.operator) ? operatorsFor(subject) : [rule.operator, ...operatorsFor(subject)];
  const update = (fn: (r: TConditionRule) => TConditionRule) => onChange(updateRule(root, path, fn));

  // Laid out by the width the rule has, not the window's (a container query): the editor sits in
  // the builder's narrow side panel (~310 px) and in the wide routing editor. Narrow: one field
  // per line, full width, so subject, operator and value stay readable; wide: one compact row.
  return (
    <div role="group" aria-label={position} className="@container rounded-md border border-slate-200 bg-white p-2">
      <div className="grid items-start gap-2 @lg:grid-cols-[minmax(0,1.3fr)_minmax(0,0.9fr)_minmax(0,1.6fr)_auto]">
        <Select
          id={`${domId}-subject`}
          aria-label={`${position} subject`}
          value={rule.ref}
          disabled={disabled}
          onChange={(e) => {
            const next = subjects.find((s) => s.ref === e.target.value);
            if (next) update((r) => changeSubject(r, next));
          }}
        >
          {!subject && <option value={rule.ref}>{rule.ref} (unknown)</option>}
          {groupSubjects(subjects).map(({ group, subjects: list }) =>
            group ? (
              <optgroup key={group} label={group}>
                {list.map((s) => (
                  <option key={s.ref} value={s.ref}>
                    {s.label}
                  </option>
                ))}
              </optgroup>
            ) : (
              list.map((s) => (
                <option key={s.ref} value={s.ref}>
                  {s.label}
                </option>
              ))
            ),
          )}
        </Select>
        <Select
          id={`${domId}-operator`}
          aria-label={`${position} operator`}
          value={rule.operator}
          disabled={disabled}
          onChange={(e) => update((r) => changeOperator(r, e.target.value as TOperator, subject))}
        >
          {operators.map((op) => (
            <option key={op} value={op}>
              {OPERATOR_LABELS[op]}
            </option>
          ))}
        </Select>
        <div className="min-w-0">
          <ConditionValueEditor rule={rule} subject={subject} position={position} domId={domId} disabled={disabled} onChange={(value) => update((r) => ({ ...r, value }))} />
        </div>
        <Button variant="ghost" className="justify-self-end" aria-label={`Remove ${position.toLowerCase()}`} disabled={disabled} onClick={() => onChange(removeAt(root, path))}>
          Remove
        </Button>
      </div>
    </div>
  );
}
