// The reps list (server component): user content is rendered as text only.
// From md (768 px) a table of nine columns, scrolling sideways inside its card when it must
// (TableScroll). Below md each rep is a stacked row, nothing off to the side: name and Edit, where
// they are now, then their zone, tier and weight, segments, capacity and teams, each with a small
// caption (screen readers have the column headers, sr-only there). Before, a phone showed only Rep,
// Tier and Segments and the rest (Now, Capacity, Edit) sat past the card's edge. One DOM for both,
// as the leads table (leads-table.tsx): `max-md:` classes and the table's roles stated explicitly.
// Badges (availability, teams) never wrap inside their pill ("Inside" over "Sales"). Names someone
// typed never push a stacked row past its card: a name or an email breaks, the teams take a line
// of their own and wrap, and a team named long is cut ("…", the whole name in its title).
import { IntentLink } from "@/components/ui/intent-link";
import { Badge } from "@/components/ui/badge";
import { TableScroll } from "@/components/ui/table-scroll";
import { SEGMENT_LABELS, SENIORITY_LABELS } from "@/server/domain/reps/rep-options";
import type { TRepSummary } from "@/server/services/reps";
import { AvailabilityBadge } from "./availability-badge";

const limit = (value: number | null) => (value === null ? "∞" : String(value));

const TH = "py-2 pr-4";
/** Each cell: the table's padding from md, none in the stacked row (its grid spaces it). */
const TD = "py-3 pr-4 max-md:p-0";
/** A detail line of the stacked row: small, across both columns unless placed otherwise. */
const DETAIL = "max-md:text-xs max-md:text-slate-700";

/** A visible caption for a value in the stacked row only; screen readers have the column header. */
function NarrowLabel({ children }: { children: string }) {
  return <span aria-hidden="true" className="text-slate-500 md:hidden">{children} </span>;
}

function RepRow({ rep, canEdit }: { rep: TRepSummary; canEdit: boolean }) {
  return (
    <tr role="row" className={`max-md:grid max-md:grid-cols-[minmax(0,1fr)_auto] max-md:items-baseline max-md:gap-x-3 max-md:gap-y-1 max-md:py-3 ${rep.isActive ? "" : "text-slate-500"}`}>
      <td role="cell" className={`${TD} max-md:col-start-1 max-md:row-start-1 max-md:min-w-0 max-md:break-words`}>
        <IntentLink href={`/reps/${rep.id}`} className="font-medium text-slate-900 hover:underline">{rep.name}</IntentLink>
        <p className="text-xs text-slate-500 [overflow-wrap:anywhere]">{rep.title || rep.email}</p>
        {!rep.isActive && <Badge tone="red">Inactive</Badge>}
      </td>
      <td role="cell" className={`${TD} ${DETAIL} max-md:col-start-1 max-md:row-start-4`}><NarrowLabel>Tier</NarrowLabel>{SENIORITY_LABELS[rep.seniority]}</td>
      <td role="cell" className={`${TD} ${DETAIL} max-md:col-span-2 max-md:row-start-5 max-md:min-w-0`}><NarrowLabel>Segments</NarrowLabel>{rep.segments.map((s) => SEGMENT_LABELS[s]).join(", ") || "—"}</td>
      <td role="cell" className={`${TD} ${DETAIL} whitespace-nowrap max-md:col-span-2 max-md:row-start-3 max-md:min-w-0 max-md:whitespace-normal`}><NarrowLabel>Time zone</NarrowLabel>{rep.timeZoneName}</td>
      <td role="cell" className={`${TD} max-md:col-span-2 max-md:row-start-2`}><AvailabilityBadge availability={rep.availability} /></td>
      <td role="cell" className={`${TD} ${DETAIL} max-md:col-span-2 max-md:row-start-6`}><NarrowLabel>Capacity</NarrowLabel>{limit(rep.maxOpenLeads)} open · {limit(rep.maxNewLeadsPerDay)}/day</td>
      <td role="cell" className={`${TD} ${DETAIL} max-md:col-start-2 max-md:row-start-4 max-md:justify-self-end`}><NarrowLabel>Weight</NarrowLabel>{rep.routingWeight}</td>
      <td role="cell" className={`${TD} ${DETAIL} max-md:col-span-2 max-md:row-start-7 max-md:min-w-0`}>
        <div className="flex flex-wrap items-baseline gap-1 whitespace-nowrap">
          <NarrowLabel>Teams</NarrowLabel>
          {rep.teams.length === 0 ? "—" : rep.teams.map((t) => (
            <Badge key={t.id} tone={t.isActive ? "blue" : "gray"}><span className="block max-w-[14rem] truncate" title={t.name}>{t.name}</span></Badge>
          ))}
        </div>
      </td>
      <td role="cell" className="py-3 text-right max-md:col-start-2 max-md:row-start-1 max-md:justify-self-end max-md:p-0">
        <IntentLink href={`/reps/${rep.id}`} className="text-brand-600 hover:underline" aria-label={`${canEdit ? "Edit" : "View"} ${rep.name}`}>
          {canEdit ? "Edit" : "View"}
        </IntentLink>
      </td>
    </tr>
  );
}

export function RepsTable({ reps, canEdit }: { reps: TRepSummary[]; canEdit: boolean }) {
  return (
    <TableScroll>
      <table role="table" className="w-full text-left text-sm max-md:block md:min-w-[56rem]">
        <thead role="rowgroup" className="border-b border-slate-200 text-xs uppercase tracking-wide text-slate-500 max-md:sr-only">
          <tr role="row">
            <th role="columnheader" scope="col" className={TH}>Rep</th>
            <th role="columnheader" scope="col" className={TH}>Tier</th>
            <th role="columnheader" scope="col" className={TH}>Segments</th>
            <th role="columnheader" scope="col" className={TH}>Time zone</th>
            <th role="columnheader" scope="col" className={TH}>Now</th>
            <th role="columnheader" scope="col" className={TH} title="Max open leads / max new leads per day">Capacity</th>
            <th role="columnheader" scope="col" className={TH}>Weight</th>
            <th role="columnheader" scope="col" className={TH}>Teams</th>
            <th role="columnheader" scope="col" className="py-2"><span className="sr-only">Actions</span></th>
          </tr>
        </thead>
        <tbody role="rowgroup" className="divide-y divide-slate-100 max-md:block">
          {reps.map((rep) => (
            <RepRow key={rep.id} rep={rep} canEdit={canEdit} />
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
