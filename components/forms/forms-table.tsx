// The forms list: name and address, status with the last publish, leads, links, and for form
// editors the write controls. User content (names, slugs) is rendered as text. On a phone (below
// `sm`) the links and the write controls sit under the form's name instead of in their own
// columns, which would be cut off at the card's edge (the table scrolls sideways there).
import { formatCount } from "@/components/dashboard/count-label";
import { IntentLink } from "@/components/ui/intent-link";
import { TableScroll } from "@/components/ui/table-scroll";
import type { TFormListItem } from "@/server/services/forms";
import { FormLinks } from "./form-links";
import { FormRowActions } from "./form-row-actions";
import { FormStatus } from "./form-status";

export function FormsTable({ forms, canEdit }: { forms: TFormListItem[]; canEdit: boolean }) {
  return (
    <TableScroll className="-mx-5 -my-5">
      <table className="min-w-full divide-y divide-slate-200 text-sm">
        <thead className="bg-slate-50 text-left text-xs font-medium uppercase tracking-wide text-slate-500">
          <tr>
            <th scope="col" className="px-4 py-2.5 sm:px-5">Form</th>
            <th scope="col" className="px-4 py-2.5 sm:px-5">Status</th>
            <th scope="col" className="px-4 py-2.5 text-right sm:px-5">Leads</th>
            <th scope="col" className="hidden px-5 py-2.5 sm:table-cell">Links</th>
            {canEdit && <th scope="col" className="hidden px-5 py-2.5 sm:table-cell"><span className="sr-only">Actions</span></th>}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {forms.map((form) => (
            <tr key={form.id} data-testid={`form-row-${form.slug}`} className="align-top">
              <th scope="row" className="px-4 py-3 text-left font-normal sm:px-5">
                <IntentLink href={`/forms/${form.id}`} className="font-medium text-slate-900 hover:underline">{form.name}</IntentLink>
                <div className="font-mono text-xs text-slate-500">/f/{form.slug}</div>
                {/* Phone: the row's links and controls here (display:none, so not read twice, above `sm`). */}
                <div className="mt-2 space-y-2 sm:hidden">
                  <FormLinks form={form} canEdit={canEdit} />
                  {canEdit && <FormRowActions form={form} align="start" />}
                </div>
              </th>
              <td className="px-4 py-3 sm:px-5">
                <FormStatus status={form.status} publishedAt={form.publishedAt} version={form.currentVersion} />
              </td>
              <td className="px-4 py-3 text-right tabular-nums sm:px-5">{formatCount(form.leadCount)}</td>
              <td className="hidden px-5 py-3 sm:table-cell"><FormLinks form={form} canEdit={canEdit} /></td>
              {canEdit && (
                <td className="hidden px-5 py-3 sm:table-cell"><FormRowActions form={form} /></td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
