"use client";
// The builder's live-region text. A screen reader speaks a live region when its content changes, so
// setting the same words twice in a row (two questions with the same label removed one after the
// other) would be spoken once: React leaves identical text alone, and there is no change to speak.
// Each announcement therefore first empties the region, then, a moment later, puts the words back
// as a new node (`count` keys it): every announcement is a real insertion into the region, which
// NVDA, JAWS and VoiceOver all speak. Emptying and refilling within one task would be coalesced into
// no change, hence the short pause (the Angular CDK LiveAnnouncer waits 100 ms the same way);
// alternating invisible characters instead is read out by some screen readers as "blank" or
// symbols. A newer announcement cancels one still waiting: the latest words win.
import { useCallback, useEffect, useRef, useState } from "react";

/** How long the region stays empty before the words are put back (see the header). */
const REFILL_DELAY_MS = 100;

export interface TAnnouncer {
  /** The words shown in the live region now ("" while it is emptied between two announcements). */
  text: string;
  /** Counts announcements: the key of the node holding `text`. */
  count: number;
  announce: (text: string) => void;
}

export function useAnnouncer(): TAnnouncer {
  const [shown, setShown] = useState({ text: "", count: 0 });
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const announce = useCallback((text: string) => {
    if (timer.current !== null) clearTimeout(timer.current);
    setShown((s) => ({ text: "", count: s.count }));
    timer.current = setTimeout(() => {
      timer.current = null;
      setShown((s) => ({ text, count: s.count + 1 }));
    }, REFILL_DELAY_MS);
  }, []);
  useEffect(
    () => () => {
      if (timer.current !== null) clearTimeout(timer.current);
    },
    [],
  );
  return { text: shown.text, count: shown.count, announce };
}
