"use client";
// Create a team or edit its name and description, over ZTeamInput (the schema the server checks).
import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { fieldMessage, FormField } from "@/components/reps/form-field";
import { applyServerErrors } from "@/components/reps/server-errors";
import { useTRPC } from "@/components/providers/trpc";
import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/ui/field-error";
import { Input, Textarea } from "@/components/ui/input";
import { type TTeamFormValues, type TTeamInput, ZTeamInput } from "@/server/domain/reps/team-input";

type TProps = { mode: "create"; defaultValues?: TTeamFormValues } | { mode: "edit"; teamId: string; defaultValues: TTeamFormValues };

export function TeamForm(props: TProps) {
  const trpc = useTRPC();
  const router = useRouter();
  const [isSaved, setIsSaved] = useState(false);
  const form = useForm<TTeamFormValues, unknown, TTeamInput>({
    resolver: zodResolver(ZTeamInput),
    defaultValues: props.defaultValues ?? { name: "", description: "" },
  });
  const { register, handleSubmit, setError, reset, formState: { errors, isSubmitting } } = form;
  const create = useMutation(trpc.teams.create.mutationOptions());
  const update = useMutation(trpc.teams.update.mutationOptions());

  const onSubmit = handleSubmit(async (values) => {
    setIsSaved(false);
    try {
      if (props.mode === "create") {
        const { id } = await create.mutateAsync(values);
        router.push(`/teams/${id}`);
        router.refresh();
        return;
      }
      await update.mutateAsync({ teamId: props.teamId, team: values });
      reset(values);
      setIsSaved(true);
      router.refresh();
    } catch (error) {
      applyServerErrors(setError, error, props.mode === "edit" ? "team." : "");
    }
  });

  const nameError = fieldMessage(errors, "name");
  const descriptionError = fieldMessage(errors, "description");
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label={props.mode === "create" ? "New team" : "Edit team"}>
      <FormField id="team-name" label="Name" error={nameError}>
        <Input id="team-name" placeholder="EMEA Enterprise" {...register("name")} aria-invalid={Boolean(nameError)} aria-describedby="team-name-error" />
      </FormField>
      <FormField id="team-description" label="Description" error={descriptionError} hint="Optional: which leads this pool takes.">
        <Textarea id="team-description" rows={3} {...register("description")} aria-invalid={Boolean(descriptionError)} aria-describedby="team-description-error" />
      </FormField>
      <div className="flex items-center gap-3">
        <Button type="submit" disabled={isSubmitting}>
          {isSubmitting ? "Saving…" : props.mode === "create" ? "Create team" : "Save changes"}
        </Button>
        {isSaved && <p role="status" className="text-sm text-emerald-700">Saved.</p>}
      </div>
      <FieldError message={errors.root?.message} />
    </form>
  );
}
