// Replay's moved leads, in two groups: those the draft moves itself, and knock-on moves (same path
// and pool, another rep only because an earlier moved lead shifted a round-robin turn or an
// account's owner). Each group: how many leads move for each reason (the same words, counted), then
// each lead with who it went to with the published config and with the draft, and why (explainMove:
// which path matched on each side and the deciding reason from the decision records).
import { useState } from "react";

export interface TReplayMove {
  leadId: string;
  fromLabel: string;
  toLabel: string;
  why: string;
  isKnockOn: boolean;
}

/** Reasons with how many leads share each, most frequent first. */
function byReason(moved: readonly TReplayMove[]): { why: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const m of moved) counts.set(m.why, (counts.get(m.why) ?? 0) + 1);
  return [...counts.entries()].map(([why, count]) => ({ why, count })).sort((a, b) => b.count - a.count || a.why.localeCompare(b.why));
}

const SHOWN = 50;
const REASONS_SHOWN = 8;

function MoveGroup({ moved, labelOf, label }: { moved: readonly TReplayMove[]; labelOf: ReadonlyMap<string, string>; label: string }) {
  const [showAll, setShowAll] = useState(false);
  const reasons = byReason(moved);
  const shown = showAll ? moved : moved.slice(0, SHOWN);
  return (
    <div className="space-y-2">
      {reasons.length < moved.length && (
        <ul className="space-y-0.5 text-sm text-slate-700" aria-label={`${label}: reasons`}>
          {reasons.slice(0, REASONS_SHOWN).map((r) => (
            <li key={r.why}>
              <span className="font-medium tabular-nums">{r.count} ×</span> {r.why}
            </li>
          ))}
          {reasons.length > REASONS_SHOWN && <li className="text-slate-500">and {reasons.length - REASONS_SHOWN} other reasons</li>}
        </ul>
      )}
      <ul className="divide-y divide-slate-100 text-sm text-slate-700" aria-label={label}>
        {shown.map((m) => (
          <li key={m.leadId} className="py-1.5">
            <a className="underline" href={`/leads/${m.leadId}`}>{labelOf.get(m.leadId) ?? m.leadId}</a>: {m.fromLabel} → {m.toLabel}
            <p className="text-xs text-slate-500">{m.why}</p>
          </li>
        ))}
      </ul>
      {moved.length > SHOWN && (
        <button type="button" className="text-sm text-slate-600 underline" onClick={() => setShowAll(!showAll)}>
          {showAll ? "Show fewer" : `Show all ${moved.length}`}
        </button>
      )}
    </div>
  );
}

export function ReplayMoves({ moved, labelOf }: { moved: readonly TReplayMove[]; labelOf: ReadonlyMap<string, string> }) {
  const direct = moved.filter((m) => !m.isKnockOn);
  const knockOn = moved.filter((m) => m.isKnockOn);
  return (
    <div className="space-y-3">
      <div>
        <h4 className="text-sm font-medium text-slate-800">Leads the draft moves ({direct.length})</h4>
        {direct.length === 0 ? <p className="text-sm text-slate-500">None: the draft routes every replayed lead the way the published config does.</p> : <MoveGroup moved={direct} labelOf={labelOf} label="Leads that would move" />}
      </div>
      {knockOn.length > 0 && (
        <details className="rounded border border-slate-200 px-3 py-2">
          <summary className="cursor-pointer text-sm text-slate-800">
            <span className="font-medium">Knock-on ({knockOn.length}):</span> same path and team, another rep only because earlier moves shift a round-robin turn or an account&apos;s owner
          </summary>
          <div className="mt-2">
            <MoveGroup moved={knockOn} labelOf={labelOf} label="Knock-on moves" />
          </div>
        </details>
      )}
    </div>
  );
}
