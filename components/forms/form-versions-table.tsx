// A form's published versions, newest first: number, date (UTC) and who published it.
import { Badge } from "@/components/ui/badge";
import type { TFormVersionItem } from "@/server/services/forms";

export function FormVersionsTable({ versions }: { versions: TFormVersionItem[] }) {
  if (versions.length === 0) return <p className="text-sm text-slate-500">Not published yet.</p>;
  return (
    <table className="min-w-full text-left text-sm" aria-label="Version history">
      <thead className="border-b border-slate-200 text-xs uppercase tracking-wide text-slate-500">
        <tr>
          <th className="py-2 pr-4 font-medium">Version</th>
          <th className="py-2 pr-4 font-medium">Published</th>
          <th className="py-2 font-medium">By</th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {versions.map((v) => (
          <tr key={v.id}>
            <td className="py-2 pr-4 tabular-nums">
              v{v.version} {v.isCurrent && <Badge tone="green">Live</Badge>}
            </td>
            <td className="py-2 pr-4 whitespace-nowrap text-slate-600">{v.publishedAt.toISOString().slice(0, 16).replace("T", " ")} UTC</td>
            <td className="py-2 text-slate-700">{v.publishedBy ? v.publishedBy.name || v.publishedBy.email : "—"}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
