"use client";
// Deactivate (no new leads; history and team seats stay) or reactivate a rep.
import { useMutation } from "@tanstack/react-query";
import { useTRPC } from "@/components/providers/trpc";
import { ActiveToggle } from "@/components/ui/active-toggle";
import { deactivateConfirmText } from "./deactivate-text";

/** `openLeads`: the open leads the rep owns (server-counted), which deactivating leaves with them. */
export function RepStatusActions({ repId, isActive, canReactivate, label, openLeads }: { repId: string; isActive: boolean; canReactivate: boolean; label: string; openLeads: number }) {
  const trpc = useTRPC();
  const deactivate = useMutation(trpc.reps.deactivate.mutationOptions());
  const reactivate = useMutation(trpc.reps.reactivate.mutationOptions());
  return (
    <ActiveToggle
      isActive={isActive}
      labels={{ deactivate: "Deactivate", reactivate: "Reactivate", confirm: deactivateConfirmText(label, openLeads) }}
      deactivate={() => deactivate.mutateAsync({ repId })}
      reactivate={() => reactivate.mutateAsync({ repId })}
      cannotReactivate={canReactivate ? null : "No longer a workspace member."}
    />
  );
}
