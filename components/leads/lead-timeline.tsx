// The lead's history, oldest first. Event data is shown as plain text (scalar values only).
import type { TLeadEventView } from "@/server/services/leads";
import { formatDateTime } from "./format";

const EVENT_LABELS: Record<string, string> = {
  submitted: "Submitted",
  scored: "Scored",
  spam_flagged: "Flagged as spam",
  repeat_detected: "Repeat submission",
  routed: "Routed",
  assigned: "Assigned",
  accepted: "Accepted",
};

function describe(data: unknown): string {
  if (!data || typeof data !== "object" || Array.isArray(data)) return "";
  return Object.entries(data as Record<string, unknown>)
    .filter(([, v]) => typeof v === "string" || typeof v === "number" || typeof v === "boolean")
    .map(([k, v]) => `${k}: ${String(v)}`)
    .join(" · ");
}

function labelOf(type: string): string {
  return EVENT_LABELS[type] ?? type.replace(/[_.]+/g, " ").replace(/^\w/, (c) => c.toUpperCase());
}

export function LeadTimeline({ events }: { events: TLeadEventView[] }) {
  if (events.length === 0) return <p className="text-sm text-slate-500">No history yet.</p>;
  return (
    <ol className="space-y-3 border-l border-slate-200 pl-4 text-sm" aria-label="History">
      {events.map((e) => {
        const details = describe(e.data);
        return (
          <li key={e.id}>
            <p className="font-medium text-slate-900">{labelOf(e.type)}</p>
            <p className="text-xs text-slate-500">{formatDateTime(e.createdAt)}</p>
            {details && <p className="mt-0.5 break-words text-slate-600">{details}</p>}
          </li>
        );
      })}
    </ol>
  );
}
