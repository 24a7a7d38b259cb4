// A form's published versions, newest first: number, date (in the viewer's time zone) and who published it; with
// `restoreFormId` (form editors) each row can be restored as the draft.
import { Badge } from "@/components/ui/badge";
import type { TFormVersionItem } from "@/server/services/forms";
import { LocalTime } from "@/components/leads/local-time";
import { RestoreVersionButton } from "./restore-version-button";

export function FormVersionsTable({ versions, restoreFormId }: { versions: TFormVersionItem[]; restoreFormId?: string }) {
  if (versions.length === 0) return <p className="text-sm text-slate-500">Not published yet.</p>;
  return (
    <table className="min-w-full text-left text-sm" aria-label="Version history">
      <thead className="border-b border-slate-200 text-xs uppercase tracking-wide text-slate-500">
        <tr>
          <th scope="col" className="py-2 pr-4 font-medium">Version</th>
          <th scope="col" className="py-2 pr-4 font-medium">Published</th>
          <th scope="col" className="py-2 pr-4 font-medium">By</th>
          {restoreFormId && <th scope="col" className="py-2 font-medium"><span className="sr-only">Actions</span></th>}
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {versions.map((v) => (
          <tr key={v.id} data-testid={`version-${v.version}`}>
            <td className="py-2 pr-4 tabular-nums">
              v{v.version} {v.isCurrent && <Badge tone="green">Live</Badge>}
            </td>
            <td className="py-2 pr-4 whitespace-nowrap text-slate-600"><LocalTime date={v.publishedAt} /></td>
            <td className="py-2 pr-4 text-slate-700">{v.publishedBy ? v.publishedBy.name || v.publishedBy.email : "—"}</td>
            {restoreFormId && (
              <td className="py-2 text-right"><RestoreVersionButton formId={restoreFormId} version={v.version} /></td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
