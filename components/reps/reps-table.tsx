// The reps list (server component): user content is rendered as text only.
import { IntentLink } from "@/components/ui/intent-link";
import { Badge } from "@/components/ui/badge";
import { TableScroll } from "@/components/ui/table-scroll";
import { SEGMENT_LABELS, SENIORITY_LABELS } from "@/server/domain/reps/rep-options";
import type { TRepSummary } from "@/server/services/reps";
import { AvailabilityBadge } from "./availability-badge";

const limit = (value: number | null) => (value === null ? "∞" : String(value));

export function RepsTable({ reps, canEdit }: { reps: TRepSummary[]; canEdit: boolean }) {
  return (
    <TableScroll>
      <table className="w-full min-w-[56rem] text-left text-sm">
        <thead className="border-b border-slate-200 text-xs uppercase tracking-wide text-slate-500">
          <tr>
            <th scope="col" className="py-2 pr-4">Rep</th>
            <th scope="col" className="py-2 pr-4">Tier</th>
            <th scope="col" className="py-2 pr-4">Segments</th>
            <th scope="col" className="py-2 pr-4">Time zone</th>
            <th scope="col" className="py-2 pr-4">Now</th>
            <th scope="col" className="py-2 pr-4" title="Max open leads / max new leads per day">Capacity</th>
            <th scope="col" className="py-2 pr-4">Weight</th>
            <th scope="col" className="py-2 pr-4">Teams</th>
            <th scope="col" className="py-2"><span className="sr-only">Actions</span></th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {reps.map((rep) => (
            <tr key={rep.id} className={rep.isActive ? "" : "text-slate-500"}>
              <td className="py-3 pr-4">
                <IntentLink href={`/reps/${rep.id}`} className="font-medium text-slate-900 hover:underline">{rep.name}</IntentLink>
                <p className="text-xs text-slate-500">{rep.title || rep.email}</p>
                {!rep.isActive && <Badge tone="red">Inactive</Badge>}
              </td>
              <td className="py-3 pr-4">{SENIORITY_LABELS[rep.seniority]}</td>
              <td className="py-3 pr-4">{rep.segments.map((s) => SEGMENT_LABELS[s]).join(", ") || "—"}</td>
              <td className="whitespace-nowrap py-3 pr-4">{rep.timeZoneName}</td>
              <td className="py-3 pr-4"><AvailabilityBadge availability={rep.availability} /></td>
              <td className="py-3 pr-4">{limit(rep.maxOpenLeads)} open · {limit(rep.maxNewLeadsPerDay)}/day</td>
              <td className="py-3 pr-4">{rep.routingWeight}</td>
              <td className="py-3 pr-4">
                <div className="flex flex-wrap gap-1">
                  {rep.teams.length === 0 ? "—" : rep.teams.map((t) => <Badge key={t.id} tone={t.isActive ? "blue" : "gray"}>{t.name}</Badge>)}
                </div>
              </td>
              <td className="py-3 text-right">
                <IntentLink href={`/reps/${rep.id}`} className="text-brand-600 hover:underline" aria-label={`${canEdit ? "Edit" : "View"} ${rep.name}`}>
                  {canEdit ? "Edit" : "View"}
                </IntentLink>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
