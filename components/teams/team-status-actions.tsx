"use client";
// Deactivate a team (it keeps its members but stops being a routing pool) or reactivate it.
import { useMutation } from "@tanstack/react-query";
import { useTRPC } from "@/components/providers/trpc";
import { ActiveToggle } from "@/components/ui/active-toggle";

export function TeamStatusActions({ teamId, isActive, name }: { teamId: string; isActive: boolean; name: string }) {
  const trpc = useTRPC();
  const deactivate = useMutation(trpc.teams.deactivate.mutationOptions());
  const reactivate = useMutation(trpc.teams.reactivate.mutationOptions());
  return (
    <ActiveToggle
      isActive={isActive}
      labels={{ deactivate: "Deactivate team", reactivate: "Reactivate team", confirm: `Deactivate ${name}? It will stop receiving leads.` }}
      deactivate={() => deactivate.mutateAsync({ teamId })}
      reactivate={() => reactivate.mutateAsync({ teamId })}
    />
  );
}
