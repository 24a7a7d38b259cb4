"use client";
// What the viewer can do about the lead's ownership: accept (owner rep; a manager "Accept for
// <owner>"), return (owner rep), assign to another rep or the next best one (managers), approve or
// change a provisional owner within the review window (managers). One primary button: the review
// decision while a review waits, else the owner's Accept; a manager's accept for the owner is
// secondary (ownershipPermissions). The server checks roles and ownership again.
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useEffect, useId, useRef, useState } from "react";
import { flashToInbox } from "@/components/inbox/inbox-flash";
import { errorMessage } from "@/components/members/trpc-error";
import { Button, mergedButtonClasses } from "@/components/ui/button";
import { ReasonForm } from "./reason-form";
import { useTRPC } from "@/components/providers/trpc";

export interface TAssignmentActionsProps {
  leadId: string;
  currentAssignmentId: string | null;
  ownerName: string | null;
  canAccept: boolean;
  /** The viewer accepts for the owner (a manager): labelled so, never the primary button. */
  canAcceptForOwner: boolean;
  canReturn: boolean;
  canReassign: boolean;
  canReview: boolean;
  /** Reps the lead may go to (the current owner left out). */
  reps: { id: string; name: string }[];
}

type TOpenForm = "return" | "reassign" | "change" | null;
type TForm = Exclude<TOpenForm, null>;

/** What "Return lead" says, from where routing sent the lead again (the mutation's decision): a rep, the fallback queue, nurture. */
export function returnedMessage(result: { decision?: { outcome: string; repId?: string | null; queue?: { name: string } | null } | null } | null | undefined, reps: readonly { id: string; name: string }[]): string {
  const decision = result?.decision;
  switch (decision?.outcome) {
    case "assigned": {
      const name = reps.find((r) => r.id === decision.repId)?.name;
      return name ? `Returned: the lead went to ${name}, the next best rep.` : "Returned: the lead went to the next best rep.";
    }
    case "fallback":
      return `Returned: no other rep could take it, so the lead went to the fallback queue${decision.queue ? ` “${decision.queue.name}”` : ""}.`;
    case "nurture":
      return "Returned: routed again, the lead went to nurture.";
    case "disqualified":
      return "Returned: routed again, the lead was disqualified.";
    default:
      return "Returned: it has been routed again.";
  }
}

export function AssignmentActions(props: TAssignmentActionsProps) {
  const assignments = useTRPC().assignments;
  const router = useRouter();
  const [open, setOpen] = useState<TOpenForm>(null);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const formId = useId();
  // The toggles ("Change owner…", "Assign to…", "Return lead"): focus goes back to the one whose form
  // closed (Cancel, or submitted and saved, once the buttons are enabled again).
  const toggles = useRef<Partial<Record<TForm, HTMLButtonElement | null>>>({});
  const focusBack = useRef<TOpenForm>(null);
  const handlers = <TResult,>(message: string | ((result: TResult) => string), then: (text: string) => void = () => router.refresh()) => ({
    onSuccess: (result: TResult) => {
      const text = typeof message === "string" ? message : message(result);
      setOpen(null);
      setError(null);
      setDone(text);
      then(text);
    },
    onError: (e: unknown) => setError(errorMessage(e)),
  });
  const accept = useMutation(assignments.accept.mutationOptions(handlers(props.canAcceptForOwner ? `Accepted for ${props.ownerName ?? "the owner"}.` : "Accepted.")));
  // A returned lead is no longer the rep's to read: back to the inbox. The message says where it
  // went (the next best rep, or the fallback queue when no rep could take it); this page is left,
  // so the inbox says it (a one-time flash in the tab, announced there: inbox-flash.ts).
  const backToInbox = (text: string) => {
    flashToInbox(text);
    router.push("/inbox");
  };
  const giveBack = useMutation(assignments.returnLead.mutationOptions(handlers((result: Parameters<typeof returnedMessage>[0]) => returnedMessage(result, props.reps), backToInbox)));
  const reassign = useMutation(assignments.reassign.mutationOptions(handlers("Reassigned.")));
  const approve = useMutation(assignments.approveReview.mutationOptions(handlers("Approved.")));
  const change = useMutation(assignments.changeReview.mutationOptions(handlers("Owner changed.")));
  const isPending = accept.isPending || giveBack.isPending || reassign.isPending || approve.isPending || change.isPending;
  useEffect(() => {
    if (open !== null || !focusBack.current) return;
    const button = toggles.current[focusBack.current];
    if (button?.disabled) return;
    button?.focus();
    focusBack.current = null;
  });
  const toggle = (form: TOpenForm) => {
    setError(null);
    setDone(null);
    if (open && (form === null || form === open)) focusBack.current = open;
    setOpen(open === form ? null : form);
  };
  const toggleButton = (form: TForm, label: string) => (
    <button ref={(el) => { toggles.current[form] = el; }} type="button" className={mergedButtonClasses("secondary")} disabled={isPending}
      aria-expanded={open === form} aria-controls={`${formId}-${form}`} onClick={() => toggle(form)}>
      {label}
    </button>
  );
  const assignmentId = props.currentAssignmentId;
  if (!props.canAccept && !props.canReturn && !props.canReassign && !props.canReview) return null;
  return (
    <div className="space-y-3" aria-label="Ownership actions">
      {props.canReview && assignmentId && (
        <p className="text-slate-600" data-testid="review-hint">Your review: approve {props.ownerName ?? "the provisional owner"} as the owner, or change the owner.</p>
      )}
      <div className="flex flex-wrap gap-2">
        {props.canReview && assignmentId && (
          <Button disabled={isPending} onClick={() => approve.mutate({ assignmentId })}>Approve {props.ownerName ?? "owner"}</Button>
        )}
        {props.canAccept && (
          <Button variant={props.canReview || props.canAcceptForOwner ? "secondary" : "primary"} disabled={isPending} onClick={() => accept.mutate({ leadId: props.leadId })}>
            {props.canAcceptForOwner ? `Accept for ${props.ownerName ?? "the owner"}` : "Accept lead"}
          </Button>
        )}
        {props.canReview && toggleButton("change", "Change owner…")}
        {props.canReassign && !props.canReview && toggleButton("reassign", "Assign to…")}
        {props.canReturn && toggleButton("return", "Return lead")}
      </div>
      <div id={`${formId}-return`}>{open === "return" && (
        <ReasonForm title="Return this lead" submitLabel="Return lead" isPending={isPending} onCancel={() => toggle(null)}
          onSubmit={({ reason }) => { focusBack.current = "return"; giveBack.mutate({ leadId: props.leadId, reason }); }} />
      )}</div>
      <div id={`${formId}-reassign`}>{open === "reassign" && (
        <ReasonForm title="Assign to another rep" submitLabel="Reassign" isPending={isPending} reps={props.reps} onCancel={() => toggle(null)}
          onSubmit={({ reason, toRepId }) => { focusBack.current = "reassign"; reassign.mutate({ leadId: props.leadId, toRepId, reason }); }} />
      )}</div>
      <div id={`${formId}-change`}>{open === "change" && assignmentId && (
        <ReasonForm title="Change the provisional owner" submitLabel="Change owner" isPending={isPending} reps={props.reps} onCancel={() => toggle(null)}
          onSubmit={({ reason, toRepId }) => { focusBack.current = "change"; change.mutate({ assignmentId, toRepId, reason }); }} />
      )}</div>
      {error && <p role="alert" className="text-sm text-red-600">{error}</p>}
      {/* Mounted from the first render (sr-only while empty, never display:none), so the message put in it is announced. */}
      <div role="status" className={done && !error ? "text-sm text-emerald-700" : "sr-only"}>{!error && done}</div>
    </div>
  );
}
