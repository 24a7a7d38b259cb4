"use client";
// From lg the palette and the settings columns stick under the sticky toolbar inside their own cell
// (form-editor.tsx, settings-panel.tsx). A sticky box taller than what is left of its cell is
// pushed up by the cell's end: near the end of a long form (a question far down selected) the
// settings' top — the tab and the Label — went up under the toolbar, out of sight. So the box is
// kept no taller than the room between the toolbar and the cell's end (and than the window): its
// top stays in view and what does not fit scrolls inside it. Measured on scroll, resize and when
// the cell or the toolbar changes size; below lg the inline height is removed (the CSS decides).
import { useEffect, type RefObject } from "react";
import { TOOLBAR_HEIGHT_VAR } from "./use-sticky-toolbar";

/** The gap between the toolbar and the sticky box (lg:top-[calc(var(--builder-toolbar-h)+0.5rem)]). */
const GAP_PX = 8;
/** Never squeezed below this: past it the box goes up with its cell, as any sticky box does. */
const MIN_PX = 160;

export function useFitStickyColumn(ref: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const box = ref.current;
    const cell = box?.parentElement;
    if (!box || !cell) return;
    const desktop = window.matchMedia("(min-width: 1024px)");
    const fit = () => {
      if (!desktop.matches) {
        box.style.maxHeight = "";
        return;
      }
      const toolbar = parseFloat(getComputedStyle(document.documentElement).getPropertyValue(TOOLBAR_HEIGHT_VAR)) || 0;
      const room = cell.getBoundingClientRect().bottom - (toolbar + GAP_PX);
      const windowRoom = window.innerHeight - toolbar - 2 * GAP_PX;
      box.style.maxHeight = `${Math.max(MIN_PX, Math.min(windowRoom, room))}px`;
    };
    fit();
    window.addEventListener("scroll", fit, { passive: true });
    window.addEventListener("resize", fit);
    desktop.addEventListener("change", fit);
    const observer = typeof ResizeObserver === "undefined" ? null : new ResizeObserver(fit);
    observer?.observe(cell);
    const band = document.querySelector("[data-testid='builder-toolbar']");
    if (band) observer?.observe(band);
    return () => {
      window.removeEventListener("scroll", fit);
      window.removeEventListener("resize", fit);
      desktop.removeEventListener("change", fit);
      observer?.disconnect();
      box.style.maxHeight = "";
    };
  }, [ref]);
}
