"use client";
// Create or edit a rep profile: one form over ZRepCreateInput (the same schema the server checks).
// Editing, the form says when it differs from what is saved ("Unsaved changes", with Discard) and
// tells the page (unsaved-changes.tsx), so Deactivate / Reactivate never pass for a save.
import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useEffect, useState, type ReactNode } from "react";
import { useForm } from "react-hook-form";
import { useTRPC } from "@/components/providers/trpc";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { FieldError } from "@/components/ui/field-error";
import { type TRepCreateFormValues, type TRepCreateInput, ZRepCreateInput } from "@/server/domain/reps/rep-profile-input";
import { isValidTimeZone } from "@/server/domain/reps/time-zone";
import { RepBasicsFields } from "./rep-basics-fields";
import { storedRepFormValues } from "./rep-form-values";
import { RepTargetingFields } from "./rep-targeting-fields";
import { applyServerErrors } from "./server-errors";
import { TimeOffFields } from "./time-off-fields";
import { useReportUnsavedChanges } from "./unsaved-changes";
import { UNSAVED_CHANGES_LABEL } from "./unsaved-status-text";
import { WorkingHoursFields } from "./working-hours-fields";

type TProps =
  | { mode: "create"; defaultValues: TRepCreateFormValues; candidates: { userId: string; name: string; email: string }[] }
  | { mode: "edit"; repId: string; defaultValues: TRepCreateFormValues };

function Section({ title, children }: { title: string; children: ReactNode }) {
  return <Card title={title}>{children}</Card>;
}

export function RepForm(props: TProps) {
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const [savedAt, setSavedAt] = useState<Date | null>(null);
  const form = useForm<TRepCreateFormValues, unknown, TRepCreateInput>({
    resolver: zodResolver(ZRepCreateInput),
    defaultValues: props.defaultValues,
  });
  const { handleSubmit, setError, reset, setValue, getFieldState, formState } = form;
  const create = useMutation(trpc.reps.create.mutationOptions());
  const update = useMutation(trpc.reps.update.mutationOptions());
  // Editing only: a new rep is unsaved by definition.
  const hasUnsavedChanges = props.mode === "edit" && formState.isDirty;
  useReportUnsavedChanges(hasUnsavedChanges);

  // A new rep starts in the manager's own time zone (known only in the browser).
  useEffect(() => {
    if (props.mode !== "create" || getFieldState("timeZone").isDirty) return;
    const browserZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (isValidTimeZone(browserZone)) setValue("timeZone", browserZone);
  }, [props.mode, getFieldState, setValue]);

  const onSubmit = handleSubmit(async (values) => {
    setSavedAt(null);
    try {
      if (props.mode === "create") {
        const { id } = await create.mutateAsync(values);
        router.push(`/reps/${id}`);
        router.refresh();
        return;
      }
      const { userId: _userId, ...profile } = values;
      await update.mutateAsync({ repId: props.repId, profile });
      const fresh = await queryClient.fetchQuery({ ...trpc.reps.get.queryOptions({ repId: props.repId }), staleTime: 0 });
      reset(storedRepFormValues(fresh));
      setSavedAt(new Date());
      router.refresh();
    } catch (error) {
      applyServerErrors(setError, error, props.mode === "edit" ? "profile." : "");
    }
  });

  const isPending = create.isPending || update.isPending || formState.isSubmitting;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-6" aria-label={props.mode === "create" ? "New rep" : "Edit rep"}>
      <Section title="Profile">
        <RepBasicsFields form={form} candidates={props.mode === "create" ? props.candidates : undefined} />
      </Section>
      <Section title="Lead fit">
        <RepTargetingFields form={form} />
      </Section>
      <Section title="Working hours">
        <WorkingHoursFields form={form} />
      </Section>
      <Section title="Out of office">
        <TimeOffFields form={form} />
      </Section>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={isPending}>
          {isPending ? "Saving…" : props.mode === "create" ? "Create rep" : "Save changes"}
        </Button>
        {hasUnsavedChanges && (
          <>
            <p className="text-sm font-medium text-amber-700">{UNSAVED_CHANGES_LABEL}</p>
            {/* Back to what is saved (the page's latest values, also after a status change). */}
            <Button variant="secondary" disabled={isPending} onClick={() => reset(props.defaultValues)}>
              Discard changes
            </Button>
          </>
        )}
        {savedAt && !hasUnsavedChanges && <p role="status" className="text-sm text-emerald-700">Saved.</p>}
        {Object.keys(formState.errors).length > 0 && !formState.errors.root && (
          <p className="text-sm text-red-600">Some fields need attention.</p>
        )}
      </div>
      <FieldError message={formState.errors.root?.message} />
    </form>
  );
}
