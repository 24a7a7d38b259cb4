"use client";
// A controlled, accessible editor for our condition format (ZCondition): nested AND/OR groups of
// rules over the given subjects. Every control carries an aria-label naming the rule's position
// ("Rule 2.1 operator"), all controls are native (keyboard usable), and a plain-language summary
// is read out politely as the condition changes. Shared by the routing editor and form logic.
import { describeCondition } from "@/server/domain/conditions/evaluate-condition";
import type { TCondition } from "@/server/domain/conditions/condition";
import { asRootGroup, emptyCondition, type TConditionSubject } from "./condition-ops";
import { ConditionGroupEditor } from "./condition-group-editor";

export type { TConditionSubject } from "./condition-ops";
export { emptyCondition };

export interface TConditionBuilderProps {
  value: TCondition;
  onChange: (next: TCondition) => void;
  subjects: TConditionSubject[];
  idPrefix: string;
  disabled?: boolean;
}

export function ConditionBuilder({ value, onChange, subjects, idPrefix, disabled = false }: TConditionBuilderProps) {
  const root = asRootGroup(value);
  return (
    <div className="space-y-2" id={idPrefix} data-testid={`${idPrefix}-condition`}>
      <ConditionGroupEditor root={root} path={[]} onChange={onChange} subjects={subjects} idPrefix={idPrefix} disabled={disabled} />
      <p id={`${idPrefix}-summary`} className="text-sm text-slate-600" aria-live="polite" data-testid={`${idPrefix}-summary`}>
        <span className="font-medium text-slate-700">In words: </span>
        {describeConditionWith(value, subjects)}
      </p>
    </div>
  );
}

/** describeCondition with the subjects' labels and option labels. */
export function describeConditionWith(condition: TCondition, subjects: TConditionSubject[]): string {
  const byRef = new Map(subjects.map((s) => [s.ref, s]));
  return describeCondition(
    condition,
    (ref) => byRef.get(ref)?.label ?? ref.replace(/_/g, " "),
    (ref, value) => {
      const subject = byRef.get(ref);
      if (subject?.kind === "boolean") return value === true || value === "true" ? "yes" : "no";
      return subject?.options?.find((o) => o.value === String(value))?.label ?? String(value);
    },
  );
}
