// The inbox table: one row per lead, linking to the lead page. All values rendered as text.
// The wrapper scrolls the table sideways on narrow screens; it is `relative` so that absolutely
// positioned content inside (the sr-only "Flags" header) is clipped by it instead of widening the
// whole page.
import Link from "next/link";
import { leadStatusBadge } from "@/components/assignments/lead-status";
import { Badge } from "@/components/ui/badge";
import { leadShown } from "@/server/domain/leads/lead-contact";
import type { TLeadListItem } from "@/server/services/leads";
import { LocalTime } from "./local-time";
import { sourceLabel } from "./source-label";
import { TierBadge } from "./tier-badge";

export function LeadsTable({ leads }: { leads: TLeadListItem[] }) {
  return (
    <div className="relative overflow-x-auto">
      <table className="min-w-full text-left text-sm" aria-label="Leads">
        <thead className="border-b border-slate-200 text-xs uppercase tracking-wide text-slate-500">
          <tr>
            <th className="py-2 pr-4 font-medium">Submitted</th>
            <th className="py-2 pr-4 font-medium">Lead</th>
            <th className="py-2 pr-4 font-medium">Company</th>
            <th className="py-2 pr-4 font-medium">Owner</th>
            <th className="py-2 pr-4 font-medium">Status</th>
            <th className="py-2 pr-4 font-medium">Form</th>
            <th className="py-2 pr-4 font-medium">Tier</th>
            <th className="py-2 pr-4 text-right font-medium">Score</th>
            <th className="py-2 pr-4 font-medium">Source</th>
            <th className="py-2 font-medium"><span className="sr-only">Flags</span></th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {leads.map((lead) => {
            const shown = leadShown(lead, lead.person, "Unknown person");
            const status = leadStatusBadge({ status: lead.status, stage: lead.stage });
            return (
              <tr key={lead.id} className="align-top hover:bg-slate-50">
                <td className="py-3 pr-4 whitespace-nowrap text-slate-600"><LocalTime date={lead.submittedAt} /></td>
                <td className="py-3 pr-4">
                  <Link href={`/leads/${lead.id}`} className="font-medium text-slate-900 hover:underline">{shown.name}</Link>
                  {shown.isNamed && lead.person && <p className="text-xs text-slate-500">{lead.person.email}</p>}
                </td>
                <td className="py-3 pr-4 text-slate-700">{shown.company || "—"}</td>
                <td className="py-3 pr-4 text-slate-700">{lead.owner?.name ?? "—"}</td>
                <td className="py-3 pr-4 whitespace-nowrap"><Badge tone={status.tone}>{status.label}</Badge></td>
                <td className="py-3 pr-4 text-slate-700">{lead.formName ?? "—"}</td>
                <td className="py-3 pr-4"><TierBadge tier={lead.tier} label={lead.tierLabel} /></td>
                <td className="py-3 pr-4 text-right tabular-nums">{lead.scoreTotal}</td>
                <td className="py-3 pr-4 text-slate-600">{lead.source ? sourceLabel(lead.source) : "—"}</td>
                <td className="space-x-1 py-3 whitespace-nowrap">
                  {lead.isRepeat && <Badge tone="blue">Repeat</Badge>}
                  {lead.isSpam && <Badge tone="red">Spam</Badge>}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
