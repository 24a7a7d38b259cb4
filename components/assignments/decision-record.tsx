// A routing decision, readable: the headline, every reason for the chosen rep, every skipped rep
// with its reasons (reps skipped for the same reasons on one line), the paths tried, the strategy,
// config version and duration. All text comes from the stored codes (describe-*), never from
// stored text.
import { describeDecisionHeadline, describePathTried } from "@/server/domain/routing/describe-decision";
import { describeReason, type TRoutingNames } from "@/server/domain/routing/describe-reason";
import { describeStrategy } from "@/server/domain/routing/describe-strategy";
import type { TRoutingDecision } from "@/server/domain/routing/routing-types";
import { SkippedRepGroups } from "@/components/routing/skipped-rep-groups";

export function formatMs(ms: number | null): string {
  if (ms === null) return "—";
  return ms < 1 ? `${ms.toFixed(2)} ms` : `${Math.round(ms)} ms`;
}

export function DecisionRecord({ decision, names, durationMs }: { decision: TRoutingDecision; names: TRoutingNames; durationMs: number | null }) {
  const pathNames = new Map(decision.pathsTried.map((p) => [p.pathId, p.pathName]));
  const chosen = decision.repId ? names.repName(decision.repId) : null;
  const reasons = decision.reasons.filter((r) => r.code !== "PATH_MATCHED");
  const isManual = decision.reasons.some((r) => r.code === "MANUAL_OVERRIDE");
  // Booked with the next best rep: the prospect's booking moved the lead; no paths or skips to show.
  const isBookingMove = decision.reasons.some((r) => r.code === "BOOKING_FALLBACK");
  return (
    <div className="space-y-4 text-sm" data-testid="decision-record">
      <p className="font-medium text-slate-900">{describeDecisionHeadline(decision, names)}</p>
      {reasons.length > 0 && (
        <section>
          <h3 className="text-xs font-semibold uppercase tracking-wide text-slate-500">{chosen ? `Why ${chosen}` : "Why"}</h3>
          <ul className="mt-1 list-disc space-y-0.5 pl-5 text-slate-700">
            {reasons.map((r, i) => (
              <li key={i}>{describeReason(r, names, undefined, { at: decision.evaluatedAtIso })}</li>
            ))}
          </ul>
        </section>
      )}
      {!isManual && !isBookingMove && (
        <>
          <section>
            <h3 className="text-xs font-semibold uppercase tracking-wide text-slate-500">Skipped reps ({decision.skipped.length})</h3>
            {decision.skipped.length === 0 ? (
              <p className="mt-1 text-slate-500">None.</p>
            ) : (
              <SkippedRepGroups
                reps={decision.skipped.map((s) => ({
                  name: names.repName(s.repId),
                  pathId: s.pathId,
                  pathLabel: pathNames.size > 1 ? (pathNames.get(s.pathId) ?? "a path") : null,
                  text: s.reasons.map((r) => describeReason(r, names, undefined, { at: decision.evaluatedAtIso })).join(", "),
                }))}
                className="mt-1 space-y-1 text-slate-700"
              />
            )}
          </section>
          <section>
            <h3 className="text-xs font-semibold uppercase tracking-wide text-slate-500">Paths tried</h3>
            {decision.pathsTried.length === 0 ? (
              <p className="mt-1 text-slate-500">None (no path applies).</p>
            ) : (
              <ol className="mt-1 list-decimal space-y-0.5 pl-5 text-slate-700">
                {decision.pathsTried.map((p) => (
                  <li key={p.pathId}>
                    <span className="font-medium text-slate-900">{p.pathName}</span>: {describePathTried(p, names)}
                  </li>
                ))}
              </ol>
            )}
          </section>
        </>
      )}
      <p className="text-xs text-slate-500">
        {decision.strategy && <>Strategy: {describeStrategy(decision.strategy)} · </>}
        {isManual ? "Chosen by a person · " : ""}
        {isBookingMove ? "Moved when the prospect booked · " : ""}Routing config v{decision.configVersion}
        {isBookingMove ? "" : ` · decided in ${formatMs(durationMs)}`}
      </p>
    </div>
  );
}
