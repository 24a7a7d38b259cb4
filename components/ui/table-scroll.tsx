// A table's sideways scroller: on a narrow screen the table scrolls inside it and the page never
// does. It is `relative` so that absolutely positioned content inside (sr-only column headers such
// as "Actions") is clipped by it; without a positioned ancestor such content is placed against the
// page and widens it past the viewport. Extra classes (negative margins to reach a card's edges)
// are merged in.
import type { ReactNode } from "react";
import { twMerge } from "tailwind-merge";

export function TableScroll({ children, className = "" }: { children: ReactNode; className?: string }) {
  return <div className={twMerge("relative overflow-x-auto", className)}>{children}</div>;
}
