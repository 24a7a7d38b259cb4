"use client";
// A question, a step or a palette item's drop line moved with the keyboard (Space, arrows) is
// scrolled into view after every arrow: on a long form it would otherwise walk off the window
// (dnd-kit's keyboard sensor scrolls only for the coordinates it moves itself, and the builder's
// keyboard moves go by the form's order instead: keyboard-drag.ts). "nearest" moves the page only
// when the item is not fully shown, and honours the cards' scroll margins (the palette strip and
// the settings sheet below lg).
import { useLayoutEffect, type RefObject } from "react";

/** While `isMoving` (picked up with the keyboard), keeps `ref`'s element in view each time `place` changes. */
export function useKeepInView(ref: RefObject<HTMLElement | null>, isMoving: boolean, place: unknown): void {
  useLayoutEffect(() => {
    if (isMoving) ref.current?.scrollIntoView({ block: "nearest" });
  }, [ref, isMoving, place]);
}
