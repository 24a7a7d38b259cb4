// How many filters a page has set, and the phone's "Filters" button label that names them
// (folded-filters.tsx): "Filters" when none is set, "Filters · 2 active" otherwise. Pure.

/** A filter's current value: a text (set when not blank), a checkbox (set when true), or absent. */
export type TFilterValue = string | boolean | null | undefined;

/** How many of these values are set: a non-blank text or `true`. */
export function activeFilterCount(values: Readonly<Record<string, TFilterValue>>): number {
  return Object.values(values).filter((value) => (typeof value === "string" ? value.trim() !== "" : value === true)).length;
}

/** The toggle's label: "Filters", or "Filters · N active" when N filters are set. */
export function filtersToggleLabel(activeCount: number): string {
  return activeCount > 0 ? `Filters · ${activeCount} active` : "Filters";
}
