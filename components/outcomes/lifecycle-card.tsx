"use client";
// The lead's lifecycle on the lead page: its stage, first contact, deal amounts, the outcomes
// recorded (newest first, with who recorded them and where: outcome-source-text.ts) and, for the
// owner rep and managers, the form to log the next one.
import { useRouter } from "next/navigation";
import { namesOf, type TNameMaps } from "@/components/assignments/names";
import { useEffect, useId, useRef, useState } from "react";
import { formatDateTime, formatMoney } from "@/components/leads/format";
import { useViewerTimeZone } from "@/components/leads/local-time";
import { Badge } from "@/components/ui/badge";
import { mergedButtonClasses } from "@/components/ui/button";
import { stageLabel } from "@/server/domain/outcomes/lead-stages";
import type { TLeadLifecycle } from "@/server/services/outcomes/lead-lifecycle";
import { OutcomeForm } from "./outcome-form";
import { outcomeSourceText } from "./outcome-source-text";
import { capitalise, stageTone } from "./stage-badge";

// Re-exported for the inbox (inbox-row.tsx); the header reads them from ./stage-badge (server-safe).
export { capitalise, stageTone };

/** Money as the whole lead page writes it (formatMoney: "$90,000", "$90,000.50"). */
const money = (amount: string | null, currency: string): string | null => (amount === null ? null : formatMoney(amount, currency));

/** `people`: the workspace's reps and members by id (the lead page's lookups), to name who recorded each outcome. */
export function LifecycleCard({ lifecycle, people }: { lifecycle: TLeadLifecycle; people: Pick<TNameMaps, "repNames" | "userNames"> }) {
  const names = namesOf({ ...people, teamNames: {} });
  // The viewer's zone (the cookie's on the server and while hydrating, then the browser's), as <LocalTime> says times.
  const zone = useViewerTimeZone() ?? undefined;
  const router = useRouter();
  const [isOpen, setOpen] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const formId = useId();
  const toggle = useRef<HTMLButtonElement>(null);
  const status = useRef<HTMLDivElement>(null);
  // Focus goes back to "Change stage…" when the form closes (Cancel or saved); when the saved stage
  // leaves nothing to record (the button is gone after the refresh), to the status message.
  const focusToggle = useRef(false);
  const watchGone = useRef(false);
  const canChange = lifecycle.canRecord && lifecycle.nextStages.length > 0;
  useEffect(() => {
    if (isOpen) return;
    if (focusToggle.current) toggle.current?.focus();
    focusToggle.current = false;
    if (watchGone.current && !toggle.current && document.activeElement === document.body) {
      status.current?.focus();
      watchGone.current = false;
    }
  });
  const close = (message: string | null) => {
    focusToggle.current = true;
    watchGone.current = message !== null;
    setOpen(false);
    setDone(message);
  };
  const facts: [string, string | null][] = [
    ["Accepted", lifecycle.acceptedAt ? formatDateTime(lifecycle.acceptedAt, zone) : null],
    ["First contact", lifecycle.firstContactAt ? formatDateTime(lifecycle.firstContactAt, zone) : null],
    ["Opportunity", money(lifecycle.opportunityAmount, lifecycle.currency)],
    ["Won", money(lifecycle.wonAmount, lifecycle.currency)],
    ["Closed", lifecycle.closedAt ? formatDateTime(lifecycle.closedAt, zone) : null],
    ["Reason", lifecycle.closeReason],
  ];
  return (
    <div className="space-y-3 text-sm" role="group" aria-label="Lifecycle">
      <p>
        <span className="sr-only">Stage: </span>
        <Badge tone={stageTone(lifecycle.stage)}>{capitalise(stageLabel(lifecycle.stage))}</Badge>
        {lifecycle.stageChangedAt && <span className="ml-2 text-xs text-slate-500">since {formatDateTime(lifecycle.stageChangedAt, zone)}</span>}
      </p>
      <dl className="grid grid-cols-2 gap-x-3 gap-y-1">
        {facts.filter(([, v]) => v !== null).map(([k, v]) => (
          <div key={k} className="contents">
            <dt className="text-slate-500">{k}</dt>
            <dd className="break-words text-slate-900">{v}</dd>
          </div>
        ))}
      </dl>
      {/* Mounted from the first render (sr-only while empty, never display:none), so the message put in it is announced. */}
      <div ref={status} role="status" tabIndex={-1} className={done ? "text-green-700 outline-none" : "sr-only"}>{done}</div>
      {canChange && (
        <button ref={toggle} type="button" className={mergedButtonClasses("secondary")} aria-expanded={isOpen} aria-controls={formId}
          onClick={() => { if (isOpen) close(null); else { watchGone.current = false; setOpen(true); setDone(null); } }}>
          Change stage…
        </button>
      )}
      <div id={formId}>
        {isOpen && (
          <OutcomeForm leadId={lifecycle.leadId} stages={lifecycle.nextStages} source="LEAD_PAGE" currency={lifecycle.currency} onCancel={() => close(null)}
            onDone={(stage) => { close(`Marked ${stageLabel(stage)}.`); router.refresh(); }} />
        )}
      </div>
      {lifecycle.outcomes.length > 0 && (
        <ol className="space-y-1 border-t border-slate-100 pt-2" aria-label="Outcomes recorded">
          {lifecycle.outcomes.map((o) => {
            const by = outcomeSourceText(o, names);
            return (
              <li key={o.id} className="text-slate-700">
                <span className="font-medium">{capitalise(stageLabel(o.stage))}</span>
                {o.amount && ` · ${money(o.amount, lifecycle.currency)}`} · {formatDateTime(o.occurredAt, zone)}
                {by && ` · ${by}`}
                {o.externalId && <span className="text-slate-500"> · {o.externalId}</span>}
                {o.reason && <span className="block text-slate-500">{o.reason}</span>}
              </li>
            );
          })}
        </ol>
      )}
    </div>
  );
}
