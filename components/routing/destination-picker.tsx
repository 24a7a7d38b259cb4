"use client";
// Where a path sends its leads: a team (with a strategy), a named rep (only reps of members who work
// leads are offered: repsToOffer), nurture or disqualify. A team not chosen yet (a new path, or
// "A team" just picked) reads "Choose a team…", and a rep not chosen yet ("A named rep" just
// picked) "Choose a rep…", with the problem under it until one is chosen.
import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "@/components/providers/trpc";
import { Select } from "@/components/ui/input";
import { FieldError } from "@/components/ui/field-error";
import { Label } from "@/components/ui/label";
import { StrategyEditor } from "./strategy-editor";
import { defaultDestination, repsToOffer, type TDestination, type TEditorData } from "./routing-editor-model";

const TYPE_LABELS: Record<TDestination["type"], string> = {
  team: "A team, with a strategy",
  rep: "A named rep",
  nurture: "The nurture tier",
  disqualify: "Disqualify",
};

/** A nurture path's sequence: the workspace default (no id) or a named one (drafts enrol nobody). */
function SequenceSelect({ id, sequenceId, onChange }: { id: string; sequenceId: string | undefined; onChange: (sequenceId: string | undefined) => void }) {
  const sequences = useQuery(useTRPC().nurture.list.queryOptions()).data ?? [];
  return (
    <div className="min-w-0">
      <Label htmlFor={id}>Sequence</Label>
      <Select id={id} className="w-auto" value={sequenceId ?? ""} onChange={(e) => onChange(e.target.value || undefined)}>
        <option value="">The workspace default</option>
        {sequenceId && !sequences.some((s) => s.id === sequenceId) && <option value={sequenceId}>Unknown sequence</option>}
        {sequences.map((s) => <option key={s.id} value={s.id}>{s.publishedVersion ? s.name : `${s.name} (not published)`}</option>)}
      </Select>
    </div>
  );
}

export function DestinationPicker({ destination, data, idPrefix, pathLabel, issuePath, onChange }: { destination: TDestination; data: Pick<TEditorData, "teams" | "reps">; idPrefix: string; pathLabel: string; issuePath: string; onChange: (d: TDestination) => void }) {
  const isTeamUnchosen = destination.type === "team" && destination.teamId.trim() === "";
  const isRepUnchosen = destination.type === "rep" && destination.repId.trim() === "";
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap gap-3">
        <div>
          <Label htmlFor={`${idPrefix}-dest`}>Send leads to</Label>
          <Select id={`${idPrefix}-dest`} className="w-auto" value={destination.type} onChange={(e) => onChange(defaultDestination(e.target.value as TDestination["type"]))}>
            {(Object.keys(TYPE_LABELS) as TDestination["type"][]).map((t) => <option key={t} value={t}>{TYPE_LABELS[t]}</option>)}
          </Select>
        </div>
        {destination.type === "team" && (
          <div className="min-w-0">
            <Label htmlFor={`${idPrefix}-team`}>Team</Label>
            <Select id={`${idPrefix}-team`} className="w-auto" value={destination.teamId} onChange={(e) => onChange({ ...destination, teamId: e.target.value })}
              {...(isTeamUnchosen ? { "aria-invalid": true, "aria-describedby": `${idPrefix}-team-missing` } : {})}>
              {isTeamUnchosen && <option value="" disabled>Choose a team…</option>}
              {!isTeamUnchosen && !data.teams.some((t) => t.id === destination.teamId) && <option value={destination.teamId}>Unknown team</option>}
              {data.teams.map((t) => (
                <option key={t.id} value={t.id}>{t.name} ({t.members.length} {t.members.length === 1 ? "rep" : "reps"}){t.isActive ? "" : " — inactive"}</option>
              ))}
            </Select>
            <FieldError id={`${idPrefix}-team-missing`} message={isTeamUnchosen ? "Choose the team this path sends leads to." : null} />
          </div>
        )}
        {destination.type === "nurture" && (
          <SequenceSelect id={`${idPrefix}-sequence`} sequenceId={destination.sequenceId} onChange={(sequenceId) => onChange(sequenceId ? { type: "nurture", sequenceId } : { type: "nurture" })} />
        )}
        {destination.type === "rep" && (
          <div className="min-w-0">
            <Label htmlFor={`${idPrefix}-rep`}>Rep</Label>
            <Select id={`${idPrefix}-rep`} className="w-auto" value={destination.repId} onChange={(e) => onChange({ ...destination, repId: e.target.value })}
              {...(isRepUnchosen ? { "aria-invalid": true, "aria-describedby": `${idPrefix}-rep-missing` } : {})}>
              {isRepUnchosen && <option value="" disabled>Choose a rep…</option>}
              {!isRepUnchosen && !data.reps.some((r) => r.id === destination.repId) && <option value={destination.repId}>Unknown rep</option>}
              {repsToOffer(data.reps, destination.repId).map((r) => <option key={r.id} value={r.id}>{r.name}{r.isActive ? "" : " (inactive)"}</option>)}
            </Select>
            <FieldError id={`${idPrefix}-rep-missing`} message={isRepUnchosen ? "Choose the rep this path sends leads to." : null} />
          </div>
        )}
      </div>
      {destination.type === "team" && !isTeamUnchosen && (
        <p className="text-xs text-slate-500">
          Members: {data.teams.find((t) => t.id === destination.teamId)?.members.map((m) => m.name).join(", ") || "none"}
        </p>
      )}
      {destination.type === "rep" && <p className="text-xs text-slate-500">When this rep cannot take the lead (away, at capacity), the next path is tried.</p>}
      {destination.type === "nurture" && <p className="text-xs text-slate-500">The lead is enrolled in the sequence's published version; no rep is assigned.</p>}
      {destination.type === "disqualify" && <p className="text-xs text-slate-500">The lead is marked disqualified; no rep is assigned.</p>}
      {destination.type === "team" && (
        <StrategyEditor strategy={destination.strategy} idPrefix={idPrefix} pathLabel={pathLabel} issuePath={`${issuePath}.strategy`} onChange={(strategy) => onChange({ ...destination, strategy })} />
      )}
    </div>
  );
}
