"use client";
// Deactivate (no new leads; history and team seats stay) or reactivate a rep. Either changes the
// status only: while the rep form holds unsaved edits, both say so and ask first (the edits stay
// in the form, still marked unsaved).
import { useMutation } from "@tanstack/react-query";
import { useTRPC } from "@/components/providers/trpc";
import { ActiveToggle } from "@/components/ui/active-toggle";
import { deactivateConfirmText } from "./deactivate-text";
import { useHasUnsavedChanges } from "./unsaved-changes";
import { deactivateConfirmWithUnsaved, reactivateConfirmText } from "./unsaved-status-text";

/** `openLeads`: the open leads the rep owns (server-counted), which deactivating leaves with them. */
export function RepStatusActions({ repId, isActive, canReactivate, label, openLeads }: { repId: string; isActive: boolean; canReactivate: boolean; label: string; openLeads: number }) {
  const trpc = useTRPC();
  const deactivate = useMutation(trpc.reps.deactivate.mutationOptions());
  const reactivate = useMutation(trpc.reps.reactivate.mutationOptions());
  const hasUnsavedChanges = useHasUnsavedChanges();
  const reactivateQuestion = reactivateConfirmText(label, hasUnsavedChanges);
  return (
    <ActiveToggle
      isActive={isActive}
      labels={{ deactivate: "Deactivate", reactivate: "Reactivate", confirm: deactivateConfirmWithUnsaved(deactivateConfirmText(label, openLeads), hasUnsavedChanges) }}
      deactivate={() => deactivate.mutateAsync({ repId })}
      reactivate={async () => {
        // Declined: nothing changes (the toggle only refreshes the page).
        if (reactivateQuestion !== null && !window.confirm(reactivateQuestion)) return;
        await reactivate.mutateAsync({ repId });
      }}
      cannotReactivate={canReactivate ? null : "No longer a workspace member."}
    />
  );
}
