"use client";
// Simple inputs for a form's questions (one per field type) for the test-lead panel.
import { Input, Select } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import type { TEditorData } from "./routing-editor-model";

type TField = TEditorData["forms"][number]["fields"][number];
export type TAnswerDraft = Record<string, string | string[] | boolean>;

export function TestLeadAnswers({ fields, answers, onChange }: { fields: TField[]; answers: TAnswerDraft; onChange: (a: TAnswerDraft) => void }) {
  const set = (key: string, value: string | string[] | boolean) => onChange({ ...answers, [key]: value });
  return (
    <div className="grid gap-3 sm:grid-cols-2">
      {fields.map((f) => {
        const id = `test-lead-answer-${f.key}`;
        const value = answers[f.key];
        if (f.type === "multiple_choice") {
          const list = Array.isArray(value) ? value : [];
          return (
            <fieldset key={f.key} className="sm:col-span-2">
              <legend className="mb-1 text-sm font-medium text-slate-700">{f.label}</legend>
              <div className="flex flex-wrap gap-3">
                {f.options.map((o) => (
                  <label key={o.value} className="flex items-center gap-1 text-sm">
                    <input type="checkbox" checked={list.includes(o.value)} onChange={(e) => set(f.key, e.target.checked ? [...list, o.value] : list.filter((v) => v !== o.value))} />
                    {o.label}
                  </label>
                ))}
              </div>
            </fieldset>
          );
        }
        if (f.type === "consent") {
          return (
            <label key={f.key} className="flex items-center gap-2 text-sm text-slate-700 sm:col-span-2">
              <input id={id} type="checkbox" checked={value === true} onChange={(e) => set(f.key, e.target.checked)} />
              {f.label}
            </label>
          );
        }
        return (
          <div key={f.key}>
            <Label htmlFor={id}>{f.label}</Label>
            {f.options.length > 0 ? (
              <Select id={id} value={typeof value === "string" ? value : ""} onChange={(e) => set(f.key, e.target.value)}>
                <option value="">—</option>
                {f.options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
              </Select>
            ) : (
              <Input id={id} type={f.type === "number" || f.type === "currency" ? "number" : f.type === "email" ? "email" : "text"} value={typeof value === "string" ? value : ""} onChange={(e) => set(f.key, e.target.value)} />
            )}
          </div>
        );
      })}
    </div>
  );
}
