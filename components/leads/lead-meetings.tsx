// The lead's meetings (bookings) on the lead page: when, with whom, where, status; the rep of the
// meeting and managers can move it to another free slot of the rep or cancel it. Without a booking,
// a meeting recorded as an outcome (booked elsewhere: recorded-meeting.ts) is told, with when and who.
import { buttonClasses } from "@/components/ui/button";
import { ConfirmSubmitButton } from "@/components/ui/confirm-submit-button";
import { meetingTimeText, slotChoiceLabel } from "@/server/domain/booking/meeting-time-text";
import { zoneName } from "@/server/domain/time/zone-name";
import type { TSlotDay } from "@/server/domain/booking/slot-days";
import { LocalTime } from "./local-time";
import type { TRecordedMeeting } from "./recorded-meeting";

export interface TLeadMeeting {
  id: string;
  title: string;
  repName: string;
  repTimeZone: string;
  startsAt: Date;
  endsAt: Date;
  location: string;
  status: "CONFIRMED" | "CANCELLED";
  isFallback: boolean;
  /** Still ahead, and its rep was removed or can no longer work leads (a Marketer): it stands until someone acts. */
  hasRepLeft: boolean;
  canChange: boolean;
  /** The rep's next free slots (for moving), in the rep's zone. */
  moveTo: TSlotDay[];
}

export function LeadMeetings({ meetings, recorded = null, cancel, reschedule }: { meetings: TLeadMeeting[]; /** A meeting recorded as an outcome (booked outside Switchboard's calendar). */ recorded?: TRecordedMeeting | null; cancel: (form: FormData) => Promise<void>; reschedule: (form: FormData) => Promise<void> }) {
  // A meeting the rep set up elsewhere is a stage they log (Lifecycle: "Meeting booked"): the card
  // says it was recorded, and when, by whom, never a bare "No meeting booked" beside it.
  if (meetings.length === 0 && recorded) {
    return (
      <p className="text-sm text-slate-600" data-testid="recorded-meeting">
        No meeting booked through Switchboard. {recorded.before}<LocalTime date={recorded.at} />{recorded.after}
      </p>
    );
  }
  if (meetings.length === 0) return <p className="text-sm text-slate-500">No meeting booked through Switchboard.</p>;
  return (
    <ul className="space-y-4 text-sm" aria-label="Meetings">
      {meetings.map((m) => (
        <li key={m.id} className="space-y-1" data-meeting-status={m.status}>
          <p className="font-medium text-slate-900">
            {m.title}
            {m.status === "CANCELLED" && <span className="ml-2 text-xs font-normal text-red-700">cancelled</span>}
            {m.isFallback && <span className="ml-2 text-xs font-normal text-slate-500">next best rep</span>}
          </p>
          <p className="text-slate-600">{meetingTimeText(m.startsAt, m.endsAt, m.repTimeZone)}</p>
          {m.hasRepLeft && (
            <p className="text-xs text-amber-800">With {m.repName}, who no longer works leads here. The prospect still expects it: the lead&apos;s owner can take it in their place, or a manager can cancel it.</p>
          )}
          {m.location && <p className="break-all text-xs text-slate-500">{m.location}</p>}
          {m.status === "CONFIRMED" && m.canChange && (
            <div className="flex flex-wrap items-end gap-2 pt-1">
              {m.moveTo.length > 0 && (
                <form action={reschedule} className="flex items-end gap-2">
                  <input type="hidden" name="bookingId" value={m.id} />
                  <label className="text-xs text-slate-600">
                    {/* The rep's zone, named as the booking panel names a zone, with its offset at the first time offered. */}
                    Move to — times in {zoneName(m.repTimeZone, new Date(m.moveTo[0]?.slots[0]?.start ?? m.startsAt))}
                    <select name="start" className="mt-1 block rounded border border-slate-300 px-2 py-1 text-xs">
                      {m.moveTo.flatMap((day) => day.slots.map((slot) => <option key={slot.start} value={slot.start}>{slotChoiceLabel(new Date(slot.start), m.repTimeZone)}</option>))}
                    </select>
                  </label>
                  <button type="submit" className={buttonClasses("secondary")}>Move</button>
                </form>
              )}
              <form action={cancel}>
                <input type="hidden" name="bookingId" value={m.id} />
                <ConfirmSubmitButton question={`Cancel "${m.title}"? ${m.repName} and the prospect are emailed the cancellation.`} className={buttonClasses("ghost")}>Cancel meeting</ConfirmSubmitButton>
              </form>
            </div>
          )}
        </li>
      ))}
    </ul>
  );
}
