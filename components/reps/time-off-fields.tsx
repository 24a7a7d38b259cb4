"use client";
// Out-of-office periods, entered as local date-times in the rep's time zone.
import { Controller, useFieldArray, useWatch } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/ui/field-error";
import { Input } from "@/components/ui/input";
import { isValidTimeZone } from "@/server/domain/reps/time-zone";
import { instantToZonedWallTime, zonedWallTimeToInstant } from "@/server/domain/reps/zoned-time";
import { zoneName } from "@/server/domain/time/zone-name";
import { fieldMessage } from "./form-field";
import type { TRepForm } from "./rep-form-types";

const DAY_MS = 86_400_000;

/** Tomorrow 00:00 → the day after, in the rep's zone. */
function nextFreeDay(timeZone: string): { startsAt: Date; endsAt: Date } {
  const today = instantToZonedWallTime(new Date(), timeZone).slice(0, 10);
  const tomorrow = new Date(Date.parse(`${today}T00:00Z`) + DAY_MS).toISOString().slice(0, 10);
  const after = new Date(Date.parse(`${today}T00:00Z`) + 2 * DAY_MS).toISOString().slice(0, 10);
  return {
    startsAt: zonedWallTimeToInstant(`${tomorrow}T00:00`, timeZone) ?? new Date(),
    endsAt: zonedWallTimeToInstant(`${after}T00:00`, timeZone) ?? new Date(),
  };
}

function DateTimeInput({ form, name, timeZone, label }: { form: TRepForm; name: `timeOff.${number}.startsAt` | `timeOff.${number}.endsAt`; timeZone: string; label: string }) {
  const error = fieldMessage(form.formState.errors, name);
  return (
    <div>
      <Controller
        control={form.control}
        name={name}
        render={({ field }) => (
          <Input
            type="datetime-local"
            aria-label={label}
            aria-invalid={Boolean(error)}
            ref={field.ref}
            name={field.name}
            onBlur={field.onBlur}
            value={field.value instanceof Date && !Number.isNaN(field.value.getTime()) ? instantToZonedWallTime(field.value, timeZone) : ""}
            onChange={(e) => field.onChange(zonedWallTimeToInstant(e.target.value, timeZone) ?? new Date(Number.NaN))}
          />
        )}
      />
      <FieldError message={error} />
    </div>
  );
}

export function TimeOffFields({ form }: { form: TRepForm }) {
  const { control, register, formState: { errors } } = form;
  const { fields, append, remove } = useFieldArray({ control, name: "timeOff", keyName: "key" });
  const watched = useWatch({ control, name: "timeZone" });
  const timeZone = isValidTimeZone(watched) ? watched : "UTC";
  // Named as the list names it, with the offset at the first period's start (else now): the
  // periods are typed as wall-clock times, so a later period across a DST change is still right.
  const firstStart = useWatch({ control, name: "timeOff.0.startsAt" });
  const zoneAt = firstStart instanceof Date && !Number.isNaN(firstStart.getTime()) ? firstStart : new Date();
  return (
    <div className="space-y-3">
      <p className="text-sm text-slate-500">Times are in {zoneName(timeZone, zoneAt)}. No leads are routed to the rep during these periods.</p>
      {fields.length === 0 && <p className="text-sm text-slate-500">No out-of-office periods.</p>}
      <ul className="space-y-2" aria-label="Out-of-office periods">
        {fields.map((field, index) => {
          const n = index + 1;
          return (
            <li key={field.key} className="grid items-start gap-2 sm:grid-cols-[1fr_1fr_1fr_auto]">
              <DateTimeInput form={form} name={`timeOff.${index}.startsAt`} timeZone={timeZone} label={`Start of period ${n}`} />
              <DateTimeInput form={form} name={`timeOff.${index}.endsAt`} timeZone={timeZone} label={`End of period ${n}`} />
              <div>
                <Input placeholder="Note (optional)" aria-label={`Note for period ${n}`} {...register(`timeOff.${index}.note`)} />
                <FieldError message={fieldMessage(errors, `timeOff.${index}.note`) ?? fieldMessage(errors, `timeOff.${index}.id`)} />
              </div>
              <Button variant="ghost" className="justify-self-start" aria-label={`Remove period ${n}`} onClick={() => remove(index)}>
                Remove
              </Button>
            </li>
          );
        })}
      </ul>
      <Button variant="secondary" onClick={() => append({ ...nextFreeDay(timeZone), note: "" })}>
        Add out-of-office period
      </Button>
    </div>
  );
}
