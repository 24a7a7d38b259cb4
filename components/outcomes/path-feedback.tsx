// Fit feedback per routing path for managers (the routing page): how reps judged the leads each
// path produced, each verdict's count and its share of the path's feedback. Server component: names
// from the published config, counts from LeadFeedback.
import { Card } from "@/components/ui/card";
import { FIT_VERDICTS, FIT_VERDICT_LABELS, fitVerdictShares } from "@/server/domain/outcomes/fit-verdicts";
import type { TPathFeedback } from "@/server/services/outcomes/lead-feedback";

export function PathFeedback({ feedback, paths }: { feedback: TPathFeedback; paths: { id: string; name: string }[] }) {
  const known = new Set(paths.map((p) => p.id));
  const rows = [...paths.filter((p) => feedback[p.id]), ...Object.keys(feedback).filter((id) => !known.has(id)).map((id) => ({ id, name: `${id} (no longer published)` }))];
  return (
    <Card title="Fit feedback by path">
      {rows.length === 0 ? (
        <p className="text-sm text-slate-500">No fit feedback yet. Reps and managers give it on the lead page.</p>
      ) : (
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Fit feedback from reps and managers on the leads each routing path produced</caption>
          <thead>
            <tr className="text-slate-500">
              <th scope="col" className="py-1 pr-3 font-medium">Path</th>
              {FIT_VERDICTS.map((v) => (
                <th key={v} scope="col" className="py-1 pr-3 font-medium">{FIT_VERDICT_LABELS[v]}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((p) => {
              const shares = fitVerdictShares(feedback[p.id]!);
              return (
                <tr key={p.id} className="border-t border-slate-100">
                  <th scope="row" className="py-1 pr-3 font-medium text-slate-900">{p.name}</th>
                  {FIT_VERDICTS.map((v) => (
                    <td key={v} className="py-1 pr-3 tabular-nums">
                      {feedback[p.id]![v]} <span className="block text-slate-500 sm:inline"><span className="hidden sm:inline">· </span>{shares[v]}%</span>
                    </td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </Card>
  );
}
