"use client";
// The value part of a rule, chosen by operator and subject kind: nothing for unary operators,
// checkboxes (or a comma-separated list) for is any of / is none of, two numbers for between,
// an option select for choices, yes/no for booleans, a number or a text input otherwise.
import { useState } from "react";
import type { TConditionRule, TScalar } from "@/server/domain/conditions/condition";
import { Input, Select } from "@/components/ui/input";
import { isListOperator, isUnary, type TConditionSubject } from "./condition-ops";

type TValue = TConditionRule["value"];

interface TProps {
  rule: TConditionRule;
  subject: TConditionSubject | undefined;
  position: string;
  domId: string;
  disabled: boolean;
  onChange: (value: TValue) => void;
}

function numberOrBlank(raw: string): TScalar {
  return raw.trim() === "" || !Number.isFinite(Number(raw)) ? "" : Number(raw);
}

export function ConditionValueEditor({ rule, subject, position, domId, disabled, onChange }: TProps) {
  const { operator, value } = rule;
  if (isUnary(operator)) return null;
  const label = `${position} value`;
  const options = subject?.options ?? [];

  if (isListOperator(operator)) {
    const list = Array.isArray(value) ? value.map(String) : value === undefined ? [] : [String(value)];
    if (options.length > 0) {
      return (
        <fieldset className="flex flex-wrap gap-x-3 gap-y-1 rounded-md border border-slate-200 px-2 py-1.5" aria-label={`${position} values`}>
          {options.map((o) => (
            <label key={o.value} className="flex items-center gap-1 text-sm text-slate-700">
              <input
                type="checkbox"
                checked={list.includes(o.value)}
                disabled={disabled}
                onChange={(e) => onChange(e.target.checked ? [...list, o.value] : list.filter((v) => v !== o.value))}
              />
              {o.label}
            </label>
          ))}
        </fieldset>
      );
    }
    return <ListInput id={`${domId}-value`} label={`${position} values (separated by commas)`} list={list} disabled={disabled} onChange={onChange} />;
  }

  if (operator === "between") {
    const [min, max] = Array.isArray(value) && value.length === 2 ? value : ["", ""];
    return (
      <span className="flex items-center gap-2 text-sm text-slate-600">
        <Input id={`${domId}-min`} type="number" className="min-w-0" aria-label={`${position} lower bound`} value={String(min ?? "")} disabled={disabled} onChange={(e) => onChange([numberOrBlank(e.target.value), max ?? ""])} />
        and
        <Input id={`${domId}-max`} type="number" className="min-w-0" aria-label={`${position} upper bound`} value={String(max ?? "")} disabled={disabled} onChange={(e) => onChange([min ?? "", numberOrBlank(e.target.value)])} />
      </span>
    );
  }

  if (subject?.kind === "boolean") {
    return (
      <Select id={`${domId}-value`} aria-label={label} value={value === false || value === "false" ? "false" : "true"} disabled={disabled} onChange={(e) => onChange(e.target.value === "true")}>
        <option value="true">yes</option>
        <option value="false">no</option>
      </Select>
    );
  }

  if (options.length > 0) {
    const current = value === undefined || Array.isArray(value) ? "" : String(value);
    return (
      <Select id={`${domId}-value`} aria-label={label} value={current} disabled={disabled} onChange={(e) => onChange(e.target.value)}>
        {!options.some((o) => o.value === current) && <option value={current}>{current === "" ? "Choose…" : `${current} (unknown)`}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </Select>
    );
  }

  const scalar = value === undefined || Array.isArray(value) ? "" : String(value);
  if (subject?.kind === "number") {
    return (
      <Input id={`${domId}-value`} type="number" aria-label={label} value={scalar} disabled={disabled} onChange={(e) => onChange(e.target.value.trim() === "" ? undefined : numberOrBlank(e.target.value))} />
    );
  }
  return <Input id={`${domId}-value`} aria-label={label} value={scalar} disabled={disabled} onChange={(e) => onChange(e.target.value)} />;
}

/** Comma-separated list; keeps the raw text while typing so "a, " is not rewritten under the caret. */
function ListInput({ id, label, list, disabled, onChange }: { id: string; label: string; list: string[]; disabled: boolean; onChange: (value: TValue) => void }) {
  const parse = (raw: string) => raw.split(",").map((s) => s.trim()).filter((s) => s !== "");
  const [raw, setRaw] = useState(list.join(", "));
  const shown = parse(raw).join("\u0000") === list.join("\u0000") ? raw : list.join(", ");
  return (
    <Input
      id={id}
      aria-label={label}
      placeholder="value, another value"
      value={shown}
      disabled={disabled}
      onChange={(e) => {
        setRaw(e.target.value);
        onChange(parse(e.target.value));
      }}
    />
  );
}
