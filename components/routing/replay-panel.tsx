"use client";
// "Replay": the last N real leads through the saved draft vs the published config, both decided
// now from the same state — per-rep share before/after, leads that would move and why, fallback
// hits; and apart, how many leads would go elsewhere today even without the draft (loads have
// moved since they arrived). Nothing is written.
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { errorMessage } from "@/components/members/trpc-error";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { TableScroll } from "@/components/ui/table-scroll";
import { REPLAY_MAX, replayCount } from "./replay-count";
import { ReplayMoves } from "./replay-moves";
import { useRoutingApi } from "./use-routing-api";

/** `beforeRun`: saves the draft; null once saved, else why the replay did not run (shown by the button). */
export function ReplayPanel({ beforeRun, isPublished }: { beforeRun: () => Promise<string | null>; isPublished: boolean }) {
  const api = useRoutingApi();
  // As typed (replayCount reads it on submit): clamping each keystroke turned "50" into "150".
  const [lastN, setLastN] = useState("100");
  const [error, setError] = useState<string | null>(null);
  const replay = useMutation(api.replay.mutationOptions({ onError: (e) => setError(errorMessage(e)), onSuccess: () => setError(null) }));
  const result = replay.data;
  const labelOf = new Map(result?.leads.map((l) => [l.leadId, l.label]) ?? []);

  return (
    <Card title="Replay recent leads">
      <form className="flex flex-wrap items-end gap-3" aria-label="Replay"
        onSubmit={async (e) => {
          e.preventDefault();
          const count = replayCount(lastN);
          if (count === null) return setError(`Enter how many recent leads to replay, from 1 to ${REPLAY_MAX}.`);
          const notRun = await beforeRun();
          if (notRun) {
            replay.reset();
            return setError(notRun);
          }
          replay.mutate({ lastN: count });
        }}>
        <div>
          <Label htmlFor="replay-last-n">Last N leads (1–500)</Label>
          <Input id="replay-last-n" type="number" min={1} max={REPLAY_MAX} className="w-28" value={lastN} onChange={(e) => setLastN(e.target.value)} />
        </div>
        <Button type="submit" disabled={replay.isPending || !isPublished}>{replay.isPending ? "Replaying…" : "Replay with the draft"}</Button>
        {!isPublished && <p className="text-sm text-slate-500">Publish once first: replay compares the draft with the published config.</p>}
      </form>
      {error && <p role="alert" className="mt-2 text-sm text-red-600">{error}</p>}
      {result && (
        <div className="mt-4 space-y-4" data-testid="replay-result">
          <p className="text-sm text-slate-700">
            {result.summary.total} leads replayed with the published version {result.publishedVersion} and with the draft; {result.summary.moved.length - result.summary.knockOn} would move because of the draft{result.summary.knockOn > 0 ? ` (and ${result.summary.knockOn} more as a knock-on)` : ""}; fallback hits {result.summary.fallbackHits.before} → {result.summary.fallbackHits.after}.
          </p>
          {/* Spaced cells (as the version table): px between columns, none at the outer edges; numbers never wrap. */}
          <TableScroll>
            <table className="w-full text-left text-sm" aria-label="Share per destination">
              <thead className="text-slate-500">
                <tr className="[&>th]:px-3 [&>th]:pb-2 [&>th:first-child]:pl-0 [&>th:last-child]:pr-0">
                  <th scope="col">Destination</th><th scope="col">Published</th><th scope="col">Draft</th><th scope="col" className="text-right">Change</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {result.summary.shares.map((s) => (
                  <tr key={s.key} className="align-top [&>td]:px-3 [&>td]:py-2 [&>td:first-child]:pl-0 [&>td:last-child]:pr-0">
                    <td className="break-words">{s.label}</td>
                    <td className="whitespace-nowrap">{s.before} ({s.beforePct}%)</td>
                    <td className="whitespace-nowrap">{s.after} ({s.afterPct}%)</td>
                    <td className={`whitespace-nowrap text-right ${s.after > s.before ? "text-emerald-700" : s.after < s.before ? "text-red-700" : "text-slate-500"}`}>{s.after - s.before > 0 ? "+" : ""}{s.after - s.before}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
          <ReplayMoves moved={result.summary.moved} labelOf={labelOf} />
          {result.leads.some((l) => l.odds) && (
            <div>
              <h4 className="text-sm font-medium text-slate-800">Best expected outcome: chances per lead (draft)</h4>
              <ul className="text-sm text-slate-700" aria-label="Learned chances per lead">
                {result.leads.filter((l) => l.odds).slice(-20).map((l) => (
                  <li key={l.leadId}>
                    <a className="underline" href={`/leads/${l.leadId}`}>{l.label}</a>:{" "}
                    {l.odds!.slice(0, 3).map((o) => `${o.name} ${Math.round(o.probability * 100)}% (expected ${Math.round(o.expected * 100)}%)`).join(" · ")}
                  </li>
                ))}
              </ul>
            </div>
          )}
          {result.summary.fallbackHits.leadIds.length > 0 && (
            <p className="text-sm text-amber-800">Fallback with the draft: {result.summary.fallbackHits.leadIds.map((id) => labelOf.get(id) ?? id).join(", ")}</p>
          )}
          {result.historic.compared > 0 && (
            <p className="rounded border border-slate-200 bg-slate-50 px-3 py-2 text-sm text-slate-600" data-testid="replay-historic">
              <span className="font-medium">Not part of your change:</span> even without it, {result.historic.differ} of {result.historic.compared} leads would go elsewhere today than where they went when they arrived — loads, round-robin turns or the published config have moved since. Both sides above are decided as of today, so these are not counted as moves.
            </p>
          )}
          <p className="text-xs text-slate-500">{result.approximation}</p>
        </div>
      )}
    </Card>
  );
}
