"use client";
// The inbox's one-time confirmation of what was done elsewhere (a returned lead: where it went),
// announced to screen readers: the status region is in the page from the first render and the
// text arrives in it after mount, so assistive technology reads it out (inbox-flash.ts).
import { useEffect, useState } from "react";
import { sessionStore, takeInboxFlash } from "./inbox-flash";

export function InboxFlashNotice() {
  const [text, setText] = useState<string | null>(null);
  useEffect(() => {
    // Taken (and so removed) once the page is up, in a task of its own: a mount undone at once
    // (React's development double mount) cancels it before it takes anything.
    const timer = setTimeout(() => {
      const flash = takeInboxFlash(sessionStore(), Date.now());
      if (flash) setText(flash);
    }, 0);
    return () => clearTimeout(timer);
  }, []);
  return (
    <div role="status" aria-live="polite" className={text ? "rounded-md bg-emerald-50 px-3 py-2 text-sm font-medium text-emerald-800" : "sr-only"}>
      {text}
    </div>
  );
}
