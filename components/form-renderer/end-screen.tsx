"use client";
// What the prospect sees after submitting: a message, a redirect, or the booking slot.
// Embedded (isEmbedded), a redirect takes the host page there, not the small frame: the frame
// may navigate its top window after the prospect's own click (Submit), and the link says _top.
import { lazy, Suspense, useCallback, useEffect, useRef, useState } from "react";
import type { TSubmissionOutcome } from "@/server/domain/forms/submission-contract";
import { endScreenBooking, NO_BOOKING_MESSAGE, showsOutcomeText } from "./end-screen-booking";
import { linkedText } from "./linked-text";

export const REDIRECT_DELAY_MS = 1200;

// The booking calendar (react-day-picker) is a lazy chunk, loaded only on a booking end screen.
// React.lazy rather than next/dynamic: its loader code would ride along wherever this file goes.
const BookingPanel = lazy(() => import("@/components/booking/booking-panel"));

function isHttpUrl(url: string): boolean {
  try {
    return ["http:", "https:"].includes(new URL(url).protocol);
  } catch {
    return false;
  }
}

export interface TEndScreenProps {
  outcome: TSubmissionOutcome;
  isPreview?: boolean;
  isEmbedded?: boolean;
  /** The booking API's token when the prospect may book (booking end screens). */
  bookingToken?: string | null;
  onBooked?: (booking: { id: string }) => void;
}

/** The end screen's text; its web addresses open in a new tab (never in the small frame of an embed). */
function EndScreenText({ text }: { text: string }) {
  return linkedText(text).map((part, index) =>
    part.kind === "link" ? (
      <a key={index} href={part.href} target="_blank" rel="noopener noreferrer" className="text-brand-700 underline">
        {part.text}
      </a>
    ) : (
      part.text
    ),
  );
}

export function EndScreen({ outcome, isPreview = false, isEmbedded = false, bookingToken = null, onBooked }: TEndScreenProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  // The booking calendar says when it shows a booking (made now, or found on a return visit).
  const [isBooked, setIsBooked] = useState(false);
  const onShowsBooking = useCallback(() => setIsBooked(true), []);
  useEffect(() => {
    if (isPreview || outcome.type !== "redirect" || !isHttpUrl(outcome.url)) return;
    // Cross-origin, only the top window's location.href may be set (assign is not exposed).
    const go = () => (isEmbedded && window.top ? (window.top.location.href = outcome.url) : window.location.assign(outcome.url));
    const timer = window.setTimeout(go, REDIRECT_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [outcome, isPreview, isEmbedded]);

  if (outcome.type === "redirect") {
    return (
      <div className="space-y-2 py-6 text-center" data-outcome="redirect">
        <h2 ref={headingRef} tabIndex={-1} className="text-lg font-semibold text-slate-900 focus:outline-none">
          {isPreview ? "Would redirect to" : "Thank you! Redirecting…"}
        </h2>
        <p className="break-all text-sm text-slate-600">
          <a href={outcome.url} target={isEmbedded ? "_top" : undefined} className="text-brand-700 underline">{isPreview ? outcome.url : "Continue now"}</a>
        </p>
      </div>
    );
  }
  const booking = endScreenBooking(outcome, bookingToken, isPreview);
  return (
    <div className="space-y-3 py-4" data-outcome={outcome.type}>
      {showsOutcomeText(booking, isBooked) && (
        <div role="status">
          <h2 ref={headingRef} tabIndex={-1} className="text-xl font-semibold text-slate-900 focus:outline-none">
            {outcome.title || "Thank you!"}
          </h2>
          {outcome.body && <p className="mt-2 whitespace-pre-line break-words text-sm text-slate-700"><EndScreenText text={outcome.body} /></p>}
        </div>
      )}
      {booking === "calendar" && bookingToken && (
        <div data-slot="booking">
          <Suspense fallback={<p role="status" className="text-sm text-slate-600">Finding times with your specialist…</p>}>
            <BookingPanel token={bookingToken} onBooked={onBooked} onShowsBooking={onShowsBooking} />
          </Suspense>
        </div>
      )}
      {booking === "unavailable" && (
        <p data-slot="booking-unavailable" className="rounded-lg bg-slate-50 px-4 py-3 text-sm text-slate-700">
          {NO_BOOKING_MESSAGE}
        </p>
      )}
      {booking === "preview" && (
        <div data-slot="booking" className="rounded-lg border-2 border-dashed border-brand-500/50 bg-brand-50 px-4 py-6 text-center text-sm text-brand-700">
          <p className="font-medium">The assigned rep&apos;s free times appear here</p>
        </div>
      )}
    </div>
  );
}
