"use client";
// One meeting type's form (Settings → Meeting types): where it applies (workspace default, a team
// or a routing path), then every setting of its slots and location. Errors come back from the
// server with field paths and are shown under their fields.
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/ui/field-error";
import { Input, Select } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { errorDetails, errorMessage } from "@/components/members/trpc-error";
import { DEFAULT_MEETING_TYPE, MEETING_LOCATION_KINDS, type TMeetingTypeRecord, type TMeetingTypeSettings } from "@/server/domain/booking/meeting-type";

export type TMeetingTypeDraft = TMeetingTypeSettings & { id?: string; teamId: string | null; pathId: string | null };
export interface TScopeChoices {
  teams: { id: string; name: string }[];
  paths: { id: string; name: string }[];
}

const LOCATION_LABELS: Record<(typeof MEETING_LOCATION_KINDS)[number], string> = { VIDEO: "Video link", PHONE: "Phone", IN_PERSON: "In person" };
const NUMBER_FIELDS: { key: keyof TMeetingTypeSettings; label: string; hint?: string }[] = [
  { key: "durationMinutes", label: "Duration (minutes)" },
  { key: "bufferBeforeMinutes", label: "Buffer before (minutes)", hint: "Kept free before each meeting" },
  { key: "bufferAfterMinutes", label: "Buffer after (minutes)", hint: "Kept free after each meeting" },
  { key: "minNoticeMinutes", label: "Minimum notice (minutes)", hint: "No time sooner than this from now" },
  { key: "horizonDays", label: "Booking horizon (days)", hint: "No time later than this many days ahead" },
  { key: "slotStepMinutes", label: "Slot step (minutes)", hint: "Times offered every this many minutes" },
  { key: "maxPerDay", label: "Meetings per rep per day", hint: "Empty: no cap" },
  { key: "ownerWindowDays", label: "Owner's window (working days)", hint: "When the lead's owner has no time within this, the next best rep is offered" },
];

export const newMeetingTypeDraft = (): TMeetingTypeDraft => ({ ...DEFAULT_MEETING_TYPE, teamId: null, pathId: null });

const scopeValue = (d: Pick<TMeetingTypeDraft, "teamId" | "pathId">) => (d.pathId ? `path:${d.pathId}` : d.teamId ? `team:${d.teamId}` : "");

export function MeetingTypeForm({ initial, choices, onSave, onDelete }: { initial: TMeetingTypeDraft; choices: TScopeChoices; onSave: (draft: TMeetingTypeDraft) => Promise<TMeetingTypeRecord>; onDelete?: () => Promise<void> }) {
  const [draft, setDraft] = useState<TMeetingTypeDraft>(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [isBusy, setBusy] = useState(false);
  const idBase = `mt-${initial.id ?? "new"}`;
  const set = <K extends keyof TMeetingTypeDraft>(key: K, value: TMeetingTypeDraft[K]) => setDraft((d) => ({ ...d, [key]: value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setErrors({});
    setMessage(null);
    try {
      await onSave(draft);
      setMessage("Saved");
      if (!initial.id) setDraft(newMeetingTypeDraft());
    } catch (e) {
      const details = errorDetails(e);
      setErrors(Object.fromEntries(details.map((d) => [d.path, d.message])));
      setMessage(details.length > 0 ? "Check the fields marked below" : errorMessage(e));
    } finally {
      setBusy(false);
    }
  }

  function setScope(value: string) {
    const [kind, id] = value.split(/:(.*)/s);
    setDraft((d) => ({ ...d, teamId: kind === "team" ? (id ?? null) : null, pathId: kind === "path" ? (id ?? null) : null }));
  }

  return (
    <form onSubmit={submit} className="space-y-4" aria-label={initial.id ? `Meeting type ${initial.title}` : "New meeting type"}>
      <div className="grid gap-4 sm:grid-cols-2">
        <div>
          <Label htmlFor={`${idBase}-scope`}>Applies to</Label>
          <Select id={`${idBase}-scope`} value={scopeValue(draft)} onChange={(e) => setScope(e.target.value)}>
            <option value="">Workspace default</option>
            {choices.teams.map((t) => <option key={t.id} value={`team:${t.id}`}>Team: {t.name}</option>)}
            {choices.paths.map((p) => <option key={p.id} value={`path:${p.id}`}>Routing path: {p.name}</option>)}
          </Select>
          <FieldError message={errors.teamId ?? errors.pathId} />
        </div>
        <div>
          <Label htmlFor={`${idBase}-title`}>Title</Label>
          <Input id={`${idBase}-title`} value={draft.title} onChange={(e) => set("title", e.target.value)} />
          <FieldError message={errors.title} />
        </div>
        {NUMBER_FIELDS.map((field) => (
          <div key={field.key}>
            <Label htmlFor={`${idBase}-${field.key}`}>{field.label}</Label>
            <Input
              id={`${idBase}-${field.key}`}
              type="number"
              inputMode="numeric"
              value={draft[field.key] === null ? "" : String(draft[field.key])}
              aria-describedby={[field.hint ? `${idBase}-${field.key}-hint` : "", errors[field.key] ? `${idBase}-${field.key}-error` : ""].filter(Boolean).join(" ") || undefined}
              aria-invalid={errors[field.key] ? true : undefined}
              onChange={(e) => set(field.key, (e.target.value === "" ? (field.key === "maxPerDay" ? null : Number.NaN) : Number(e.target.value)) as never)}
            />
            {field.hint && <p id={`${idBase}-${field.key}-hint`} className="mt-1 text-xs text-slate-500">{field.hint}</p>}
            <FieldError id={`${idBase}-${field.key}-error`} message={errors[field.key]} />
          </div>
        ))}
        <div>
          <Label htmlFor={`${idBase}-locationKind`}>Location</Label>
          <Select id={`${idBase}-locationKind`} value={draft.locationKind} onChange={(e) => set("locationKind", e.target.value as TMeetingTypeDraft["locationKind"])}>
            {MEETING_LOCATION_KINDS.map((k) => <option key={k} value={k}>{LOCATION_LABELS[k]}</option>)}
          </Select>
        </div>
        <div>
          <Label htmlFor={`${idBase}-location`}>{draft.locationKind === "VIDEO" ? "Link template ({rep}, {booking})" : draft.locationKind === "PHONE" ? "Phone number" : "Address"}</Label>
          <Input id={`${idBase}-location`} value={draft.location} onChange={(e) => set("location", e.target.value)} />
          <FieldError message={errors.location} />
        </div>
      </div>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" checked={draft.offersBooking} onChange={(e) => set("offersBooking", e.target.checked)} />
        Offer booking on the end screen
      </label>
      <div className="flex items-center gap-3">
        <Button type="submit" disabled={isBusy}>{initial.id ? "Save" : "Add meeting type"}</Button>
        {onDelete ? (
          <Button variant="secondary" disabled={isBusy} onClick={() => { if (window.confirm(`Delete the meeting type “${initial.title}”? Its leads get the next most specific one.`)) void onDelete(); }}>
            Delete
          </Button>
        ) : null}
        {message ? <p role="status" className="text-sm text-slate-600">{message}</p> : null}
      </div>
    </form>
  );
}
