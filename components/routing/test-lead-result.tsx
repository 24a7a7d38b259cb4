"use client";
// The outcome of a test lead: headline, chosen rep and reasons, every skipped rep with its
// reasons (reps skipped for the same reasons on one line), the paths tried, and the facts routing
// saw (tier, score, value, attributes) in the condition builder's words (describeSeenLead).
import type { TRoutingSubject } from "@/server/domain/routing/routing-subjects";
import type { TRoutingOutputs } from "./routing-editor-model";
import { SkippedRepGroups } from "./skipped-rep-groups";
import { describeSeenLead } from "./test-lead-seen";

type TResult = TRoutingOutputs["testLead"];
const pct = (x: number) => `${Math.round(x * 100)}%`;

export function TestLeadResult({ result, subjects = [] }: { result: TResult; subjects?: readonly TRoutingSubject[] }) {
  return (
    <section aria-label="Test result" className="space-y-3 rounded-md border border-slate-200 bg-slate-50 p-4" data-testid="test-lead-result">
      <p className="font-medium text-slate-900" data-testid="test-lead-headline">{result.headline}</p>
      <p className="text-sm text-slate-700">
        {result.repName ? <>Chosen rep: <strong data-testid="test-lead-rep">{result.repName}</strong></> : "No rep chosen"}
        {" · "}config: {result.configVersion === null ? "draft" : `version ${result.configVersion}`}
      </p>
      <div>
        <h4 className="text-sm font-medium text-slate-800">Why</h4>
        <ul className="list-disc pl-5 text-sm text-slate-700" aria-label="Reasons">
          {result.reasons.map((r, i) => <li key={i}>{r}</li>)}
        </ul>
      </div>
      {result.learnedOdds && (
        <div>
          <h4 className="text-sm font-medium text-slate-800" id="learned-odds-title">Best expected outcome: each rep&apos;s chances</h4>
          <table className="w-full text-left text-sm" aria-labelledby="learned-odds-title" data-testid="learned-odds">
            <thead className="text-slate-500"><tr><th className="py-1">Rep</th><th>Expected rate</th><th>Chance of being chosen</th><th>Resolved leads here</th></tr></thead>
            <tbody className="divide-y divide-slate-100">
              {result.learnedOdds.map((o) => (
                <tr key={o.repId}>
                  <td className="py-1">{o.name}</td>
                  <td>{pct(o.expected)}</td>
                  <td>{pct(o.probability)}</td>
                  <td>{Math.round(o.leads)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="text-xs text-slate-500">Chances from {"2,000"} draws seeded by this lead: the same lead shows the same figures. Nothing moves.</p>
        </div>
      )}
      <div>
        <h4 className="text-sm font-medium text-slate-800">Skipped reps ({result.skippedReps.length})</h4>
        {result.skippedReps.length === 0 ? (
          <p className="text-sm text-slate-500">Nobody was skipped.</p>
        ) : (
          <SkippedRepGroups
            reps={result.skippedReps.map((s) => ({ name: s.name, pathId: s.pathId, pathLabel: s.pathName, text: s.reasons.join(", ") }))}
            className="space-y-1 text-sm text-slate-700"
            testId="test-lead-skipped"
          />
        )}
      </div>
      <div>
        <h4 className="text-sm font-medium text-slate-800">Paths tried</h4>
        <ol className="list-decimal pl-5 text-sm text-slate-700" aria-label="Paths tried">
          {result.pathsTried.map((p) => (
            <li key={p.pathId}>{p.pathName}: {p.matched ? `matched → ${p.result}` : "did not match"}</li>
          ))}
        </ol>
      </div>
      <p className="text-xs text-slate-500">
        Seen by routing: {describeSeenLead(result.lead, subjects)}. Nothing was saved.
      </p>
    </section>
  );
}
