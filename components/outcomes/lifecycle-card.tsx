"use client";
// The lead's lifecycle on the lead page: its stage, first contact, deal amounts, the outcomes
// recorded (newest first, with where they came from) and, for the owner rep and managers, the form
// to log the next one.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { formatDateTime } from "@/components/leads/format";
import { useViewerTimeZone } from "@/components/leads/local-time";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { stageLabel, type TLeadStage } from "@/server/domain/outcomes/lead-stages";
import type { TLeadLifecycle } from "@/server/services/outcomes/lead-lifecycle";
import { OutcomeForm } from "./outcome-form";

const SOURCE_LABELS: Record<string, string> = { INBOX: "inbox", LEAD_PAGE: "lead page", API: "API", BOOKING: "booking", SYSTEM: "app" };
export const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export function stageTone(stage: TLeadStage): "green" | "red" | "blue" | "gray" {
  if (stage === "WON") return "green";
  if (stage === "LOST" || stage === "NOT_A_FIT" || stage === "NO_SHOW") return "red";
  return stage === "OPEN" ? "gray" : "blue";
}

function money(amount: string | null, currency: string): string | null {
  if (amount === null) return null;
  return new Intl.NumberFormat("en-US", { style: "currency", currency, maximumFractionDigits: 2 }).format(Number(amount));
}

export function LifecycleCard({ lifecycle }: { lifecycle: TLeadLifecycle }) {
  // The viewer's zone (the browser's; UTC, named, until hydrated), as <LocalTime> says times.
  const zone = useViewerTimeZone() ?? undefined;
  const router = useRouter();
  const [isOpen, setOpen] = useState(false);
  const [done, setDone] = useState<string | null>(null);
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
      {done && <p role="status" className="text-green-700">{done}</p>}
      {lifecycle.canRecord && !isOpen && lifecycle.nextStages.length > 0 && (
        <Button variant="secondary" onClick={() => { setOpen(true); setDone(null); }}>Change stage…</Button>
      )}
      {isOpen && (
        <OutcomeForm leadId={lifecycle.leadId} stages={lifecycle.nextStages} source="LEAD_PAGE" currency={lifecycle.currency} onCancel={() => setOpen(false)}
          onDone={(stage) => { setOpen(false); setDone(`Marked ${stageLabel(stage)}.`); router.refresh(); }} />
      )}
      {lifecycle.outcomes.length > 0 && (
        <ol className="space-y-1 border-t border-slate-100 pt-2" aria-label="Outcomes recorded">
          {lifecycle.outcomes.map((o) => (
            <li key={o.id} className="text-slate-700">
              <span className="font-medium">{capitalise(stageLabel(o.stage))}</span>
              {o.amount && ` · ${money(o.amount, lifecycle.currency)}`} · {formatDateTime(o.occurredAt, zone)} · {SOURCE_LABELS[o.source] ?? o.source}
              {o.externalId && <span className="text-slate-500"> · {o.externalId}</span>}
              {o.reason && <span className="block text-slate-500">{o.reason}</span>}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
