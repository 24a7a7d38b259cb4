"use client";
// Publish the draft as a new version (or archive the form). When the draft cannot be published the
// server answers with a list of problems (error.data.details), shown here as text.
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { errorDetails, errorMessage, type TFieldDetail } from "@/components/members/trpc-error";
import { useTRPC } from "@/components/providers/trpc";
import { Button } from "@/components/ui/button";

export function PublishFormActions({ formId, name, canArchive }: { formId: string; name: string; canArchive: boolean }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [problems, setProblems] = useState<TFieldDetail[]>([]);
  const [published, setPublished] = useState<number | null>(null);
  const onError = (e: unknown) => {
    setPublished(null);
    setError(errorMessage(e));
    setProblems(errorDetails(e));
  };
  const publish = useMutation(
    trpc.forms.publish.mutationOptions({
      onSuccess: (result) => {
        setError(null);
        setProblems([]);
        setPublished(result.version);
        router.refresh();
      },
      onError,
    }),
  );
  const archive = useMutation(trpc.forms.archive.mutationOptions({ onSuccess: () => router.refresh(), onError }));
  const busy = publish.isPending || archive.isPending;
  return (
    <div className="flex flex-col items-end gap-2">
      <div className="flex gap-2">
        {canArchive && (
          <Button variant="secondary" disabled={busy} onClick={() => window.confirm(`Archive ${name}? Its public page stops taking submissions.`) && archive.mutate({ formId })}>
            Archive
          </Button>
        )}
        <Button disabled={busy} onClick={() => publish.mutate({ formId })}>
          {publish.isPending ? "Publishing…" : "Publish"}
        </Button>
      </div>
      {published !== null && <p role="status" className="text-sm text-emerald-700">Published version {published}.</p>}
      {error && (
        <div role="alert" className="max-w-md rounded-md border border-red-200 bg-red-50 p-3 text-sm text-red-800">
          <p className="font-medium">{error}</p>
          {problems.length > 0 && (
            <ul className="mt-1 list-disc space-y-0.5 pl-5" aria-label="Problems to fix before publishing">
              {problems.map((p, i) => (
                <li key={`${p.path}-${i}`}>{p.message}</li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
