"use client";
// A filter form's controls folded behind a "Filters" button on a phone (below sm), so the list or
// the figures come first; the button names how many filters are set ("Filters · 2 active"), so a
// filtered page says so while folded. From sm up the button is not shown and the wrapper is
// `display: contents`: the controls sit in the form's grid exactly as without it. Starts folded
// on the server and in the browser alike (no hydration mismatch); the button is a native one
// (Enter/Space), with aria-expanded and aria-controls naming the controls. Without JavaScript the
// button could not open them: a <noscript> style shows the controls unfolded and hides the button.
import { useState, type ReactNode } from "react";
import { buttonClasses } from "./button-classes";
import { filtersToggleLabel } from "./active-filters";

/** Without JavaScript: the controls unfolded (a grid, `contents` from sm up), no button, and this noscript takes no grid cell. */
function noScriptRules(id: string): string {
  return `#${id}{display:grid}@media (min-width:40rem){#${id}{display:contents}}[aria-controls="${id}"],#${id}-noscript{display:none}`;
}

export function FoldedFilters({ id, activeCount, children }: { id: string; activeCount: number; children: ReactNode }) {
  const [isOpen, setOpen] = useState(false);
  return (
    <>
      <noscript id={`${id}-noscript`}>
        <style>{noScriptRules(id)}</style>
      </noscript>
      <button type="button" aria-expanded={isOpen} aria-controls={id} onClick={() => setOpen((open) => !open)} className={buttonClasses("secondary", "w-full sm:hidden")}>
        {filtersToggleLabel(activeCount)}
        <span aria-hidden="true" className={`transition-transform motion-reduce:transition-none ${isOpen ? "rotate-180" : ""}`}>▾</span>
      </button>
      <div id={id} className={`${isOpen ? "grid" : "hidden"} gap-3 sm:contents`}>
        {children}
      </div>
    </>
  );
}
