"use client";
// One filter of a team strategy, with its settings and its plain-language description.
import { Button } from "@/components/ui/button";
import { Input, Select } from "@/components/ui/input";
import { describeFilter } from "@/server/domain/routing/describe-strategy";
import { MATCH_FIELDS } from "@/server/domain/routing/routing-config";
import { SENIORITY_LABELS, SENIORITY_TIERS } from "@/server/domain/reps/rep-options";
import { BacklogLimitEditor } from "./backlog-limit-editor";
import { FieldIssue } from "./field-issues";
import type { TFilter } from "./routing-editor-model";

const MODE_HELP = "Required: reps who fail are skipped. Preferred: keep the reps who pass when any does.";
const num = (raw: string) => (raw.trim() === "" ? null : Number(raw));

/** `issuePath`: where the filter is in the routing document (server errors below it show at their field). */
export function FilterEditor({ filter, label, issuePath, onChange, onRemove }: { filter: TFilter; label: string; issuePath: string; onChange: (f: TFilter) => void; onRemove: () => void }) {
  return (
    <li className="space-y-2 rounded-md border border-slate-200 bg-slate-50 p-3" aria-label={label}>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p className="text-sm font-medium text-slate-800">{describeFilter(filter)}</p>
        <Button variant="ghost" aria-label={`Remove ${label.toLowerCase()}`} onClick={onRemove}>Remove</Button>
      </div>
      <div className="flex flex-wrap items-end gap-3 text-sm">
        {filter.type === "match" && (
          <>
            <Field label={`${label}: field`}>
              <Select className="w-auto" aria-label={`${label}: field`} value={filter.field} onChange={(e) => onChange({ ...filter, field: e.target.value as typeof filter.field })}>
                {MATCH_FIELDS.map((f) => <option key={f} value={f}>{f}</option>)}
              </Select>
            </Field>
            <Field label={`${label}: fixed values (optional, comma separated)`}>
              <Input aria-label={`${label}: fixed values`} value={(filter.values ?? []).join(", ")} placeholder="e.g. salesforce, hubspot"
                onChange={(e) => { const values = e.target.value.split(",").map((v) => v.trim()).filter(Boolean); onChange({ ...filter, values: values.length ? values : undefined }); }} />
            </Field>
            <Field label={`${label}: rep needs`}>
              <Select className="w-auto" aria-label={`${label}: rep needs`} value={filter.require} onChange={(e) => onChange({ ...filter, require: e.target.value === "all" ? "all" : "any" })}>
                <option value="any">any of the values</option>
                <option value="all">all of the values</option>
              </Select>
            </Field>
          </>
        )}
        {filter.type === "seniority" &&
          filter.thresholds.map((t, i) => (
            <span key={i} className="flex items-end gap-2">
              <Field label={`${label}: value at least (step ${i + 1})`}>
                <Input type="number" min={0} className="w-32" aria-label={`${label}: value at least (step ${i + 1})`} value={t.minValue}
                  onChange={(e) => onChange({ ...filter, thresholds: filter.thresholds.map((x, j) => (j === i ? { ...x, minValue: Number(e.target.value) || 0 } : x)) })} />
              </Field>
              <Field label={`${label}: minimum seniority (step ${i + 1})`}>
                <Select className="w-auto" aria-label={`${label}: minimum seniority (step ${i + 1})`} value={t.minSeniority}
                  onChange={(e) => onChange({ ...filter, thresholds: filter.thresholds.map((x, j) => (j === i ? { ...x, minSeniority: e.target.value as typeof t.minSeniority } : x)) })}>
                  {SENIORITY_TIERS.map((s) => <option key={s} value={s}>{SENIORITY_LABELS[s]}</option>)}
                </Select>
              </Field>
            </span>
          ))}
        {filter.type === "seniority" && filter.thresholds.length < 10 && (
          <Button variant="ghost" onClick={() => onChange({ ...filter, thresholds: [...filter.thresholds, { minValue: 0, minSeniority: "MID" }] })}>+ Step</Button>
        )}
        {filter.type === "capacity" && (
          <>
            <Field label={`${label}: max open pipeline value`}>
              <Input type="number" min={0} className="w-36" aria-label={`${label}: max open pipeline value`} value={filter.maxOpenPipelineValue ?? ""} placeholder="no cap"
                onChange={(e) => onChange({ ...filter, maxOpenPipelineValue: num(e.target.value) })} />
              <FieldIssue path={`${issuePath}.maxOpenPipelineValue`} />
            </Field>
            <Field label={`${label}: skip reps on leave within (days)`}>
              <Input type="number" min={0} max={90} className="w-28" aria-label={`${label}: leave within days`} value={filter.leaveWithinDays ?? ""} placeholder="off"
                onChange={(e) => onChange({ ...filter, leaveWithinDays: num(e.target.value) })} />
              <FieldIssue path={`${issuePath}.leaveWithinDays`} />
            </Field>
            <p className="text-xs text-slate-500">Each rep&apos;s own caps (open leads, new per day) always apply.</p>
            <BacklogLimitEditor backlog={filter.backlog} label={label} issuePath={`${issuePath}.backlog`} onChange={(backlog) => onChange({ ...filter, backlog })} />
          </>
        )}
        {filter.type === "recent_volume" && (
          <>
            <Field label={`${label}: window (hours)`}>
              <Input type="number" min={1} max={720} className="w-24" aria-label={`${label}: window hours`} value={filter.hours} onChange={(e) => onChange({ ...filter, hours: Number(e.target.value) || 1 })} />
            </Field>
            <Field label={`${label}: max above the pool's mean`}>
              <Input type="number" min={0} className="w-24" aria-label={`${label}: max above mean`} value={filter.maxAboveMean} onChange={(e) => onChange({ ...filter, maxAboveMean: Number(e.target.value) || 0 })} />
            </Field>
          </>
        )}
        {filter.type !== "capacity" && (
          <Field label={`${label}: mode`}>
            <Select className="w-auto" aria-label={`${label}: mode`} title={MODE_HELP} value={filter.mode} onChange={(e) => onChange({ ...filter, mode: e.target.value === "preferred" ? "preferred" : "required" })}>
              <option value="required">required</option>
              <option value="preferred">preferred</option>
            </Select>
          </Field>
        )}
      </div>
    </li>
  );
}

function Field({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="flex flex-col gap-1">
      <span className="text-xs text-slate-600" aria-hidden="true">{label.split(": ").slice(1).join(": ") || label}</span>
      {children}
    </div>
  );
}
