"use client";
// The sequence editor: name and ordered steps in one react-hook-form form over ZSequenceForm (the
// server checks the same schema and answers with field paths, put back under their fields).
// Save the draft, publish it as the next version (enrolled leads stay on theirs), make it the
// workspace default. Managers and reps see the same form read-only; the server refuses them anyway.
import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { FormProvider, useForm } from "react-hook-form";
import { useTRPC } from "@/components/providers/trpc";
import { fieldMessage, FormField } from "@/components/reps/form-field";
import { errorCode } from "@/components/members/trpc-error";
import { applyServerErrors } from "@/components/reps/server-errors";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/ui/field-error";
import { Input } from "@/components/ui/input";
import { useLeaveGuard } from "@/components/ui/use-leave-guard";
import { ZSequenceForm, type TSequenceFormOutput, type TSequenceFormValues } from "./sequence-form-model";
import { SequenceStepList } from "./sequence-step-list";

interface TProps {
  sequenceId: string;
  defaultValues: TSequenceFormValues;
  isReadOnly: boolean;
  publishedVersion: number | null;
  hasUnpublishedChanges: boolean;
  isDefault: boolean;
  /** The saved draft's revision: sent back with save and publish (someone else's save since → CONFLICT). */
  revision: string;
}


export function SequenceEditor({ sequenceId, defaultValues, isReadOnly, publishedVersion, hasUnpublishedChanges, isDefault, revision: loadedRevision }: TProps) {
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<string | null>(null);
  const form = useForm<TSequenceFormValues, unknown, TSequenceFormOutput>({ resolver: zodResolver(ZSequenceForm), defaultValues });
  const { register, handleSubmit, setError, reset, formState: { errors, isSubmitting, isDirty } } = form;
  const saveDraft = useMutation(trpc.nurture.saveDraft.mutationOptions());
  const publish = useMutation(trpc.nurture.publish.mutationOptions());
  const setDefault = useMutation(trpc.nurture.setDefault.mutationOptions());
  const [revision, setRevision] = useState(loadedRevision);
  const [conflict, setConflict] = useState(false);
  useLeaveGuard(isDirty && !isReadOnly, "This sequence has changes that are not saved. Leave and lose them?");
  const fail = (error: unknown) => {
    if (errorCode(error) === "CONFLICT") setConflict(true);
    applyServerErrors(setError, error);
  };

  const save = async (values: TSequenceFormOutput): Promise<string> => {
    const saved = await saveDraft.mutateAsync({ id: sequenceId, name: values.name, draft: values.draft, baseRevision: revision });
    setRevision(saved.revision);
    reset(values);
    // The preview shows the saved draft: read it again.
    await queryClient.invalidateQueries(trpc.nurture.preview.pathFilter());
    return saved.revision;
  };
  const onSave = handleSubmit(async (values) => {
    setStatus(null);
    try {
      await save(values);
      setStatus("Draft saved.");
      router.refresh();
    } catch (error) {
      fail(error);
    }
  });
  const onPublish = handleSubmit(async (values) => {
    setStatus(null);
    try {
      const saved = isDirty ? await save(values) : revision;
      const { version } = await publish.mutateAsync({ id: sequenceId, baseRevision: saved });
      setStatus(`Published version ${version}. Leads enrolled from now on get it; enrolled leads stay on theirs.`);
      router.refresh();
    } catch (error) {
      fail(error);
    }
  });
  const onMakeDefault = async () => {
    setStatus(null);
    try {
      await setDefault.mutateAsync({ sequenceId });
      setStatus("This is now the workspace's default sequence.");
      router.refresh();
    } catch (error) {
      applyServerErrors(setError, error);
    }
  };

  const nameError = fieldMessage(errors, "name");
  return (
    <FormProvider {...form}>
      <form onSubmit={onSave} noValidate aria-label="Sequence" className="space-y-5">
        <div className="flex flex-wrap items-center gap-2 text-sm">
          {publishedVersion ? <Badge tone="green">{`Published v${publishedVersion}`}</Badge> : <Badge tone="gray">Not published</Badge>}
          {(hasUnpublishedChanges || isDirty) && <Badge tone="amber">{isDirty ? "Unsaved changes" : "Draft differs from the published version"}</Badge>}
          {isDefault && <Badge tone="blue">Workspace default</Badge>}
          {isReadOnly && <span className="text-slate-500">Read only: owners, admins and marketers edit sequences.</span>}
        </div>
        <fieldset disabled={isReadOnly} className="space-y-5">
          <FormField id="sequence-name" label="Name" error={nameError}>
            <Input id="sequence-name" {...register("name")} aria-invalid={Boolean(nameError)} aria-describedby="sequence-name-error" />
          </FormField>
          <SequenceStepList isReadOnly={isReadOnly} />
        </fieldset>
        {!isReadOnly && (
          <div className="flex flex-wrap items-center gap-3 border-t border-slate-200 pt-4">
            <Button type="submit" variant="secondary" disabled={isSubmitting || conflict}>Save draft</Button>
            <Button onClick={onPublish} disabled={isSubmitting || conflict}>Publish</Button>
            {publishedVersion && !isDefault && <Button variant="secondary" onClick={onMakeDefault} disabled={isSubmitting || setDefault.isPending}>Make workspace default</Button>}
            <p role="status" className="text-sm text-emerald-700">{status}</p>
          </div>
        )}
        <FieldError message={errors.root?.message} />
        {conflict && <a href="" data-discards-changes className="text-sm text-brand-600 underline">Reload the sequence (drops your changes)</a>}
      </form>
    </FormProvider>
  );
}
