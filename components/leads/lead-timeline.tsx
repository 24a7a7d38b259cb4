// The lead's history, oldest first. Events read as sentences built from their codes and ids
// (names given by the page, tier keys named as the scoring model does); data nobody put into
// words yet is shown as plain text (lead-event-text.ts). Amounts in the lead's currency, as the
// Summary and Lifecycle write them ("$90,000").
import type { TEventNames } from "@/components/assignments/event-text";
import type { TLeadEventView } from "@/server/services/leads";
import { leadEventText } from "./lead-event-text";
import { LocalTime } from "./local-time";
import { markTime } from "./time-marks";
import { ZonedText } from "./zoned-text";

const UNKNOWN_NAMES: TEventNames = { repName: () => "a rep", userName: () => "a member" };

/** `currency`: the lead's (Lead.currency, never null: "USD" by default). */
export function LeadTimeline({ events, names = UNKNOWN_NAMES, tierLabels = {}, currency }: { events: TLeadEventView[]; names?: TEventNames; tierLabels?: Readonly<Record<string, string>>; currency: string }) {
  if (events.length === 0) return <p className="text-sm text-slate-500">No history yet.</p>;
  // Meeting and outcome times in a detail read in the viewer's zone, as the event's own time does.
  const viewerNames: TEventNames = { ...names, time: markTime };
  return (
    <ol className="space-y-3 border-l border-slate-200 pl-4 text-sm" aria-label="History">
      {events.map((e) => {
        const text = leadEventText(e.type, e.data, viewerNames, { tierLabels, currency });
        return (
          <li key={e.id}>
            <p className="font-medium text-slate-900">{text.title}</p>
            <p className="text-xs text-slate-500"><LocalTime date={e.createdAt} /></p>
            {text.detail && <p className="mt-0.5 break-words text-slate-600"><ZonedText text={text.detail} /></p>}
          </li>
        );
      })}
    </ol>
  );
}
