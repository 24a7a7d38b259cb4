// PostgreSQL's text and jsonb cannot hold U+0000 (NUL): a statement carrying one fails. NUL carries
// nothing a person typed, so public input loses it instead of the whole lead being refused.
const NUL = "\u0000";

/** The text without NUL characters (the same string when it has none). */
export function withoutNul(text: string): string {
  return text.includes(NUL) ? text.replaceAll(NUL, "") : text;
}

/** A parsed JSON value with NUL characters removed from every string and property name. */
export function withoutNulDeep(value: unknown): unknown {
  if (typeof value === "string") return withoutNul(value);
  if (Array.isArray(value)) return value.map(withoutNulDeep);
  if (value !== null && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) out[withoutNul(key)] = withoutNulDeep(item);
    return out;
  }
  return value;
}

/** What a caller is told when a NUL reached the database anyway (a path id, a query parameter). */
export const NUL_REFUSED_MESSAGE = "The request contains a NUL character (U+0000), which is not accepted";
