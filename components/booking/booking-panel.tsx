"use client";
// "Book with <rep>" on the end screen (hosted and embedded): the rep's free slots from the public,
// token-bound booking API, a day picker and the day's times in the prospect's zone (detected, or
// `startZone` when the page knows the one they read times in — "Book another time" on a cancelled
// meeting's page; changeable), keyboard usable (the times a radio group, one Tab stop before Book); booking confirms
// in place under a heading that takes the focus. A taken slot (409) shows the fresh
// slots under a notice that takes the focus (the Book button it was on is disabled: no time is
// picked), so a keyboard user is not left on the page's body and a screen reader reads the notice
// once — on focus, not also as a live region; a lead already booked (a retry whose first answer was lost: 200, or another time: 409
// naming the booking) shows that booking, with its reschedule/cancel link. While the lead's
// routing is still running (status "pending") it asks again a few times; a lead in the backup
// queue (status "queued") is told at once that a link to book comes by email once someone has it.
// Once it shows a booking (made here or found), it tells the end screen (onShowsBooking), which
// then drops its "pick a time" prompt. A lazy chunk: the hosted page's first load never carries
// it (hosted-form-imports test).
import { useEffect, useMemo, useRef, useState, type CSSProperties } from "react";
import { DayPicker } from "react-day-picker";
import "react-day-picker/style.css";
import { PreferredTime } from "./preferred-time";
import { SlotTimes } from "./slot-times";
import { TimeZonePicker } from "./time-zone-picker";
import type { TPanelBooking, TPanelSlots } from "./booking-types";
import { dayKeyLabel, meetingWhen } from "./booking-dates";
import { END_SCREEN_WAIT_MS } from "@/server/domain/booking/end-screen-wait";
import { canonicalTimeZone } from "@/server/domain/reps/time-zone";

const PENDING_DELAY_MS = 1000;
const TAKEN_NOTICE = "That time was just taken — please pick another.";
/** Then "we'll email you a link": a decision later than this is emailed (late-booking-link.ts). */
const PENDING_RETRIES = END_SCREEN_WAIT_MS / PENDING_DELAY_MS;

/** The browser's zone under its current IANA name (browsers still say "Asia/Calcutta"). */
function detectedZone(): string {
  return canonicalTimeZone(Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC");
}

function dateOfKey(key: string): Date {
  const [y, m, d] = key.split("-").map(Number);
  return new Date(y ?? 1970, (m ?? 1) - 1, d ?? 1);
}

function keyOfDate(date: Date): string {
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, "0")}-${String(date.getDate()).padStart(2, "0")}`;
}

/** "Monday 7 December" (booking-dates.ts). */
export const longDate = dayKeyLabel;

/**
 * react-day-picker's look in the brand's colours (brand-600 / brand-50 of tailwind.config.ts), its
 * day cells narrow enough for seven to fit a phone-sized frame (44 px at most). Inline: the
 * library's stylesheet is unlayered and would win over utility classes.
 */
const CALENDAR_STYLE = {
  "--rdp-accent-color": "#2a55db",
  "--rdp-accent-background-color": "#eef4ff",
  "--rdp-day-width": "clamp(2rem, calc((100vw - 8rem) / 7), 2.75rem)",
  "--rdp-day-height": "clamp(2rem, calc((100vw - 8rem) / 7), 2.75rem)",
  "--rdp-day_button-width": "clamp(1.875rem, calc((100vw - 8.5rem) / 7), 2.625rem)",
  "--rdp-day_button-height": "clamp(1.875rem, calc((100vw - 8.5rem) / 7), 2.625rem)",
} as CSSProperties;

type TPhase = "loading" | "pending" | "queued" | "ready" | "booking" | "booked" | "unavailable" | "failed";

export default function BookingPanel({ token, startZone = null, onBooked, onShowsBooking }: {
  token: string;
  /** The zone to start in, an offered IANA id the prospect chose elsewhere (askedTimeZone); null for the browser's. */
  startZone?: string | null;
  onBooked?: (booking: { id: string }) => void;
  onShowsBooking?: () => void;
}) {
  const [detected] = useState(detectedZone);
  const [timeZone, setTimeZone] = useState(startZone ?? detected);
  const [slots, setSlots] = useState<TPanelSlots | null>(null);
  const [phase, setPhase] = useState<TPhase>("loading");
  /** `takesFocus`: the notice replaces what the focus was on (a taken time); else an alert beside it. */
  const [notice, setNotice] = useState<{ text: string; takesFocus: boolean } | null>(null);
  const noticeRef = useRef<HTMLParagraphElement>(null);
  const sectionRef = useRef<HTMLElement>(null);
  const [day, setDay] = useState<string | null>(null);
  const [start, setStart] = useState<string | null>(null);
  const [booked, setBooked] = useState<TPanelBooking | null>(null);
  const showsBooking = phase === "booked";
  const bookedHeading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (!showsBooking) return;
    onShowsBooking?.();
    // The Book button (or the end screen's heading) just left the page: the focus goes to the
    // confirmation's heading, which a screen reader reads out — unless the prospect is elsewhere.
    const active = document.activeElement;
    if (!active || active === document.body || bookedHeading.current?.closest("[data-outcome]")?.contains(active)) bookedHeading.current?.focus();
  }, [showsBooking, onShowsBooking]);

  useEffect(() => {
    if (!notice?.takesFocus) return;
    // Unless the prospect has moved on elsewhere on the page, the focus goes to the notice.
    const active = document.activeElement;
    if (!active || active === document.body || sectionRef.current?.contains(active)) noticeRef.current?.focus();
  }, [notice]);

  useEffect(() => {
    let isCancelled = false;
    void (async () => {
      for (let attempt = 0; ; attempt++) {
        try {
          const response = await fetch(`/api/v1/bookings/slots?token=${encodeURIComponent(token)}&tz=${encodeURIComponent(timeZone)}`);
          const body = (await response.json()) as TPanelSlots;
          if (isCancelled) return;
          if (!response.ok) return setPhase("failed");
          if (body.status === "pending" && attempt < PENDING_RETRIES) {
            await new Promise((resolve) => window.setTimeout(resolve, PENDING_DELAY_MS));
            continue;
          }
          setSlots(body);
          return setPhase(body.status === "ready" || body.status === "booked" || body.status === "pending" || body.status === "queued" ? body.status : "unavailable");
        } catch {
          if (!isCancelled) setPhase("failed");
          return;
        }
      }
    })();
    return () => {
      isCancelled = true;
    };
  }, [token, timeZone]);

  // ★ The owner has no time soon: the next best rep's calendar instead (booking moves the lead).
  const offer = slots?.fallback ?? null;
  const offerDays = useMemo(() => (slots?.fallback ? slots.fallback.days : (slots?.days ?? [])), [slots]);
  const days = useMemo(() => new Map(offerDays.map((d) => [d.date, d.slots])), [offerDays]);
  const shownDay = day && days.has(day) ? day : (offerDays[0]?.date ?? null);
  const times = shownDay ? (days.get(shownDay) ?? []) : [];

  async function book() {
    if (!start || !shownDay) return;
    setPhase("booking");
    setNotice(null);
    try {
      const response = await fetch("/api/v1/bookings", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ token, start, timeZone, ...(offer ? { repId: offer.rep.id } : {}) }) });
      const body = (await response.json()) as { booking?: TPanelBooking; slots?: TPanelSlots; error?: { message?: string } };
      if ((response.status === 201 || response.status === 200) && body.booking) {
        // 200: this same booking was made by an earlier try whose answer was lost.
        setBooked(body.booking);
        setPhase("booked");
        onBooked?.(body.booking);
        return;
      }
      if (response.status === 409 && body.booking) {
        // Already booked (another tab, an earlier try at another time): that booking, not a calendar.
        setBooked(body.booking);
        setNotice(null);
        setPhase("booked");
        return;
      }
      if (response.status === 409 && body.slots) {
        setSlots(body.slots);
        setStart(null);
        setNotice({ text: TAKEN_NOTICE, takesFocus: true });
        setPhase(body.slots.status === "booked" ? "booked" : "ready");
        return;
      }
      setNotice({ text: body.error?.message ?? "Booking failed — please try again.", takesFocus: false });
      setPhase("ready");
    } catch {
      setNotice({ text: "We couldn't reach the server. Please try again.", takesFocus: false });
      setPhase("ready");
    }
  }

  const rep = slots?.fallback?.rep ?? slots?.rep;
  if (phase === "loading" || phase === "pending" || phase === "queued") {
    const text = {
      loading: "Finding times with your specialist…",
      pending: "We're still matching you with the right person — we'll email you a link to book.",
      // The backup queue: the link goes out when a person takes the lead (late-booking-link.ts).
      queued: "We're finding the right person for you — we'll email you a link to book as soon as someone is assigned.",
    }[phase];
    return (
      <p role="status" data-booking-state={phase} className="text-sm text-slate-600">
        {text}
      </p>
    );
  }
  if (phase === "failed" || phase === "unavailable" || !rep) {
    return (
      <p role="status" data-booking-state={phase} className="text-sm text-slate-600">
        Your specialist will be in touch shortly.
      </p>
    );
  }
  if (phase === "booked") {
    const shown = booked ?? slots?.booking ?? null;
    // "Monday 7 December at 18:30, Berlin (GMT+1)", the zone's offset on the meeting's day — for a
    // booking just made and for one found again (a reload, a return visit, a 409) alike.
    const when = shown ? meetingWhen(shown.start, timeZone) : "";
    return (
      <div data-booking-state="booked" className="rounded-lg border border-emerald-200 bg-emerald-50 p-4 text-sm text-emerald-900">
        <h2 ref={bookedHeading} tabIndex={-1} className="font-semibold focus:outline-none">You&apos;re booked with {booked?.repName ?? rep.name}</h2>
        <p className="mt-1" data-booking-when>{when}</p>
        <p className="mt-1">A calendar invite is on its way to your inbox.</p>
        {shown?.manageUrl && (
          <a href={shown.manageUrl} target="_blank" rel="noopener noreferrer" className="mt-2 inline-block font-medium text-emerald-900 underline underline-offset-2 hover:text-emerald-700">
            Reschedule or cancel
          </a>
        )}
      </div>
    );
  }
  return (
    <section ref={sectionRef} aria-labelledby="booking-heading" data-booking-state={phase} className="space-y-4 rounded-lg border border-slate-200 p-4">
      <header className="flex items-center gap-3">
        <span aria-hidden="true" className="flex h-10 w-10 items-center justify-center rounded-full bg-brand-600 text-sm font-semibold text-white">
          {rep.initials}
        </span>
        <div>
          <h3 id="booking-heading" className="font-semibold text-slate-900">Book with {rep.name}</h3>
          <p className="text-xs text-slate-600">
            {slots?.meetingType?.title} · {slots?.meetingType?.durationMinutes} min{rep.title ? ` · ${rep.title}` : ""}
          </p>
        </div>
      </header>
      {offer && <p className="rounded bg-brand-50 px-3 py-2 text-sm text-slate-800" data-booking-fallback>{offer.message}</p>}
      <TimeZonePicker value={timeZone} detected={detected} chosen={startZone} onChange={(zone) => { setTimeZone(zone); setStart(null); }} />
      {notice?.takesFocus && (
        <p ref={noticeRef} tabIndex={-1} data-booking-notice className="rounded bg-amber-50 px-3 py-2 text-sm text-amber-900 focus:outline-none focus-visible:ring-2 focus-visible:ring-amber-600">
          {notice.text}
        </p>
      )}
      {notice && !notice.takesFocus && <p role="alert" className="rounded bg-amber-50 px-3 py-2 text-sm text-amber-900">{notice.text}</p>}
      {offerDays.length === 0 ? (
        slots?.canRequestTime ? <PreferredTime token={token} repName={rep.name} /> : <p className="text-sm text-slate-600">{rep.name} has no free time in the next weeks — your specialist will be in touch.</p>
      ) : (
        <div className="flex flex-wrap gap-4">
          <DayPicker
            style={CALENDAR_STYLE}
            mode="single"
            required
            selected={shownDay ? dateOfKey(shownDay) : undefined}
            onSelect={(date: Date | undefined) => { if (date) { setDay(keyOfDate(date)); setStart(null); } }}
            disabled={(date: Date) => !days.has(keyOfDate(date))}
            startMonth={offerDays[0] ? dateOfKey(offerDays[0].date) : undefined}
            endMonth={offerDays.length ? dateOfKey(offerDays[offerDays.length - 1]!.date) : undefined}
            defaultMonth={shownDay ? dateOfKey(shownDay) : undefined}
          />
          {shownDay && <SlotTimes day={longDate(shownDay)} slots={times} selected={start} onSelect={setStart} />}
        </div>
      )}
      <button
        type="button"
        onClick={book}
        disabled={!start || phase === "booking"}
        className="rounded-md bg-brand-600 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-700 focus-visible:outline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600 disabled:opacity-50"
      >
        {phase === "booking" ? "Booking…" : start && shownDay ? `Book ${times.find((s) => s.start === start)?.label ?? ""}, ${longDate(shownDay)}` : "Pick a time"}
      </button>
    </section>
  );
}
