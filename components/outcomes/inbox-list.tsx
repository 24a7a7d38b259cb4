"use client";
// The rep's inbox list: with focus inside the list (rows have a roving tabindex), j/k move the
// selection, a accepts the selected lead (when the rep's assignment is not accepted yet), c marks it
// contacted, o opens "Log an outcome" for it (a modal dialog: Escape closes, focus returns to the
// row). Letters typed anywhere else on the page are left alone (WCAG 2.1.4); a shortcut that can do
// nothing says why in the polite live region. After each change the page reloads its data.
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, type KeyboardEvent } from "react";
import { errorMessage } from "@/components/members/trpc-error";
import { useTRPC } from "@/components/providers/trpc";
import { stageLabel } from "@/server/domain/outcomes/lead-stages";
import type { TInboxItem } from "@/server/services/outcomes/list-inbox";
import { InboxRow } from "./inbox-row";
import { OutcomeForm } from "./outcome-form";

const isTyping = (target: EventTarget | null) => target instanceof HTMLElement && (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName));

export function InboxList({ items, now, slaMinutes }: { items: TInboxItem[]; now: Date; slaMinutes: number | null }) {
  const router = useRouter();
  // The selection follows the lead (the order changes as leads are worked).
  const [selectedId, setSelectedId] = useState<string | null>(items[0]?.id ?? null);
  const found = items.findIndex((i) => i.id === selectedId);
  const selected = found === -1 ? 0 : found;
  const [outcomeFor, setOutcomeFor] = useState<TInboxItem | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const rows = useRef<(HTMLLIElement | null)[]>([]);
  const dialog = useRef<HTMLDialogElement>(null);
  const contacted = useMutation(
    useTRPC().outcomes.record.mutationOptions({
      onSuccess: () => { setMessage({ ok: true, text: "Marked contacted." }); router.refresh(); },
      onError: (e) => setMessage({ ok: false, text: errorMessage(e) }),
    }),
  );
  const accept = useMutation(
    useTRPC().assignments.accept.mutationOptions({
      onSuccess: () => { setMessage({ ok: true, text: "Accepted." }); router.refresh(); },
      onError: (e) => setMessage({ ok: false, text: errorMessage(e) }),
    }),
  );
  const current = items[selected];
  const isPending = contacted.isPending || accept.isPending;
  // A shortcut that can do nothing says why in the live region (the buttons are not shown then).
  const refuse = (isKey: boolean, text: string) => {
    if (isKey) setMessage({ ok: true, text });
  };
  const acceptLead = (item: TInboxItem | undefined, isKey = false) => {
    if (!item || isPending) return;
    if (item.isAccepted) return refuse(isKey, `Nothing done: ${item.name} is already accepted.`);
    accept.mutate({ leadId: item.id });
  };
  const markContacted = (item: TInboxItem | undefined, isKey = false) => {
    if (!item || isPending) return;
    if (!item.nextStages.includes("CONTACTED")) return refuse(isKey, `Nothing done: ${item.name} cannot be marked contacted (stage: ${stageLabel(item.stage)}).`);
    contacted.mutate({ leadId: item.id, stage: "CONTACTED", source: "INBOX" });
  };
  const openOutcome = (item: TInboxItem | undefined, isKey = false) => {
    if (!item || isPending) return;
    if (item.nextStages.length === 0) return refuse(isKey, `Nothing done: no outcome can be logged for ${item.name} (stage: ${stageLabel(item.stage)}).`);
    setMessage(null);
    setOutcomeFor(item);
  };
  useEffect(() => {
    if (outcomeFor && !dialog.current?.open) dialog.current?.showModal();
  }, [outcomeFor]);
  const move = (to: number) => {
    const next = Math.max(0, Math.min(items.length - 1, to));
    setSelectedId(items[next]?.id ?? null);
    rows.current[next]?.focus();
  };
  // The one-letter shortcuts act only while focus is inside the list (a row or one of its buttons):
  // a stray letter typed elsewhere on the page does nothing (WCAG 2.1.4).
  const onKeyDown = (event: KeyboardEvent<HTMLOListElement>) => {
    if (event.metaKey || event.ctrlKey || event.altKey || isTyping(event.target) || dialog.current?.open) return;
    if (event.key === "j") move(selected + 1);
    else if (event.key === "k") move(selected - 1);
    else if (event.key === "a") acceptLead(current, true);
    else if (event.key === "c") markContacted(current, true);
    else if (event.key === "o") openOutcome(current, true);
    else return;
    event.preventDefault();
  };
  const closeDialog = () => {
    dialog.current?.close();
    setOutcomeFor(null);
    rows.current[items.findIndex((i) => i.id === selectedId)]?.focus();
  };
  return (
    <>
      {/* The shortcut hint and the status line share one line of a fixed height, its room kept on
          a phone too, where no hint shows (it takes the gap above the list the page leaves anyway:
          the first lead sits as close under the SLA line as before). A message is a badge laid
          over that line — never in its flow — so it moves nothing, not even when it wraps: it shows
          in the hint's place (the hint keeps its room and still describes the list), one gap above
          the first lead. While it says something the line sticks to the window's top, a little
          below its edge: a rep who tapped "Contacted" on the fifth lead of a phone's inbox,
          scrolled far below it, sees "Marked contacted." where they are. */}
      <div className={`relative -mt-3 flex h-7 items-center pointer-coarse:mb-0 ${message ? "sticky top-2 z-10" : ""}`}>
        <p className={`text-xs text-slate-500 pointer-coarse:hidden ${message ? "invisible" : ""}`} id="inbox-shortcuts">
          Keyboard, in the list: <kbd>j</kbd>/<kbd>k</kbd> next/previous · <kbd>a</kbd> accept · <kbd>c</kbd> contacted · <kbd>o</kbd> log an outcome
        </p>
        <div aria-live="polite" className="absolute inset-x-0 top-0 text-sm">
          {message && (
            <p role={message.ok ? "status" : "alert"} className={`w-fit max-w-full rounded-md px-3 py-1 shadow-md ring-1 ${message.ok ? "bg-emerald-50 text-green-800 ring-emerald-200" : "bg-red-50 text-red-700 ring-red-200"}`}>
              {message.text}
            </p>
          )}
        </div>
      </div>
      {items.length === 0 && <p className="text-sm text-slate-600">No open leads. New ones appear here as they are routed to you.</p>}
      <ol className="space-y-3" aria-label="My open leads" aria-describedby="inbox-shortcuts" onKeyDown={onKeyDown}>
        {items.map((item, index) => (
          <InboxRow
            key={item.id}
            ref={(el) => { rows.current[index] = el; }}
            item={item}
            now={now}
            slaMinutes={slaMinutes}
            isSelected={index === selected}
            isPending={isPending}
            onSelect={() => setSelectedId(item.id)}
            onAccept={() => { setSelectedId(item.id); acceptLead(item); }}
            onContacted={() => { setSelectedId(item.id); markContacted(item); }}
            onOutcome={() => { setSelectedId(item.id); openOutcome(item); }}
          />
        ))}
      </ol>
      <dialog ref={dialog} onClose={() => setOutcomeFor(null)} aria-labelledby="outcome-dialog-title" className="m-auto w-full max-w-md rounded-lg p-5 shadow-xl backdrop:bg-slate-900/40">
        {outcomeFor && (
          <div className="space-y-3">
            <h2 id="outcome-dialog-title" className="text-base font-semibold text-slate-900">Log an outcome — {outcomeFor.name}</h2>
            <OutcomeForm leadId={outcomeFor.id} stages={outcomeFor.nextStages} source="INBOX" currency={outcomeFor.currency} onCancel={closeDialog}
              onDone={(stage) => { closeDialog(); setMessage({ ok: true, text: `Marked ${stageLabel(stage)}.` }); router.refresh(); }} />
          </div>
        )}
      </dialog>
    </>
  );
}
