"use client";
// Keeps what is below an element (the builder's toolbar) where it is on screen when the element
// grows or shrinks because of `cause` (an edit's notice appearing or going): the window scrolls by
// the change in height before the frame is painted, so the card and the settings the marketer is
// working on do not jump. The browser's own scroll anchoring does this only when the page is
// scrolled and the toolbar is out of view (and not in every browser); the builder turns it off
// (overflow-anchor: none on its root, form-editor.tsx) so the two never add up.
// Changes of height from anything else (a window resize, a wrapping status) move the page as usual.
import { useEffect, useLayoutEffect, useRef, type RefObject } from "react";

export function useSteadyBelow(ref: RefObject<HTMLElement | null>, cause: unknown): void {
  // The element's height as last laid out (kept current by a ResizeObserver).
  const height = useRef<number | null>(null);
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === "undefined") return;
    height.current = element.getBoundingClientRect().height;
    const observer = new ResizeObserver(() => {
      height.current = element.getBoundingClientRect().height;
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  const isFirst = useRef(true);
  useLayoutEffect(() => {
    const element = ref.current;
    if (isFirst.current || !element || height.current === null) {
      isFirst.current = false;
      return;
    }
    const now = element.getBoundingClientRect().height;
    const change = now - height.current;
    height.current = now;
    if (change !== 0) window.scrollBy(0, change);
  }, [ref, cause]);
}
