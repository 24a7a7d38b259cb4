// The inbox table: one row per lead, linking to the lead page. All values rendered as text.
// From md (768 px) a table of ten columns, scrolling sideways inside its card when it must
// (TableScroll). Below md each row is a stacked card without any sideways scroll: the lead and its
// tier, the company, the owner and status, when it was submitted and its flags; the form, score,
// source and email (a lead without one: its phone, where the email would be) are left to screen
// readers and the lead page. One DOM for both: the narrow layout is `max-md:` classes
// only, and the table's roles are stated explicitly, because some browsers (Safari) drop a table's
// semantics once its rows are laid out as grids. Column headers stay for screen readers (sr-only).
// The badges (status, tier, flags) never wrap inside their pill: at 1024 px a tier pill split in
// two ("Sales-" over "ready"). What people typed never holds a column wide: a name or an email may
// break anywhere (each column keeps a readable minimum), a company and a form name show at most two
// lines, ended "…", the whole text in the title. So from 1024 px the table fits its card whatever
// the names (a campaign-long form name or an 80-letter company pushed it ~700 px wider).
import { IntentLink } from "@/components/ui/intent-link";
import { leadStatusBadge } from "@/components/assignments/lead-status";
import { Badge } from "@/components/ui/badge";
import { TableScroll } from "@/components/ui/table-scroll";
import { leadContactView, leadShown } from "@/server/domain/leads/lead-contact";
import type { TLeadListItem } from "@/server/services/leads";
import { LocalTime } from "./local-time";
import { sourceLabel } from "./source-label";
import { TierBadge } from "./tier-badge";

const TH = "py-2 pr-4 font-medium";
/** Each cell: the table's padding from md, none in the stacked row (its grid spaces it). */
const TD = "py-3 pr-4 max-md:p-0";
/**
 * Cells the stacked row does not show (the lead page does): sr-only, not hidden, so that every
 * row keeps its ten cells under the ten headers for screen readers.
 */
const WIDE_ONLY = "max-md:sr-only";

/** Text someone typed that may have no break in it (an email, an 80-letter word): broken anywhere; a minimum width (md:min-w-…) keeps the column readable. */
const TYPED = "[overflow-wrap:anywhere]";
/** A company or a form name from md: two lines at most, ended "…" (the cell's title has it all). */
const CLAMPED = `md:line-clamp-2 md:min-w-[5rem] ${TYPED}`;

/** A visible caption for a value in the stacked row only; screen readers have the column header. */
function NarrowLabel({ children }: { children: string }) {
  return <span aria-hidden="true" className="text-slate-500 md:hidden">{children} </span>;
}

function LeadRow({ lead }: { lead: TLeadListItem }) {
  const shown = leadShown(lead, lead.person, "Unknown person");
  const contact = leadContactView(lead, lead.person);
  // Under the name: the email (unless it is the title), or for a lead without one its phone.
  const reach = contact.email !== null ? (shown.isNamed ? contact.email : null) : contact.phone;
  const status = leadStatusBadge({ status: lead.status, stage: lead.stage });
  return (
    <tr role="row" className="align-top hover:bg-slate-50 max-md:grid max-md:grid-cols-[minmax(0,1fr)_auto] max-md:items-baseline max-md:gap-x-3 max-md:gap-y-1 max-md:py-3">
      <td role="cell" className={`${TD} whitespace-nowrap text-slate-600 max-md:col-start-1 max-md:row-start-4 max-md:text-xs max-md:text-slate-500`}><LocalTime date={lead.submittedAt} /></td>
      <td role="cell" className={`${TD} max-md:col-start-1 max-md:row-start-1 max-md:min-w-0`}>
        <div className={`md:min-w-[6rem] ${TYPED}`}>
          <IntentLink href={`/leads/${lead.id}`} className="font-medium text-slate-900 hover:underline">{shown.name}</IntentLink>
          {reach && <p className="text-xs text-slate-500 max-md:sr-only">{reach}</p>}
        </div>
      </td>
      <td role="cell" className={`${TD} text-slate-700 max-md:col-span-2 max-md:row-start-2 max-md:min-w-0`}>
        <span className={`block ${CLAMPED}`} title={shown.company || undefined}>{shown.company || "—"}</span>
      </td>
      <td role="cell" className={`${TD} text-slate-700 break-words max-md:col-start-1 max-md:row-start-3 max-md:min-w-0 max-md:text-xs`}><NarrowLabel>Owner</NarrowLabel>{lead.owner?.name ?? "—"}</td>
      <td role="cell" className={`${TD} whitespace-nowrap max-md:col-start-2 max-md:row-start-3 max-md:justify-self-end`}><Badge tone={status.tone}>{status.label}</Badge></td>
      <td role="cell" className={`${TD} text-slate-700 ${WIDE_ONLY}`}>
        <span className={`block ${CLAMPED}`} title={lead.formName ?? undefined}>{lead.formName ?? "—"}</span>
      </td>
      <td role="cell" className={`${TD} whitespace-nowrap max-md:col-start-2 max-md:row-start-1 max-md:justify-self-end`}><TierBadge tier={lead.tier} label={lead.tierLabel} /></td>
      <td role="cell" className={`${TD} text-right tabular-nums ${WIDE_ONLY}`}>{lead.scoreTotal}</td>
      <td role="cell" className={`${TD} text-slate-600 break-words ${WIDE_ONLY}`}>{lead.source ? sourceLabel(lead.source) : "—"}</td>
      <td role="cell" className="space-x-1 py-3 whitespace-nowrap max-md:col-start-2 max-md:row-start-4 max-md:justify-self-end max-md:p-0">
        {lead.isRepeat && <Badge tone="blue">Repeat</Badge>}
        {lead.isSpam && <Badge tone="red">Spam</Badge>}
      </td>
    </tr>
  );
}

export function LeadsTable({ leads }: { leads: TLeadListItem[] }) {
  return (
    <TableScroll>
      <table role="table" className="min-w-full text-left text-sm max-md:block" aria-label="Leads">
        <thead role="rowgroup" className="border-b border-slate-200 text-xs uppercase tracking-wide text-slate-500 max-md:sr-only">
          <tr role="row">
            <th role="columnheader" className={TH}>Submitted</th>
            <th role="columnheader" className={TH}>Lead</th>
            <th role="columnheader" className={TH}>Company</th>
            <th role="columnheader" className={TH}>Owner</th>
            <th role="columnheader" className={TH}>Status</th>
            <th role="columnheader" className={TH}>Form</th>
            <th role="columnheader" className={TH}>Tier</th>
            <th role="columnheader" className={`${TH} text-right`}>Score</th>
            <th role="columnheader" className={TH}>Source</th>
            <th role="columnheader" className="py-2 font-medium"><span className="sr-only">Flags</span></th>
          </tr>
        </thead>
        <tbody role="rowgroup" className="divide-y divide-slate-100 max-md:block">
          {leads.map((lead) => (
            <LeadRow key={lead.id} lead={lead} />
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
