"use client";
// Deactivate (no new leads; history and team seats stay) or reactivate a rep.
import { useMutation } from "@tanstack/react-query";
import { useTRPC } from "@/components/providers/trpc";
import { ActiveToggle } from "@/components/ui/active-toggle";

export function RepStatusActions({ repId, isActive, canReactivate, label }: { repId: string; isActive: boolean; canReactivate: boolean; label: string }) {
  const trpc = useTRPC();
  const deactivate = useMutation(trpc.reps.deactivate.mutationOptions());
  const reactivate = useMutation(trpc.reps.reactivate.mutationOptions());
  return (
    <ActiveToggle
      isActive={isActive}
      labels={{ deactivate: "Deactivate", reactivate: "Reactivate", confirm: `Deactivate ${label}? They will stop receiving new leads.` }}
      deactivate={() => deactivate.mutateAsync({ repId })}
      reactivate={() => reactivate.mutateAsync({ repId })}
      cannotReactivate={canReactivate ? null : "No longer a workspace member."}
    />
  );
}
