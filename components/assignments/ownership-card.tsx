// The lead's owner and status, how fast it was accepted, and the actions this viewer may take. The
// review deadline is a <LocalTime>: the viewer's zone, as the lead page's other times.
import { Badge } from "@/components/ui/badge";
import type { TLeadAssignmentView } from "@/server/services/assignments/lead-assignment-view";
import { AssignmentActions } from "./assignment-actions";
import { LocalTime } from "@/components/leads/local-time";
import { acceptedAfter } from "./format-duration";
import { leadStatusBadge } from "./lead-status";
import { ownershipPermissions, type TOwnershipViewer } from "./ownership-permissions";

export function OwnershipCard({ view, viewer, now }: { view: TLeadAssignmentView; viewer: TOwnershipViewer; now: Date }) {
  const current = view.current;
  // An assignment waiting for its rep reads "Not accepted", as the page's header and the inbox say it.
  const status = leadStatusBadge({ status: view.status, isProvisional: current?.isProvisional });
  const badge = view.status === "ASSIGNED" && !current?.isProvisional ? { label: "Not accepted", tone: "amber" as const } : status;
  const accepted = current ? acceptedAfter(current.assignedAt, current.acceptedAt) : null;
  const permissions = ownershipPermissions(view, viewer, now);
  const ownerText = view.owner?.name ?? (view.status === "FALLBACK" ? "Backup queue (no rep yet)" : "No owner");
  return (
    <div className="space-y-4 text-sm">
      <dl className="space-y-2">
        <div className="flex items-baseline justify-between gap-3">
          <dt className="font-medium text-slate-600">Owner</dt>
          <dd className="text-right font-medium text-slate-900" data-testid="lead-owner">{ownerText}</dd>
        </div>
        <div className="flex items-baseline justify-between gap-3">
          <dt className="font-medium text-slate-600">Status</dt>
          <dd className="text-right" data-testid="lead-status"><Badge tone={badge.tone}>{badge.label}</Badge></dd>
        </div>
        {current?.isProvisional && view.status !== "CLOSED" && view.reviewUntil && (
          <div className="flex items-baseline justify-between gap-3">
            <dt className="font-medium text-slate-600">Review until</dt>
            <dd className="text-right text-slate-900" data-testid="lead-review-until"><LocalTime date={view.reviewUntil} /></dd>
          </div>
        )}
        {accepted && (
          <div className="flex items-baseline justify-between gap-3">
            <dt className="font-medium text-slate-600">Accepted</dt>
            <dd className="text-right text-slate-900">{accepted.replace(/^accepted /, "")}</dd>
          </div>
        )}
      </dl>
      <AssignmentActions
        leadId={view.leadId}
        currentAssignmentId={current?.id ?? null}
        ownerName={view.owner?.name ?? null}
        reps={view.activeReps.filter((r) => r.id !== view.owner?.repId)}
        {...permissions}
      />
    </div>
  );
}
