"use client";
// One lead in the rep's inbox: who, score and tier, stage, why it came to them, time since submit,
// the SLA state in plain words (inboxRowSla: when the rep's clock starts and what is due by when, in
// their zone — never a bare countdown that reads against "accept within 15 min"), and the one-click actions: Accept wherever the rep's current assignment is not
// accepted (whatever the stage: a lead reassigned with a meeting booked too). Selected rows are
// outlined (keyboard j/k).
// A provisional (high-value) lead says so in the lead page's words (inboxReviewBadge:
// "Provisional — awaiting review until <time>", the time read as the SLA line reads its times: a
// clock time today, a short date otherwise, in the viewer's zone): a manager may still give it to
// someone else. Its owner may still accept it (ownership-permissions.ts), so the row keeps Accept.
import { IntentLink } from "@/components/ui/intent-link";
import { forwardRef } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { stageLabel } from "@/server/domain/outcomes/lead-stages";
import type { TInboxItem } from "@/server/services/outcomes/list-inbox";
import { capitalise, stageTone } from "./lifecycle-card";
import { telHref } from "@/server/domain/leads/lead-phone";
import { inboxRowSla } from "@/server/domain/analytics/inbox-sla-row";
import { useViewerTimeZone } from "@/components/leads/local-time";
import { inboxReviewBadge } from "./inbox-review";

export function since(from: Date, now: Date): string {
  const minutes = Math.max(0, Math.round((now.getTime() - from.getTime()) / 60_000));
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${hours} h ${minutes % 60} min`;
  return `${Math.floor(hours / 24)} days`;
}

/** How to reach the lead: the email (when the row's name is a name) and the phone, a tel: link that dials it. */
export function InboxContact({ item }: { item: Pick<TInboxItem, "email" | "phone"> }) {
  if (!item.email && !item.phone) return null;
  const href = item.phone ? telHref(item.phone) : null;
  return (
    <p className="mt-0.5 break-words text-sm text-slate-600">
      {item.email}
      {item.email && item.phone && " · "}
      {item.phone && (href ? <a href={href} className="text-brand-600 hover:underline">{item.phone}</a> : item.phone)}
    </p>
  );
}

export interface TInboxRowProps {
  item: TInboxItem;
  now: Date;
  /** The published reassign window the row's due time was counted with (TInbox.slaMinutes). */
  slaMinutes: number | null;
  isSelected: boolean;
  isPending: boolean;
  onSelect: () => void;
  onAccept: () => void;
  onContacted: () => void;
  onOutcome: () => void;
}

export const InboxRow = forwardRef<HTMLLIElement, TInboxRowProps>(function InboxRow({ item, now, slaMinutes, isSelected, isPending, onSelect, onAccept, onContacted, onOutcome }, ref) {
  const canContact = item.nextStages.includes("CONTACTED");
  const zone = useViewerTimeZone();
  const review = inboxReviewBadge(item, now, zone);
  const sla = item.isWaiting && item.dueAt ? inboxRowSla({ dueAt: item.dueAt, windowMinutes: slaMinutes, isAccepted: item.isAccepted }, now, zone) : null;
  return (
    <li
      ref={ref}
      tabIndex={isSelected ? 0 : -1}
      aria-current={isSelected ? "true" : undefined}
      aria-label={`${item.name}${item.company ? `, ${item.company}` : ""}`}
      onFocus={onSelect}
      onClick={onSelect}
      className={`rounded-lg border bg-white p-4 shadow-sm outline-none focus-visible:ring-2 focus-visible:ring-brand-500 ${isSelected ? "border-brand-500" : "border-slate-200"}`}
    >
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0">
          <p className="font-medium text-slate-900">
            <IntentLink href={`/leads/${item.id}`} className="hover:underline focus-visible:underline">{item.name}</IntentLink>
            {item.company && <span className="font-normal text-slate-500"> · {item.company}</span>}
          </p>
          <InboxContact item={item} />
          <p className="mt-0.5 text-sm text-slate-600">
            Score {item.scoreTotal} · {item.tierLabel} · submitted {since(item.submittedAt, now)} ago
          </p>
          {review && <p className="mt-0.5 text-sm font-medium text-amber-800" data-testid="inbox-row-review">{review.label}</p>}
          {sla && <p className={`mt-0.5 text-sm ${item.isOverdue ? "text-red-700" : "text-slate-700"}`} data-testid="inbox-row-sla">{sla}</p>}
          {item.why && <p className="mt-1 break-words text-sm text-slate-500">{item.why}</p>}
        </div>
        <div className="flex flex-wrap items-center gap-2">
          <Badge tone={stageTone(item.stage)}>{capitalise(stageLabel(item.stage))}</Badge>
          {!item.isAccepted && <Badge tone="amber">Not accepted</Badge>}
          {item.isOverdue && <Badge tone="red">Past SLA</Badge>}
        </div>
      </div>
      <div className="mt-3 flex flex-wrap gap-2">
        {!item.isAccepted && <Button disabled={isPending} onClick={onAccept}>Accept <ShortcutKey tone="light">a</ShortcutKey></Button>}
        {canContact && <Button variant="secondary" disabled={isPending} onClick={onContacted}>Contacted <ShortcutKey tone="muted">c</ShortcutKey></Button>}
        <Button variant="secondary" disabled={isPending || item.nextStages.length === 0} onClick={onOutcome}>Log outcome <ShortcutKey tone="muted">o</ShortcutKey></Button>
      </div>
    </li>
  );
});

/**
 * A button's keyboard shortcut, shown after its label for keyboard users: hidden from screen
 * readers (the button is named by its label alone, "Contacted", not "Contacted c"; the list's
 * description reads the shortcuts out) and on touch screens, where there is no key to press.
 */
function ShortcutKey({ tone, children }: { tone: "light" | "muted"; children: string }) {
  return (
    <kbd aria-hidden="true" className={`text-xs pointer-coarse:hidden ${tone === "light" ? "text-brand-100" : "text-slate-500"}`}>
      {children}
    </kbd>
  );
}
