"use client";
// A small form with a required reason (and optionally a rep choice): return, reassign, change.
import { useId, useState, type FormEvent, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { Select, Textarea } from "@/components/ui/input";
import { Label } from "@/components/ui/label";

export const NEXT_BEST = "";

export interface TReasonFormProps {
  title: string;
  submitLabel: string;
  isPending: boolean;
  reps?: { id: string; name: string }[];
  onSubmit: (values: { reason: string; toRepId: string | null }) => void;
  onCancel: () => void;
  children?: ReactNode;
}

export function ReasonForm({ title, submitLabel, isPending, reps, onSubmit, onCancel, children }: TReasonFormProps) {
  const id = useId();
  const [reason, setReason] = useState("");
  const [toRepId, setToRepId] = useState(NEXT_BEST);
  const [missing, setMissing] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!reason.trim()) return setMissing(true);
    onSubmit({ reason: reason.trim(), toRepId: toRepId === NEXT_BEST ? null : toRepId });
  };
  return (
    <form onSubmit={submit} className="space-y-3 rounded-md border border-slate-200 p-3" aria-label={title}>
      <p className="text-sm font-medium text-slate-900">{title}</p>
      {reps && (
        <div>
          <Label htmlFor={`${id}-rep`}>New owner</Label>
          <Select id={`${id}-rep`} value={toRepId} onChange={(e) => setToRepId(e.target.value)}>
            <option value={NEXT_BEST}>Next best rep (routing rules)</option>
            {reps.map((r) => (
              <option key={r.id} value={r.id}>{r.name}</option>
            ))}
          </Select>
        </div>
      )}
      <div>
        <Label htmlFor={`${id}-reason`}>Reason</Label>
        <Textarea
          id={`${id}-reason`}
          rows={2}
          maxLength={500}
          value={reason}
          aria-invalid={missing || undefined}
          aria-describedby={missing ? `${id}-missing` : undefined}
          onChange={(e) => {
            setReason(e.target.value);
            setMissing(false);
          }}
        />
        {missing && <p id={`${id}-missing`} role="alert" className="mt-1 text-sm text-red-600">Give a reason.</p>}
      </div>
      {children}
      <div className="flex gap-2">
        <Button type="submit" disabled={isPending}>{isPending ? "Saving…" : submitLabel}</Button>
        <Button variant="ghost" onClick={onCancel} disabled={isPending}>Cancel</Button>
      </div>
    </form>
  );
}
