// The workspace's nurture sequences with their figures: enrolled, sent, clicked, unsubscribed,
// graduated, booked (what the last two mean is said under the table: figure-notes.ts). Names are
// rendered as text. On a narrow screen the table scrolls in its TableScroll, with room between the
// figures' headers.
import { IntentLink } from "@/components/ui/intent-link";
import { Badge } from "@/components/ui/badge";
import { TableScroll } from "@/components/ui/table-scroll";
import type { TSequenceSummary } from "@/server/services/nurture/sequences";
import { BOOKED_NOTE, GRADUATED_NOTE } from "./figure-notes";

const COLUMNS = [
  ["enrolled", "Enrolled"],
  ["sent", "Sent"],
  ["clicked", "Clicked"],
  ["unsubscribed", "Unsubscribed"],
  ["graduated", "Graduated"],
  ["booked", "Booked"],
] as const;

export function SequenceFiguresTable({ sequences }: { sequences: TSequenceSummary[] }) {
  if (sequences.length === 0) return <p className="text-sm text-slate-500">No sequences yet.</p>;
  return (
    <div className="space-y-2">
      <TableScroll>
        <table className="w-full text-sm" aria-label="Sequences">
          <thead>
            <tr className="text-left text-xs uppercase text-slate-500">
              <th className="py-2 pr-4">Sequence</th>
              {COLUMNS.map(([key, label]) => <th key={key} className="py-2 pl-4 text-right">{label}</th>)}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {sequences.map((s) => (
              <tr key={s.id}>
                <td className="py-2 pr-4">
                  <IntentLink href={`/sequences/${s.id}`} className="font-medium text-brand-700 hover:underline">{s.name}</IntentLink>{" "}
                  {s.publishedVersion ? <Badge tone="green">{`v${s.publishedVersion}`}</Badge> : <Badge tone="gray">Draft</Badge>}{" "}
                  {s.isDefault && <Badge tone="blue">Default</Badge>}
                </td>
                {COLUMNS.map(([key]) => <td key={key} className="py-2 pl-4 text-right tabular-nums">{s.figures[key]}</td>)}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <p className="text-xs text-slate-500">{GRADUATED_NOTE} {BOOKED_NOTE}</p>
    </div>
  );
}
