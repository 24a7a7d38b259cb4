"use client";
// One step of the sequence editor, sortable (@dnd-kit): an email (subject, Markdown body with
// merge fields), a wait (amount, unit, optional local send hour) or the end. The drag handle
// works with the keyboard (Space, arrows, Space), and Move up / Move down do the same in one press.
import { useId } from "react";
import { useSortable } from "@dnd-kit/sortable";
import { CSS } from "@dnd-kit/utilities";
import { useFormContext, useWatch } from "react-hook-form";
import { fieldMessage, FormField } from "@/components/reps/form-field";
import { Button } from "@/components/ui/button";
import { Input, Select, Textarea } from "@/components/ui/input";
import { MERGE_FIELDS } from "@/server/domain/nurture/merge-fields";
import { STEP_LABELS, stepName, type TSequenceFormValues } from "./sequence-form-model";

interface TProps {
  sortId: string;
  index: number;
  count: number;
  isReadOnly: boolean;
  onMove: (from: number, to: number) => void;
  onRemove: (index: number) => void;
}

const HOURS = Array.from({ length: 24 }, (_, h) => h);
const hourLabel = (h: number) => `${String(h).padStart(2, "0")}:00`;

export function SequenceStepCard({ sortId, index, count, isReadOnly, onMove, onRemove }: TProps) {
  const { register, formState: { errors } } = useFormContext<TSequenceFormValues>();
  const step = useWatch<TSequenceFormValues, `draft.steps.${number}`>({ name: `draft.steps.${index}` });
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({ id: sortId, disabled: isReadOnly });
  const at = `draft.steps.${index}` as const;
  // Not the field array's sortId: it is random, so the server's and the browser's differ (a hydration mismatch).
  const idBase = `step-${useId()}`;
  const name = stepName(step, index);
  const stepError = fieldMessage(errors, at);
  const ownError = typeof (errors.draft?.steps?.[index] as { message?: unknown } | undefined)?.message === "string" ? stepError : undefined;

  return (
    <li
      ref={setNodeRef}
      style={{ transform: CSS.Transform.toString(transform), transition }}
      className={`rounded-md border bg-white p-4 ${isDragging ? "border-brand-500 shadow-lg" : "border-slate-200"}`}
      aria-label={`Step ${index + 1}: ${STEP_LABELS[step?.type ?? "end"]}`}
    >
      <div className="mb-3 flex flex-wrap items-center gap-2">
        {!isReadOnly && (
          <button
            type="button"
            ref={setActivatorNodeRef}
            {...attributes}
            {...listeners}
            aria-label={`Reorder ${name}`}
            className="cursor-grab rounded px-1.5 py-0.5 text-slate-500 hover:bg-slate-100 focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-500"
          >
            ⠿
          </button>
        )}
        <h3 className="text-sm font-semibold text-slate-900">{`${index + 1}. ${STEP_LABELS[step?.type ?? "end"]}`}</h3>
        {!isReadOnly && (
          <div className="ml-auto flex gap-1">
            <Button variant="ghost" onClick={() => onMove(index, index - 1)} disabled={index === 0} aria-label={`Move ${name} up`}>↑</Button>
            <Button variant="ghost" onClick={() => onMove(index, index + 1)} disabled={index === count - 1} aria-label={`Move ${name} down`}>↓</Button>
            <Button variant="ghost" onClick={() => onRemove(index)} aria-label={`Remove ${name}`}>Remove</Button>
          </div>
        )}
      </div>
      {step?.type === "email" && (
        <div className="space-y-3">
          <FormField id={`${idBase}-subject`} label="Subject" error={fieldMessage(errors, `${at}.subject`)}>
            <Input id={`${idBase}-subject`} {...register(`${at}.subject`)} aria-invalid={Boolean(fieldMessage(errors, `${at}.subject`))} aria-describedby={`${idBase}-subject-error`} />
          </FormField>
          <FormField
            id={`${idBase}-body`}
            label="Body (Markdown)"
            error={fieldMessage(errors, `${at}.body`)}
            hint={`Paragraphs, # headings, - lists, **bold**, _italic_, [links](https://…); no HTML. Merge fields: ${MERGE_FIELDS.map((f) => `{{${f}}}`).join(" ")}`}
          >
            <Textarea id={`${idBase}-body`} rows={6} className="font-mono" {...register(`${at}.body`)} aria-invalid={Boolean(fieldMessage(errors, `${at}.body`))} aria-describedby={`${idBase}-body-error`} />
          </FormField>
        </div>
      )}
      {step?.type === "wait" && (
        <div className="grid gap-3 sm:grid-cols-3">
          <FormField id={`${idBase}-amount`} label="Wait" error={fieldMessage(errors, `${at}.amount`)}>
            <Input id={`${idBase}-amount`} type="number" min={1} max={365} {...register(`${at}.amount`, { valueAsNumber: true })} aria-invalid={Boolean(fieldMessage(errors, `${at}.amount`))} aria-describedby={`${idBase}-amount-error`} />
          </FormField>
          <FormField id={`${idBase}-unit`} label="Unit" error={fieldMessage(errors, `${at}.unit`)}>
            <Select id={`${idBase}-unit`} {...register(`${at}.unit`)}>
              <option value="hours">Hours</option>
              <option value="days">Days</option>
              <option value="business_days">Business days</option>
            </Select>
          </FormField>
          {step.unit !== "hours" && (
            <FormField id={`${idBase}-hour`} label="Send at (lead's local time)" error={fieldMessage(errors, `${at}.sendAtHour`)}>
              <Select id={`${idBase}-hour`} {...register(`${at}.sendAtHour`, { setValueAs: (v: unknown) => (v === "" || v === null || v === undefined ? null : Number(v)) })}>
                <option value="">Same time of day</option>
                {HOURS.map((h) => <option key={h} value={h}>{hourLabel(h)}</option>)}
              </Select>
            </FormField>
          )}
        </div>
      )}
      {step?.type === "end" && <p className="text-sm text-slate-600">The sequence ends here; the lead leaves it.</p>}
      {ownError && <p role="alert" className="mt-2 text-sm text-red-600">{ownError}</p>}
    </li>
  );
}
