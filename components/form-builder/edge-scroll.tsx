"use client";
// Scrolls the page while something is dragged with the pointer near the window's top or bottom
// edge, so a question can be taken to a place off-screen on a long form. It replaces dnd-kit's
// auto-scroll (turned off on the builder's DndContext): that one was on and did scroll the window
// (no scroll container or overflow stood in its way — the window is the canvas's only scroller and
// is tried first), but it moves a fixed number of pixels per 5 ms timer tick, and every step of it
// re-renders every sortable card, so on a long form the ticks come late and the page crawled (in the
// e2e dev build under load, ~9 px every 200–500 ms: a drag from step 1 to the last step took over
// 30 s); below 2xl it also scrolled on past the form into the preview. Here the speed is per second
// (edge-scroll-speed.ts) whatever the frame rate, and the page scrolls down only until the end of
// the canvas is above the bottom band, so the last place stays in reach under the pointer.
// The keyboard moves one place per arrow and keeps the item in view itself (keep-in-view.ts).
import { useDndMonitor } from "@dnd-kit/core";
import { useEffect, useRef } from "react";
import { edgeBand, edgeScrollSpeed } from "./edge-scroll-speed";
import { TOOLBAR_HEIGHT_VAR } from "./use-sticky-toolbar";

/** The canvas (steps, questions, "Add step"; editor-canvas.tsx): the page scrolls down only until its end is in view. */
const CANVAS_SELECTOR = "[data-builder-canvas]";

/** A frame longer than this (a busy page) scrolls as if it were this long: no sudden leaps. */
const MAX_FRAME_MS = 100;

export function EdgeScroll() {
  // The pointer's y in the window while a pointer drag is on; null otherwise.
  const pointerY = useRef<number | null>(null);
  const startY = useRef(0);
  const frame = useRef<number | null>(null);

  const stop = () => {
    pointerY.current = null;
    if (frame.current !== null) cancelAnimationFrame(frame.current);
    frame.current = null;
  };

  const run = () => {
    let last = performance.now();
    const step = (now: number) => {
      const y = pointerY.current;
      if (y === null) return;
      const ms = Math.min(MAX_FRAME_MS, now - last);
      last = now;
      const height = window.innerHeight;
      const toolbar = parseFloat(getComputedStyle(document.documentElement).getPropertyValue(TOOLBAR_HEIGHT_VAR)) || 0;
      const speed = edgeScrollSpeed(y, height, toolbar);
      let by = (speed * ms) / 1000;
      if (by > 0) {
        // Down only while the canvas's end is below the bottom band (never on into the preview).
        const end = document.querySelector(CANVAS_SELECTOR)?.getBoundingClientRect().bottom ?? Infinity;
        by = Math.min(by, Math.max(0, end - (height - edgeBand(height))));
      }
      if (Math.abs(by) >= 0.5) window.scrollBy(0, by);
      frame.current = requestAnimationFrame(step);
    };
    frame.current = requestAnimationFrame(step);
  };

  useDndMonitor({
    onDragStart({ activatorEvent }) {
      stop();
      // The keyboard sensor's drags are not the pointer's.
      if (!(activatorEvent instanceof MouseEvent)) return;
      startY.current = activatorEvent.clientY;
      pointerY.current = activatorEvent.clientY;
      run();
    },
    onDragMove({ delta }) {
      if (pointerY.current !== null) pointerY.current = startY.current + delta.y;
    },
    onDragEnd: stop,
    onDragCancel: stop,
  });
  useEffect(() => stop, []);
  return null;
}
