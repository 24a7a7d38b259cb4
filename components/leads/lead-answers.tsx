// The prospect's answers as a definition list: field labels and option labels, rendered as text
// (also the lead's answers kept as not applicable, under their own label).
import type { TLabelledAnswer } from "@/server/services/leads";

export function LeadAnswers({ answers, label = "Answers" }: { answers: TLabelledAnswer[]; label?: string }) {
  if (answers.length === 0) return <p className="text-sm text-slate-500">No answers recorded.</p>;
  return (
    <dl className="divide-y divide-slate-100 text-sm" aria-label={label}>
      {answers.map((a) => (
        <div key={a.key} className="grid gap-1 py-2 sm:grid-cols-3 sm:gap-4">
          <dt className="font-medium text-slate-600">{a.label}</dt>
          <dd className="break-words whitespace-pre-wrap text-slate-900 sm:col-span-2">{a.display || "—"}</dd>
        </div>
      ))}
    </dl>
  );
}
