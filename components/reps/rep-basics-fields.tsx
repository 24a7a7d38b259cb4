"use client";
// Who the rep is, their time zone, weight and capacity.
import { useWatch } from "react-hook-form";
import { Input, Select } from "@/components/ui/input";
import { SENIORITY_LABELS, SENIORITY_TIERS } from "@/server/domain/reps/rep-options";
import { fieldMessage, FormField } from "./form-field";
import type { TRepForm } from "./rep-form-types";
import { TimeZoneSelect } from "./time-zone-select";

const toLimit = (value: unknown) => (value === "" || value === null || value === undefined ? null : Number(value));

export function RepBasicsFields({ form, candidates }: { form: TRepForm; candidates?: { userId: string; name: string; email: string }[] }) {
  const { register, control, formState: { errors } } = form;
  const timeZone = useWatch({ control, name: "timeZone" });
  const invalid = (path: string) => ({ "aria-invalid": Boolean(fieldMessage(errors, path)), "aria-describedby": `rep-${path}-error` });
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      {candidates && (
        <FormField id="rep-userId" label="Workspace member" error={fieldMessage(errors, "userId")} className="sm:col-span-2">
          <Select id="rep-userId" {...register("userId")} {...invalid("userId")}>
            <option value="">Choose a member…</option>
            {candidates.map((c) => (
              <option key={c.userId} value={c.userId}>
                {c.name === c.email ? c.email : `${c.name} (${c.email})`}
              </option>
            ))}
          </Select>
        </FormField>
      )}
      <FormField id="rep-title" label="Title" error={fieldMessage(errors, "title")}>
        <Input id="rep-title" placeholder="Account Executive" {...register("title")} {...invalid("title")} />
      </FormField>
      <FormField id="rep-seniority" label="Seniority" error={fieldMessage(errors, "seniority")}>
        <Select id="rep-seniority" {...register("seniority")} {...invalid("seniority")}>
          {SENIORITY_TIERS.map((tier) => (
            <option key={tier} value={tier}>{SENIORITY_LABELS[tier]}</option>
          ))}
        </Select>
      </FormField>
      <FormField id="rep-timeZone" label="Time zone" error={fieldMessage(errors, "timeZone")} hint="Working hours and out-of-office times are in this zone.">
        <TimeZoneSelect id="rep-timeZone" current={timeZone} {...register("timeZone")} {...invalid("timeZone")} />
      </FormField>
      <FormField id="rep-routingWeight" label="Routing weight" error={fieldMessage(errors, "routingWeight")} hint="1–100; a rep with weight 2 gets twice the share of weight 1.">
        <Input id="rep-routingWeight" type="number" min={1} max={100} step={1} {...register("routingWeight", { valueAsNumber: true })} {...invalid("routingWeight")} />
      </FormField>
      <FormField id="rep-maxOpenLeads" label="Max open leads" error={fieldMessage(errors, "maxOpenLeads")} hint="Empty = unlimited; 0 pauses new leads.">
        <Input id="rep-maxOpenLeads" type="number" min={0} step={1} placeholder="Unlimited" {...register("maxOpenLeads", { setValueAs: toLimit })} {...invalid("maxOpenLeads")} />
      </FormField>
      <FormField id="rep-maxNewLeadsPerDay" label="Max new leads per day" error={fieldMessage(errors, "maxNewLeadsPerDay")} hint="Empty = unlimited.">
        <Input id="rep-maxNewLeadsPerDay" type="number" min={0} step={1} placeholder="Unlimited" {...register("maxNewLeadsPerDay", { setValueAs: toLimit })} {...invalid("maxNewLeadsPerDay")} />
      </FormField>
    </div>
  );
}
