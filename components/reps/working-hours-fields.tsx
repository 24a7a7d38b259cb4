"use client";
// Weekly working hours: one row per interval (several per day allowed, no overlaps).
import { useFieldArray } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/ui/field-error";
import { Input, Select } from "@/components/ui/input";
import { DAY_NAMES } from "@/server/domain/reps/working-hours";
import { fieldMessage } from "./form-field";
import type { TRepForm } from "./rep-form-types";

export function WorkingHoursFields({ form }: { form: TRepForm }) {
  const { control, register, formState: { errors } } = form;
  const { fields, append, remove } = useFieldArray({ control, name: "workingHours" });
  const listError = (errors.workingHours as { root?: { message?: string }; message?: string } | undefined);
  return (
    <div className="space-y-3">
      {fields.length === 0 && <p className="text-sm text-slate-500">No working hours: this rep receives no leads by schedule.</p>}
      <ul className="space-y-2" aria-label="Working hours">
        {fields.map((field, index) => {
          const base = `workingHours.${index}` as const;
          const dayError = fieldMessage(errors, `${base}.day`);
          const startError = fieldMessage(errors, `${base}.start`);
          const endError = fieldMessage(errors, `${base}.end`);
          return (
            <li key={field.id} className="grid grid-cols-[1fr_auto_auto_auto] items-start gap-2 sm:grid-cols-[12rem_8rem_8rem_auto]">
              <div>
                <Select aria-label={`Day of interval ${index + 1}`} aria-invalid={Boolean(dayError)} {...register(`${base}.day`, { valueAsNumber: true })}>
                  {DAY_NAMES.map((name, day) => (
                    <option key={name} value={day}>{name}</option>
                  ))}
                </Select>
                <FieldError message={dayError} />
              </div>
              <div>
                <Input type="text" inputMode="numeric" placeholder="09:00" aria-label={`Start of interval ${index + 1}`} aria-invalid={Boolean(startError)} {...register(`${base}.start`)} />
                <FieldError message={startError} />
              </div>
              <div>
                <Input type="text" inputMode="numeric" placeholder="17:00" aria-label={`End of interval ${index + 1}`} aria-invalid={Boolean(endError)} {...register(`${base}.end`)} />
                <FieldError message={endError} />
              </div>
              <Button variant="ghost" className="justify-self-start" aria-label={`Remove interval ${index + 1}`} onClick={() => remove(index)}>
                Remove
              </Button>
            </li>
          );
        })}
      </ul>
      <FieldError message={listError?.root?.message ?? listError?.message} />
      <Button variant="secondary" onClick={() => append({ day: nextDay(form), start: "09:00", end: "17:00" })}>
        Add interval
      </Button>
    </div>
  );
}

/** The day after the last row's day, so "Add" builds a week quickly. */
function nextDay(form: TRepForm): number {
  const rows = form.getValues("workingHours") ?? [];
  const last = rows[rows.length - 1];
  return last ? (last.day + 1) % 7 : 1;
}
