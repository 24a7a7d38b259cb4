// The analytics page's choices read from its URL — the view (?view=), the funnel's dimension
// (?dimension=) and the fairness pool (?pool=) — in any letter case, like the app's other URL
// values (domain/validation/enum-value.ts): a bookmark or an integrator's link with ?view=SPEED or
// ?dimension=UtmSource shows what it names instead of silently falling back to the default tab.
// Out comes the app's own spelling, so the tabs, links and the CSV export write one. Pure.
import { enumValue } from "../../domain/validation/enum-value";

/** The value of `values` that the URL's `text` names in any letter case; `fallback` when it names none or is absent. */
export function urlChoice<T extends string>(values: readonly T[], text: string | undefined, fallback: T): T {
  return text === undefined ? fallback : (enumValue(values, text.trim()) ?? fallback);
}

/**
 * The pool whose id the URL's `key` names: the exact id first (ids are the app's, so two may
 * differ only in case), else the first in any letter case; null when none does or no key is given.
 */
export function chosenPool<TPool extends { id: string }>(pools: readonly TPool[], key: string | null): TPool | null {
  if (key === null) return null;
  const trimmed = key.trim();
  return pools.find((p) => p.id === trimmed) ?? pools.find((p) => p.id.toLowerCase() === trimmed.toLowerCase()) ?? null;
}
