"use client";
// Deactivate (no new leads; history and team seats stay) or reactivate a rep.
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { errorMessage } from "@/components/members/trpc-error";
import { useTRPC } from "@/components/providers/trpc";
import { Button } from "@/components/ui/button";

export function RepStatusActions({ repId, isActive, canReactivate, label }: { repId: string; isActive: boolean; canReactivate: boolean; label: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const options = { onSuccess: () => router.refresh(), onError: (e: unknown) => setError(errorMessage(e)) };
  const deactivate = useMutation(trpc.reps.deactivate.mutationOptions(options));
  const reactivate = useMutation(trpc.reps.reactivate.mutationOptions(options));
  return (
    <div className="flex flex-col items-end gap-1">
      {isActive ? (
        <Button
          variant="secondary"
          disabled={deactivate.isPending}
          onClick={() => window.confirm(`Deactivate ${label}? They will stop receiving new leads.`) && deactivate.mutate({ repId })}
        >
          Deactivate
        </Button>
      ) : (
        <Button variant="secondary" disabled={reactivate.isPending || !canReactivate} onClick={() => reactivate.mutate({ repId })}>
          Reactivate
        </Button>
      )}
      {!isActive && !canReactivate && <p className="text-xs text-slate-500">No longer a workspace member.</p>}
      {error && <p role="alert" className="text-sm text-red-600">{error}</p>}
    </div>
  );
}
