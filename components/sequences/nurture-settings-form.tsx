"use client";
// Settings → Nurture (owners and admins): engagement points (a tracked click, a return visit),
// the postal address printed in every nurture email's footer, the daily send cap, quiet hours in
// the lead's zone and the default sequence. One form over ZNurtureSettingsInput, as the server.
import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { useTRPC } from "@/components/providers/trpc";
import { fieldMessage, FormField } from "@/components/reps/form-field";
import { applyServerErrors } from "@/components/reps/server-errors";
import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/ui/field-error";
import { Input, Select, Textarea } from "@/components/ui/input";
import { ZNurtureSettingsInput, type TNurtureSettings } from "@/server/domain/nurture/nurture-settings";

type TValues = z.input<typeof ZNurtureSettingsInput>;
const HOURS = Array.from({ length: 24 }, (_, h) => h);
const asNumber = { valueAsNumber: true } as const;
const asHour = { setValueAs: (v: unknown) => Number(v) } as const;

export function NurtureSettingsForm({ settings, sequences }: { settings: TNurtureSettings; sequences: { id: string; name: string }[] }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [status, setStatus] = useState<string | null>(null);
  const { register, handleSubmit, setError, reset, formState: { errors, isSubmitting } } = useForm<TValues, unknown, TNurtureSettings>({ resolver: zodResolver(ZNurtureSettingsInput), defaultValues: settings });
  const save = useMutation(trpc.nurture.saveSettings.mutationOptions());
  const onSubmit = handleSubmit(async (values) => {
    setStatus(null);
    try {
      reset(await save.mutateAsync(values));
      setStatus("Saved.");
      router.refresh();
    } catch (error) {
      applyServerErrors(setError, error);
    }
  });
  const field = (name: keyof TValues) => {
    const error = fieldMessage(errors, name);
    return { error, aria: { "aria-invalid": Boolean(error), "aria-describedby": `nurture-${name}-error` } };
  };
  return (
    <form onSubmit={onSubmit} noValidate aria-label="Nurture settings" className="space-y-6">
      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 text-sm font-semibold text-slate-900">Engagement points (added to the lead's intent; crossing into sales-ready graduates the lead)</legend>
        <FormField id="nurture-clickPoints" label="Tracked click" error={field("clickPoints").error}>
          <Input id="nurture-clickPoints" type="number" min={0} max={100} {...register("clickPoints", asNumber)} {...field("clickPoints").aria} />
        </FormField>
        <FormField id="nurture-returnVisitPoints" label="Return visit" error={field("returnVisitPoints").error}>
          <Input id="nurture-returnVisitPoints" type="number" min={0} max={100} {...register("returnVisitPoints", asNumber)} {...field("returnVisitPoints").aria} />
        </FormField>
      </fieldset>
      <FormField id="nurture-postalAddress" label="Postal address (footer of every nurture email)" error={field("postalAddress").error} hint="Required by anti-spam law in many countries; shown as plain text.">
        <Textarea id="nurture-postalAddress" rows={3} {...register("postalAddress")} {...field("postalAddress").aria} />
      </FormField>
      <div className="grid gap-4 sm:grid-cols-3">
        <FormField id="nurture-dailySendCap" label="Daily send cap" error={field("dailySendCap").error} hint="Nurture emails per day; the rest wait for tomorrow.">
          <Input id="nurture-dailySendCap" type="number" min={0} {...register("dailySendCap", asNumber)} {...field("dailySendCap").aria} />
        </FormField>
        <FormField id="nurture-quietStartHour" label="Quiet hours start (lead's time)" error={field("quietStartHour").error}>
          <Select id="nurture-quietStartHour" {...register("quietStartHour", asHour)}>{HOURS.map((h) => <option key={h} value={h}>{`${String(h).padStart(2, "0")}:00`}</option>)}</Select>
        </FormField>
        <FormField id="nurture-quietEndHour" label="Quiet hours end (lead's time)" error={field("quietEndHour").error} hint="Equal start and end: no quiet hours.">
          <Select id="nurture-quietEndHour" {...register("quietEndHour", asHour)}>{HOURS.map((h) => <option key={h} value={h}>{`${String(h).padStart(2, "0")}:00`}</option>)}</Select>
        </FormField>
      </div>
      <FormField id="nurture-defaultSequenceId" label="Default sequence" error={field("defaultSequenceId").error} hint="Nurture paths that name no sequence enrol leads here. Published sequences only.">
        <Select id="nurture-defaultSequenceId" {...register("defaultSequenceId", { setValueAs: (v: unknown) => (v ? String(v) : null) })}>
          <option value="">None (nurture leads are not enrolled)</option>
          {sequences.map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
        </Select>
      </FormField>
      <div className="flex items-center gap-3">
        <Button type="submit" disabled={isSubmitting}>{isSubmitting ? "Saving…" : "Save settings"}</Button>
        <p role="status" className="text-sm text-emerald-700">{status}</p>
      </div>
      <FieldError message={errors.root?.message} />
    </form>
  );
}
