"use client";
// The capacity filter's backlog limit (capacity from the live backlog): on/off, the limit and the
// weight of an untouched lead, one past its SLA and one being worked. Values go to the server as
// typed (an empty box is "not a number"): its validation errors show under the field.
import { Input } from "@/components/ui/input";
import { DEFAULT_BACKLOG_LIMIT, type TBacklogLimit } from "@/server/domain/routing/routing-config";
import { FieldIssue, useFieldIssue } from "./field-issues";

const FIELDS: { key: keyof TBacklogLimit; label: string; hint: string }[] = [
  { key: "max", label: "backlog limit", hint: "Limit (weighted)" },
  { key: "uncontactedWeight", label: "untouched lead weighs", hint: "Untouched weighs" },
  { key: "pastSlaWeight", label: "lead past its SLA weighs", hint: "Past SLA weighs" },
  { key: "workedWeight", label: "worked lead weighs", hint: "Worked weighs" },
];

const typed = (raw: string) => (raw.trim() === "" ? Number.NaN : Number(raw));

export function BacklogLimitEditor({ backlog, label, issuePath, onChange }: { backlog: TBacklogLimit | null | undefined; label: string; issuePath: string; onChange: (b: TBacklogLimit | null) => void }) {
  return (
    <fieldset className="w-full space-y-2 rounded-md border border-slate-200 bg-white p-3" aria-label={`${label}: backlog`}>
      <label className="flex items-center gap-2 text-sm text-slate-700">
        <input type="checkbox" checked={Boolean(backlog)} onChange={(e) => onChange(e.target.checked ? { ...DEFAULT_BACKLOG_LIMIT } : null)} />
        Limit by backlog: reps sitting on untouched leads get no new ones until they catch up
      </label>
      {backlog && (
        <>
          <div className="flex flex-wrap items-start gap-3">
            {FIELDS.map((f) => (
              <BacklogNumber key={f.key} label={`${label}: ${f.label}`} hint={f.hint} path={`${issuePath}.${f.key}`} value={backlog[f.key]} onChange={(v) => onChange({ ...backlog, [f.key]: v })} />
            ))}
          </div>
          <p className="text-xs text-slate-500">
            Each open lead counts with its weight; a rep whose total reaches the limit is skipped (reason BACKLOG) until they contact or close leads. A lead is past its SLA once the SLA reminder finds it uncontacted.
          </p>
        </>
      )}
    </fieldset>
  );
}

function BacklogNumber({ label, hint, path, value, onChange }: { label: string; hint: string; path: string; value: number; onChange: (v: number) => void }) {
  const { fieldProps } = useFieldIssue(path);
  return (
    <div className="flex w-36 flex-col gap-1">
      <span className="text-xs text-slate-600" aria-hidden="true">{hint}</span>
      <Input type="number" step="any" aria-label={label} value={Number.isNaN(value) ? "" : value} onChange={(e) => onChange(typed(e.target.value))} {...fieldProps} />
      <FieldIssue path={path} />
    </div>
  );
}
