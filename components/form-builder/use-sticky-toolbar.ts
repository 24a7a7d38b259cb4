"use client";
// The builder's toolbar sticks to the top of the window while a long form scrolls (form-editor.tsx),
// so Undo, the save status and Publish are in reach next to a question far down. Its height (one
// row, a phone's too; more while a notice or a long status shows) is published on the document as
// --builder-toolbar-h, kept current by a ResizeObserver, for what must sit below it: the palette
// and settings columns (from lg) and the question types' strip (below lg) stick under it, the 2xl
// preview too.
// The same height is the window's scroll-padding-top, so whatever the browser scrolls into view —
// a card moved with the keyboard, a field reached with Tab, a selected question — stops below the
// toolbar, never under it. Both are removed when the builder unmounts.
import { useEffect, type RefObject } from "react";

export const TOOLBAR_HEIGHT_VAR = "--builder-toolbar-h";

export function useStickyToolbar(ref: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const root = document.documentElement;
    const publish = () => {
      const height = Math.ceil(element.getBoundingClientRect().height);
      root.style.setProperty(TOOLBAR_HEIGHT_VAR, `${height}px`);
      root.style.scrollPaddingTop = `${height}px`;
    };
    publish();
    const observer = typeof ResizeObserver === "undefined" ? null : new ResizeObserver(publish);
    observer?.observe(element);
    return () => {
      observer?.disconnect();
      root.style.removeProperty(TOOLBAR_HEIGHT_VAR);
      root.style.scrollPaddingTop = "";
    };
  }, [ref]);
}
