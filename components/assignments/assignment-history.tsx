// Every assignment of a lead, newest first: rep, kind, when, by whom, note, time to accept, and
// its decision record (folded for ended assignments).
import { LocalTime } from "@/components/leads/local-time";
import { Badge } from "@/components/ui/badge";
import type { TRoutingNames } from "@/server/domain/routing/describe-reason";
import type { TAssignmentView } from "@/server/services/assignments/lead-assignment-view";
import { assignedByText } from "./assigned-by";
import { DecisionRecord } from "./decision-record";
import type { TEventNames } from "./event-text";
import { acceptedAfter } from "./format-duration";

export const ASSIGNMENT_KIND_LABELS: Record<TAssignmentView["kind"], string> = {
  ROUTED: "Routed",
  MANUAL: "Assigned by hand",
  REASSIGNED: "Reassigned",
  SLA_REASSIGNED: "Reassigned: not accepted in time",
  RETURNED: "Returned",
  FALLBACK: "Backup queue",
};

export function AssignmentHistory({ assignments, names }: { assignments: TAssignmentView[]; names: TRoutingNames & TEventNames }) {
  if (assignments.length === 0) return <p className="text-sm text-slate-500">Not assigned yet.</p>;
  return (
    <ol className="space-y-4 text-sm" aria-label="Assignment history">
      {assignments.map((a) => {
        const accepted = acceptedAfter(a.assignedAt, a.acceptedAt);
        return (
          <li key={a.id} className="rounded-md border border-slate-200 p-3">
            <div className="flex flex-wrap items-center gap-2">
              <span className="font-medium text-slate-900">{a.repId ? names.repName(a.repId) : "Backup queue"}</span>
              <Badge tone="gray">{ASSIGNMENT_KIND_LABELS[a.kind]}</Badge>
              {a.isCurrent && <Badge tone="blue">Current</Badge>}
              {a.isProvisional && <Badge tone="amber">Provisional</Badge>}
              {accepted && <Badge tone="green">{accepted}</Badge>}
            </div>
            <p className="mt-1 text-xs text-slate-500">
              <LocalTime date={a.assignedAt} />
              {` · ${assignedByText(a, names.userName)}`}
              {a.endedAt && <> · ended <LocalTime date={a.endedAt} /></>}
            </p>
            {a.note && <p className="mt-1 break-words text-slate-700">{a.note}</p>}
            {a.decision && (
              <details className="mt-2">
                <summary className="cursor-pointer text-xs text-brand-600">Decision record</summary>
                <div className="mt-2">
                  <DecisionRecord decision={a.decision} names={names} durationMs={a.durationMs} />
                </div>
              </details>
            )}
          </li>
        );
      })}
    </ol>
  );
}
