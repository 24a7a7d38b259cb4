"use client";
// Deactivate a team (it keeps its members but stops being a routing pool) or reactivate it.
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { errorMessage } from "@/components/members/trpc-error";
import { useTRPC } from "@/components/providers/trpc";
import { Button } from "@/components/ui/button";

export function TeamStatusActions({ teamId, isActive, name }: { teamId: string; isActive: boolean; name: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const options = { onSuccess: () => router.refresh(), onError: (e: unknown) => setError(errorMessage(e)) };
  const deactivate = useMutation(trpc.teams.deactivate.mutationOptions(options));
  const reactivate = useMutation(trpc.teams.reactivate.mutationOptions(options));
  return (
    <div className="flex flex-col items-end gap-1">
      {isActive ? (
        <Button
          variant="secondary"
          disabled={deactivate.isPending}
          onClick={() => window.confirm(`Deactivate ${name}? It will stop receiving leads.`) && deactivate.mutate({ teamId })}
        >
          Deactivate team
        </Button>
      ) : (
        <Button variant="secondary" disabled={reactivate.isPending} onClick={() => reactivate.mutate({ teamId })}>
          Reactivate team
        </Button>
      )}
      {error && <p role="alert" className="text-sm text-red-600">{error}</p>}
    </div>
  );
}
