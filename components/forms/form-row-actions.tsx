"use client";
// Write controls of one form in the list (form editors only; the server checks again):
// rename inline, duplicate, archive after a confirmation.
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useId, useState, type FormEvent } from "react";
import { errorDetails, errorMessage } from "@/components/members/trpc-error";
import { useTRPC } from "@/components/providers/trpc";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";

interface TProps {
  form: { id: string; name: string; status: string };
  /** "end" beside the row's links (wide screens), "start" under the form's name (a phone). */
  align?: "start" | "end";
}

export function FormRowActions({ form, align = "end" }: TProps) {
  const trpc = useTRPC();
  const router = useRouter();
  const [isRenaming, setIsRenaming] = useState(false);
  const [name, setName] = useState(form.name);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const onError = (e: unknown) => setError(errorDetails(e)[0]?.message ?? errorMessage(e));
  const done = (message: string) => {
    setError(null);
    setNotice(message);
    router.refresh();
  };
  const rename = useMutation(
    trpc.forms.rename.mutationOptions({
      onSuccess: (r) => {
        setIsRenaming(false);
        done(`Renamed to ${r.name}.`);
      },
      onError,
    }),
  );
  const duplicate = useMutation(trpc.forms.duplicate.mutationOptions({ onSuccess: (r) => done(`Created ${r.name}.`), onError }));
  const archive = useMutation(trpc.forms.archive.mutationOptions({ onSuccess: () => done("Archived."), onError }));
  const busy = rename.isPending || duplicate.isPending || archive.isPending;
  const inputId = useId(); // the list shows these controls twice (phone / wide), one at a time

  const onRename = (event: FormEvent) => {
    event.preventDefault();
    rename.mutate({ formId: form.id, name });
  };
  const cancelRename = () => {
    setIsRenaming(false);
    setName(form.name);
    setError(null);
  };
  const onArchive = () => {
    if (window.confirm(`Archive "${form.name}"? Its public page stops taking submissions; leads and versions are kept.`)) archive.mutate({ formId: form.id });
  };

  return (
    <div className={`flex flex-col gap-1 ${align === "start" ? "items-start" : "items-end"}`}>
      {isRenaming ? (
        <form onSubmit={onRename} className="flex flex-wrap items-center gap-2">
          <label htmlFor={inputId} className="sr-only">New name for {form.name}</label>
          <Input id={inputId} value={name} onChange={(e) => setName(e.target.value)} maxLength={120} className="w-48 min-w-0" autoFocus />
          <Button type="submit" disabled={busy}>Save</Button>
          <Button variant="ghost" onClick={cancelRename}>Cancel</Button>
        </form>
      ) : (
        <div className={`flex flex-wrap gap-1 ${align === "start" ? "-ml-2" : ""}`}>
          <Button variant="ghost" className="px-2 py-1" disabled={busy} onClick={() => setIsRenaming(true)} aria-label={`Rename ${form.name}`}>Rename</Button>
          <Button variant="ghost" className="px-2 py-1" disabled={busy} onClick={() => duplicate.mutate({ formId: form.id })} aria-label={`Duplicate ${form.name}`}>
            {duplicate.isPending ? "Duplicating…" : "Duplicate"}
          </Button>
          {form.status !== "ARCHIVED" && (
            <Button variant="ghost" className="px-2 py-1 text-red-700" disabled={busy} onClick={onArchive} aria-label={`Archive ${form.name}`}>Archive</Button>
          )}
        </div>
      )}
      {error && <p role="alert" className="text-xs text-red-600">{error}</p>}
      {notice && !error && <p role="status" className="text-xs text-emerald-700">{notice}</p>}
    </div>
  );
}
