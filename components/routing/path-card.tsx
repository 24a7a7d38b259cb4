"use client";
// One routing path in the ordered flow: "N. Name — if <condition> → <destination>", its analysis
// issues, move up/down, duplicate, remove, and (when open) its editor. A path just added opens at
// its editor, the name field focused: its team is still to be chosen.
import { useState } from "react";
import { ConditionBuilder, describeConditionWith } from "@/components/conditions/condition-builder";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Input, Textarea } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { describeDestination } from "@/server/domain/routing/describe-strategy";
import { DestinationPicker } from "./destination-picker";
import { useIssuesUnder } from "./field-issues";
import type { TEditorData, TIssue, TRoutingPath } from "./routing-editor-model";

interface TProps {
  path: TRoutingPath;
  index: number;
  count: number;
  data: TEditorData;
  errors: TIssue[];
  warnings: TIssue[];
  onChange: (p: TRoutingPath) => void;
  onMove: (by: -1 | 1) => void;
  onDuplicate: () => void;
  onRemove: () => void;
  /** Just added with "+ Add path": open, the name focused. */
  isNew?: boolean;
}

export function PathCard({ path, index, count, data, errors, warnings, onChange, onMove, onDuplicate, onRemove, isNew = false }: TProps) {
  const [isOpen, setIsOpen] = useState(isNew);
  // The server refused a field of this path: open it, so the error shows next to the field.
  const serverIssues = useIssuesUnder(`paths.${index}`).length;
  const [seenIssues, setSeenIssues] = useState(0);
  if (serverIssues !== seenIssues) {
    setSeenIssues(serverIssues);
    if (serverIssues > 0) setIsOpen(true);
  }
  const n = index + 1;
  // A destination whose team or rep the manager has not chosen yet (destinationChoiceIssues).
  const unchosen = path.destination.type === "team" && path.destination.teamId.trim() === "" ? "team" : path.destination.type === "rep" && path.destination.repId.trim() === "" ? "rep" : null;
  const idPrefix = `path-${n}`;
  const names = {
    repName: (id: string) => data.reps.find((r) => r.id === id)?.name ?? "an unknown rep",
    teamName: (id: string) => data.teams.find((t) => t.id === id)?.name ?? "an unknown team",
  };
  const tone = errors.length > 0 ? "border-red-300" : warnings.length > 0 ? "border-amber-300" : "border-slate-200";
  return (
    <li className={`rounded-lg border bg-white shadow-sm ${tone}`} aria-label={`Path ${n}: ${path.name}`} data-testid={`routing-path-${n}`}>
      <div className="flex flex-wrap items-start gap-3 p-4">
        <span className="flex h-7 w-7 shrink-0 items-center justify-center rounded-full bg-brand-100 text-sm font-semibold text-brand-700" aria-hidden="true">{n}</span>
        <div className="min-w-0 flex-1">
          <p className="font-medium text-slate-900">
            {path.name} {errors.length > 0 && <Badge tone="red">{errors.length} error{errors.length > 1 ? "s" : ""}</Badge>}{" "}
            {warnings.length > 0 && <Badge tone="amber">warning</Badge>}
          </p>
          <p className="text-sm text-slate-700">
            <span className="text-slate-500">if </span>{describeConditionWith(path.when, data.subjects)}
            <span className="text-slate-500"> → </span>{unchosen ? <span className="text-red-700">no {unchosen} chosen yet</span> : describeDestination(path.destination, names)}
          </p>
          {path.description && <p className="mt-1 text-xs text-slate-500">{path.description}</p>}
          {[...errors, ...warnings].length > 0 && (
            <ul className="mt-2 space-y-1 text-sm" aria-label={`Problems of path ${n}`}>
              {errors.map((e, i) => <li key={`e${i}`} className="text-red-700" role="alert">{e.message}</li>)}
              {warnings.map((w, i) => <li key={`w${i}`} className="text-amber-800">{w.message}</li>)}
            </ul>
          )}
        </div>
        <div className="flex flex-wrap gap-1">
          <Button variant="ghost" aria-label={`Move path ${n} (${path.name}) up`} disabled={index === 0} onClick={() => onMove(-1)}>↑</Button>
          <Button variant="ghost" aria-label={`Move path ${n} (${path.name}) down`} disabled={index === count - 1} onClick={() => onMove(1)}>↓</Button>
          <Button variant="ghost" aria-label={`Duplicate path ${n} (${path.name})`} onClick={onDuplicate}>Duplicate</Button>
          <Button variant="ghost" aria-label={`Remove path ${n} (${path.name})`} onClick={onRemove}>Remove</Button>
          <Button variant="secondary" aria-expanded={isOpen} aria-controls={`${idPrefix}-editor`} aria-label={`${isOpen ? "Close" : "Edit"} path ${n} (${path.name})`} onClick={() => setIsOpen(!isOpen)}>
            {isOpen ? "Close" : "Edit"}
          </Button>
        </div>
      </div>
      {isOpen && (
        <div id={`${idPrefix}-editor`} className="space-y-4 border-t border-slate-200 p-4">
          <div className="grid gap-3 sm:grid-cols-2">
            <div>
              <Label htmlFor={`${idPrefix}-name`}>Path {n} name</Label>
              <Input id={`${idPrefix}-name`} autoFocus={isNew} value={path.name} maxLength={80} onChange={(e) => onChange({ ...path, name: e.target.value })} />
            </div>
            <div>
              <Label htmlFor={`${idPrefix}-description`}>Path {n} description</Label>
              <Textarea id={`${idPrefix}-description`} rows={1} maxLength={500} value={path.description ?? ""} onChange={(e) => onChange({ ...path, description: e.target.value || undefined })} />
            </div>
          </div>
          <fieldset>
            <legend className="mb-1 text-sm font-medium text-slate-700">Path {n} applies when</legend>
            <ConditionBuilder value={path.when} onChange={(when) => onChange({ ...path, when })} subjects={data.subjects} idPrefix={`${idPrefix}-when`} />
          </fieldset>
          <DestinationPicker destination={path.destination} data={data} idPrefix={idPrefix} pathLabel={`Path ${n}`} issuePath={`paths.${index}.destination`} onChange={(destination) => onChange({ ...path, destination })} />
        </div>
      )}
    </li>
  );
}
