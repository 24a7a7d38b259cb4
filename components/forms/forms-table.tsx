// The forms list: name and address, status with the last publish, leads, links, and for form
// editors the write controls. User content (names, slugs) is rendered as text.
import Link from "next/link";
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
            <th scope="col" className="px-5 py-2.5">Form</th>
            <th scope="col" className="px-5 py-2.5">Status</th>
            <th scope="col" className="px-5 py-2.5 text-right">Leads</th>
            <th scope="col" className="px-5 py-2.5">Links</th>
            {canEdit && <th scope="col" className="px-5 py-2.5"><span className="sr-only">Actions</span></th>}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {forms.map((form) => (
            <tr key={form.id} data-testid={`form-row-${form.slug}`} className="align-top">
              <th scope="row" className="px-5 py-3 text-left font-normal">
                <Link href={`/forms/${form.id}`} className="font-medium text-slate-900 hover:underline">{form.name}</Link>
                <div className="font-mono text-xs text-slate-500">/f/{form.slug}</div>
              </th>
              <td className="px-5 py-3">
                <FormStatus status={form.status} publishedAt={form.publishedAt} version={form.currentVersion} />
              </td>
              <td className="px-5 py-3 text-right tabular-nums">{form.leadCount}</td>
              <td className="px-5 py-3"><FormLinks form={form} canEdit={canEdit} /></td>
              {canEdit && (
                <td className="px-5 py-3"><FormRowActions form={form} /></td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
