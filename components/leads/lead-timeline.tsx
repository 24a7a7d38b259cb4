// The lead's history, oldest first. Routing events read as sentences built from their codes and
// ids (names given by the page); other event data is shown as plain text (scalar values only).
import { describeLeadEvent, type TEventNames } from "@/components/assignments/event-text";
import type { TLeadEventView } from "@/server/services/leads";
import { formatDateTime } from "./format";

const UNKNOWN_NAMES: TEventNames = { repName: () => "a rep", userName: () => "a member" };

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

export function LeadTimeline({ events, names = UNKNOWN_NAMES }: { events: TLeadEventView[]; names?: TEventNames }) {
  if (events.length === 0) return <p className="text-sm text-slate-500">No history yet.</p>;
  return (
    <ol className="space-y-3 border-l border-slate-200 pl-4 text-sm" aria-label="History">
      {events.map((e) => {
        const text = describeLeadEvent(e.type, e.data, names);
        const details = text ? text.detail : describe(e.data);
        return (
          <li key={e.id}>
            <p className="font-medium text-slate-900">{text?.title ?? labelOf(e.type)}</p>
            <p className="text-xs text-slate-500">{formatDateTime(e.createdAt)}</p>
            {details && <p className="mt-0.5 break-words text-slate-600">{details}</p>}
          </li>
        );
      })}
    </ol>
  );
}
