// A filter's enum value read whatever its letter case: URLs that integrators and bookmarks build
// write "reached=WON" or "status=assigned" as often as the app's own "won" / "ASSIGNED", and a
// filter that silently matches nothing (or falls back to "all") for them is worse than either.
// Out comes the enum's own value, so everything downstream (the where, the links the page writes,
// the CSV export's query) sees one spelling. Only ASCII case is folded (no locale rules). Pure.
import { z } from "zod";

/** The value of `values` that `text` names in any letter case; null when none does. */
export function enumValue<T extends string>(values: readonly T[], text: string): T | null {
  const wanted = text.toLowerCase();
  return values.find((value) => value.toLowerCase() === wanted) ?? null;
}

/** A zod enum that reads its values in any letter case and outputs the enum's own; `message` for anything else. */
export function ZEnumAnyCase<const T extends readonly [string, ...string[]]>(values: T, message?: string) {
  const error = message === undefined ? undefined : { error: message };
  return z
    .string(error)
    .transform((text) => enumValue<T[number]>(values, text) ?? text)
    .pipe(z.enum(values, error));
}
