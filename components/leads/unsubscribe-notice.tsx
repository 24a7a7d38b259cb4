// The lead page's notice that the person unsubscribed from nurture emails: when, and from which
// email (during a sequence or after it ended). Built from the lead's timeline events.
import { unsubscribeNotice } from "@/components/assignments/nurture-event-text";
import type { TLeadEventView } from "@/server/services/leads";
import { LocalTime } from "./local-time";

export function UnsubscribeNotice({ events }: { events: TLeadEventView[] }) {
  const notice = unsubscribeNotice(events);
  if (!notice) return null;
  return (
    <p role="note" aria-label="Unsubscribed" className="rounded-md border border-amber-200 bg-amber-50 px-4 py-2 text-sm text-slate-700">
      <span className="font-medium text-slate-900">Unsubscribed from nurture emails</span> <LocalTime date={notice.at} />
      {notice.subject && (
        <>
          {" "}from “{notice.subject}”{notice.sequenceName && ` (${notice.sequenceName})`}
        </>
      )}
      . No nurture email is sent to this address any more.
    </p>
  );
}
