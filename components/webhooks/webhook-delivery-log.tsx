"use client";
// An endpoint's delivery log (newest 100): event, status, attempts, last HTTP status, latency,
// when, the first 1 KB of the answer (as text; with no HTTP answer, why — delivery-answer.ts), and
// Replay (sent again now with the same webhook-id). Held deliveries (the endpoint is disabled) and
// expired ones (held past the give-up window) say so under their status. Refreshes every second
// while a delivery is pending. The last attempt reads as every dashboard time (<LocalTime>: the
// viewer's zone, to the minute), its exact UTC instant to the second in the title — what an admin
// matches against the receiver's logs.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { LocalTime } from "@/components/leads/local-time";
import { errorMessage } from "@/components/members/trpc-error";
import { useTRPC } from "@/components/providers/trpc";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/ui/field-error";
import { deliveryAnswerText } from "./delivery-answer";

const TONES = { DELIVERED: "green", PENDING: "amber", HELD: "blue", FAILED: "red", EXPIRED: "red", SKIPPED: "gray" } as const;
const LABELS = { DELIVERED: "delivered", PENDING: "pending", HELD: "held", FAILED: "failed", EXPIRED: "expired", SKIPPED: "skipped" } as const;
const NOTES: Partial<Record<keyof typeof LABELS, string>> = {
  HELD: "Endpoint disabled: sent when you enable it",
  EXPIRED: "Held past the 24 h retry window: not sent (Replay sends it)",
};

export function WebhookDeliveryLog({ endpointId }: { endpointId: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [error, setError] = useState<string | null>(null);
  const options = trpc.webhooks.deliveries.queryOptions({ endpointId });
  const log = useQuery({ ...options, staleTime: 0, refetchInterval: (query) => (query.state.data?.deliveries.some((d) => d.status === "PENDING") ? 1000 : false) });
  const replay = useMutation(
    trpc.webhooks.replay.mutationOptions({
      onSuccess: () => (setError(null), queryClient.invalidateQueries({ queryKey: options.queryKey })),
      onError: (e) => setError(errorMessage(e)),
    }),
  );
  const deliveries = log.data?.deliveries ?? [];

  return (
    <div className="mt-2 space-y-2">
      <div className="flex items-center gap-2 text-sm text-slate-600">
        <span>{log.isLoading ? "Loading the log…" : `${deliveries.length} ${deliveries.length === 1 ? "delivery" : "deliveries"} (newest first)`}</span>
        <Button variant="ghost" onClick={() => log.refetch()}>
          Refresh
        </Button>
      </div>
      <FieldError message={error ?? (log.error ? errorMessage(log.error) : null)} />
      {deliveries.length > 0 && (
        <div className="overflow-x-auto">
          <table className="w-full text-left text-sm" aria-label="Delivery log">
            <thead className="text-xs uppercase text-slate-500">
              <tr>
                <th className="py-1 pr-3">Event</th>
                <th className="py-1 pr-3">Status</th>
                <th className="py-1 pr-3">Attempts</th>
                <th className="py-1 pr-3">HTTP</th>
                <th className="py-1 pr-3">Latency</th>
                <th className="py-1 pr-3">Last attempt</th>
                <th className="py-1 pr-3">Answer</th>
                <th className="py-1" />
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {deliveries.map((d) => (
                <tr key={d.id} aria-label={`Delivery ${d.type} ${d.eventId}`} className="align-top">
                  <td className="py-1.5 pr-3">
                    <code>{d.type}</code>
                    <div className="text-xs text-slate-500">{d.eventId}</div>
                  </td>
                  <td className="py-1.5 pr-3" data-testid="delivery-status">
                    <Badge tone={TONES[d.status]}>{LABELS[d.status]}</Badge>
                    {NOTES[d.status] && <div className="mt-0.5 max-w-40 text-xs text-slate-500">{NOTES[d.status]}</div>}
                  </td>
                  <td className="py-1.5 pr-3" data-testid="delivery-attempts">{d.attempts}</td>
                  <td className="py-1.5 pr-3">{d.lastStatusCode ?? "—"}</td>
                  <td className="py-1.5 pr-3">{d.lastLatencyMs === null ? "—" : `${d.lastLatencyMs} ms`}</td>
                  <td className="py-1.5 pr-3 whitespace-nowrap" data-testid="delivery-last-attempt">{d.lastAttemptAt ? <LocalTime date={d.lastAttemptAt} exactUtcTitle /> : "—"}</td>
                  <td className="max-w-xs py-1.5 pr-3">
                    <pre className="max-h-24 overflow-auto whitespace-pre-wrap break-all font-mono text-xs text-slate-700">{deliveryAnswerText(d.lastResponse, d.lastStatusCode)}</pre>
                  </td>
                  <td className="py-1.5">
                    <Button variant="secondary" disabled={replay.isPending} onClick={() => replay.mutate({ deliveryId: d.id })}>
                      Replay
                    </Button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
