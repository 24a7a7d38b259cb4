"use client";
// One AND/OR group of the condition builder: its connective, its conditions (rules and nested
// groups, recursively) and the add / remove buttons.
import type { TCondition, TConditionGroup } from "@/server/domain/conditions/condition";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/input";
import { addGroup, addRule, positionLabel, removeAt, setGroupOp, type TConditionSubject, type TNodePath } from "./condition-ops";
import { ConditionRuleEditor } from "./condition-rule-editor";

interface TProps {
  root: TConditionGroup;
  path: TNodePath;
  onChange: (next: TCondition) => void;
  subjects: TConditionSubject[];
  idPrefix: string;
  disabled: boolean;
}

export function ConditionGroupEditor({ root, path, onChange, subjects, idPrefix, disabled }: TProps) {
  let group: TCondition = root;
  for (const i of path) group = (group as TConditionGroup).conditions[i] as TCondition;
  if (group.kind !== "group") return null;
  const isRoot = path.length === 0;
  const name = isRoot ? "the condition" : `group ${positionLabel(path)}`;
  const domId = `${idPrefix}-g${path.length ? `-${path.join("-")}` : ""}`;
  const firstSubject = subjects[0];

  return (
    <div
      role="group"
      aria-label={isRoot ? "Condition" : `Group ${positionLabel(path)}`}
      className={isRoot ? "space-y-2" : "space-y-2 rounded-md border border-dashed border-slate-300 bg-slate-50 p-3"}
    >
      <div className="flex flex-wrap items-center gap-2 text-sm text-slate-700">
        <label htmlFor={`${domId}-op`}>Match</label>
        <Select
          id={`${domId}-op`}
          className="max-w-56"
          aria-label={`Match mode of ${name}`}
          value={group.op}
          disabled={disabled}
          onChange={(e) => onChange(setGroupOp(root, path, e.target.value === "or" ? "or" : "and"))}
        >
          <option value="and">all of these (AND)</option>
          <option value="or">any of these (OR)</option>
        </Select>
        {!isRoot && (
          <Button variant="ghost" className="ml-auto" aria-label={`Remove group ${positionLabel(path)}`} disabled={disabled} onClick={() => onChange(removeAt(root, path))}>
            Remove group
          </Button>
        )}
      </div>
      {group.conditions.length === 0 && (
        <p className="text-sm text-slate-500">{group.op === "and" ? "No rules: always matches." : "No rules: never matches."}</p>
      )}
      <ol className="space-y-2">
        {group.conditions.map((child, i) => {
          const childPath = [...path, i];
          return (
            <li key={i}>
              {child.kind === "group" ? (
                <ConditionGroupEditor root={root} path={childPath} onChange={onChange} subjects={subjects} idPrefix={idPrefix} disabled={disabled} />
              ) : (
                <ConditionRuleEditor root={root} path={childPath} rule={child} onChange={onChange} subjects={subjects} idPrefix={idPrefix} disabled={disabled} />
              )}
            </li>
          );
        })}
      </ol>
      <div className="flex flex-wrap gap-2">
        <Button variant="secondary" aria-label={`Add a rule to ${name}`} disabled={disabled || !firstSubject} onClick={() => onChange(addRule(root, path, firstSubject))}>
          + Rule
        </Button>
        <Button variant="ghost" aria-label={`Add a group to ${name}`} disabled={disabled || !firstSubject} onClick={() => onChange(addGroup(root, path, firstSubject))}>
          + Group
        </Button>
      </div>
    </div>
  );
}
