"use client";
// Creates an empty sequence by name and opens it in the editor (owners, admins, marketers).
import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { z } from "zod";
import { useTRPC } from "@/components/providers/trpc";
import { fieldMessage, FormField } from "@/components/reps/form-field";
import { applyServerErrors } from "@/components/reps/server-errors";
import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/ui/field-error";
import { Input } from "@/components/ui/input";

const ZNewSequence = z.object({ name: z.string().trim().min(1, "Give the sequence a name").max(80, "At most 80 characters") });
type TNewSequence = z.input<typeof ZNewSequence>;

export function NewSequenceForm() {
  const trpc = useTRPC();
  const router = useRouter();
  const create = useMutation(trpc.nurture.create.mutationOptions());
  const { register, handleSubmit, setError, formState: { errors, isSubmitting } } = useForm<TNewSequence, unknown, z.output<typeof ZNewSequence>>({ resolver: zodResolver(ZNewSequence), defaultValues: { name: "" } });
  const onSubmit = handleSubmit(async (values) => {
    try {
      const { id } = await create.mutateAsync(values);
      router.push(`/sequences/${id}`);
    } catch (error) {
      applyServerErrors(setError, error);
    }
  });
  const nameError = fieldMessage(errors, "name");
  return (
    <form onSubmit={onSubmit} noValidate aria-label="New sequence" className="flex flex-wrap items-start gap-3">
      <FormField id="new-sequence-name" label="Name" error={nameError} className="min-w-64 flex-1">
        <Input id="new-sequence-name" placeholder="Small-company welcome" {...register("name")} aria-invalid={Boolean(nameError)} aria-describedby="new-sequence-name-error" />
      </FormField>
      <Button type="submit" className="mt-6" disabled={isSubmitting}>{isSubmitting ? "Creating…" : "Create sequence"}</Button>
      <FieldError message={errors.root?.message} />
    </form>
  );
}
