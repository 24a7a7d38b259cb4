"use client";
// Puts a failed job back in its queue (admins only; the server checks the role again).
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { Button } from "@/components/ui/button";

export function RetryJobButton({ jobId, jobName }: { jobId: string; jobName: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const retry = useMutation(
    trpc.jobs.retry.mutationOptions({
      onSuccess: () => router.refresh(),
      onError: (e: unknown) => setError(e instanceof Error ? e.message : "Could not retry the job."),
    }),
  );
  return (
    <div className="flex flex-col items-end gap-1">
      <Button variant="secondary" aria-label={`Retry job ${jobName}`} disabled={retry.isPending} onClick={() => retry.mutate({ id: jobId })}>
        {retry.isPending ? "Retrying…" : "Retry"}
      </Button>
      {error && <p role="alert" className="text-xs text-red-600">{error}</p>}
    </div>
  );
}
