// The prospect's answers as a definition list: field labels and option labels, rendered as text
// (also the lead's answers kept as not applicable, under their own label). A long unbroken answer
// (500 "x", a pasted URL) wraps anywhere: the one-column grid's track may shrink below its content
// (minmax(0, 1fr), min-w-0), so it never widens the lead page on a phone.
import type { TLabelledAnswer } from "@/server/services/leads";

export function LeadAnswers({ answers, label = "Answers" }: { answers: TLabelledAnswer[]; label?: string }) {
  if (answers.length === 0) return <p className="text-sm text-slate-500">No answers recorded.</p>;
  return (
    <dl className="divide-y divide-slate-100 text-sm" aria-label={label}>
      {answers.map((a) => (
        <div key={a.key} className="grid min-w-0 grid-cols-[minmax(0,1fr)] gap-1 py-2 sm:grid-cols-3 sm:gap-4">
          <dt className="min-w-0 font-medium [overflow-wrap:anywhere] text-slate-600">{a.label}</dt>
          <dd className="min-w-0 whitespace-pre-wrap [overflow-wrap:anywhere] text-slate-900 sm:col-span-2">{a.display || "—"}</dd>
        </div>
      ))}
    </dl>
  );
}
