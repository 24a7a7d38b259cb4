"use client";
// "What each rep is best at": for each learned pool, each rep's best segments against the team
// ("Sarah Chen — financial services × Enterprise — 2.1× team"), from the published config's counters.
import { useQuery } from "@tanstack/react-query";
import { Card } from "@/components/ui/card";
import { useRoutingApi } from "./use-routing-api";

const pct = (x: number) => `${Math.round(x * 100)}%`;
const ratio = (x: number) => `${(Math.round(x * 10) / 10).toFixed(1)}× team`;

export function RepStrengthsCard() {
  const api = useRoutingApi();
  const strengths = useQuery(api.strengths.queryOptions());
  const pools = strengths.data ?? [];
  if (pools.length === 0) return null;
  return (
    <Card title="What each rep is best at (learned pools)">
      <div className="space-y-4">
        {pools.map((pool) => (
          <div key={pool.poolId}>
            <h4 className="text-sm font-medium text-slate-800" id={`strengths-${pool.poolId}`}>
              {pool.pathName} → {pool.teamName}: {pool.outcome} rate by segment
            </h4>
            <p className="text-xs text-slate-500">
              {pool.resolved} resolved leads{pool.resolved < pool.warmUpOutcomes ? ` — still warming up (${pool.warmUpOutcomes} needed)` : ""}{pool.isEnabled ? "" : " — learning switched off"}.
              Rates are shrunk toward the rep&apos;s and the team&apos;s, so a few lucky leads do not show as a strength.
            </p>
            {pool.rows.length === 0 ? (
              <p className="text-sm text-slate-500">No rep has 3 resolved leads in one segment yet.</p>
            ) : (
              <table className="mt-1 w-full text-left text-sm" aria-labelledby={`strengths-${pool.poolId}`} data-testid="rep-strengths">
                <thead className="text-slate-500"><tr><th className="py-1">Rep</th><th>Segment</th><th>Against the team</th><th>Expected</th><th>Team</th><th>Resolved leads</th></tr></thead>
                <tbody className="divide-y divide-slate-100">
                  {pool.rows.map((r) => (
                    <tr key={`${r.repId}-${r.segmentKey}`}>
                      <td className="py-1">{r.repName}</td>
                      <td>{r.segment}</td>
                      <td className={r.ratio >= 1.2 ? "font-medium text-emerald-700" : r.ratio < 0.8 ? "text-red-700" : "text-slate-700"}>{ratio(r.ratio)}</td>
                      <td>{pct(r.expected)}</td>
                      <td>{pct(r.teamRate)}</td>
                      <td>{Math.round(r.leads)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </div>
        ))}
      </div>
    </Card>
  );
}
