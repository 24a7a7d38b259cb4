// Text PostgreSQL cannot store. Its text and jsonb cannot hold U+0000 (NUL), and jsonb refuses a
// lone UTF-16 surrogate (half of an emoji, left by cutting a string in the middle of one; JSON
// carries it as the escape \ud83d): a statement carrying either fails. Neither is something a
// person typed, so public input loses NULs and gets U+FFFD (�) for a lone surrogate, instead of
// the whole lead being refused.
const NUL = "\u0000";

/** The text without NUL characters (the same string when it has none). */
export function withoutNul(text: string): string {
  return text.includes(NUL) ? text.replaceAll(NUL, "") : text;
}

/** The text without NUL characters and with every lone surrogate replaced by U+FFFD. */
export function storableText(text: string): string {
  // String.prototype.toWellFormed (ES2024, Node 20) is outside the ES2023 lib the project compiles with.
  return (withoutNul(text) as string & { toWellFormed(): string }).toWellFormed();
}

/** A parsed JSON value with every string and property name made storable (storableText). */
export function storableJson(value: unknown): unknown {
  if (typeof value === "string") return storableText(value);
  if (Array.isArray(value)) return value.map(storableJson);
  if (value !== null && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) out[storableText(key)] = storableJson(item);
    return out;
  }
  return value;
}

/**
 * Whether JSON text may carry something storableJson changes: a NUL or a surrogate can only be
 * written as an escape (\u0000, \ud800–\udfff) — JSON refuses a raw NUL in a string (a control
 * character) and strict UTF-8 decoding a raw surrogate.
 * Over-inclusive (a valid emoji's escaped pair also says yes); a plain scan, no regular expression.
 */
export function mayNeedStorableJson(jsonText: string): boolean {
  for (let at = jsonText.indexOf("\\u"); at !== -1; at = jsonText.indexOf("\\u", at + 2)) {
    const hex = jsonText.slice(at + 2, at + 6).toLowerCase();
    if (hex === "0000" || (hex[0] === "d" && "89abcdef".includes(hex[1] ?? ""))) return true;
  }
  return false;
}

/** What a caller is told when a NUL reached the database anyway (a path id, a query parameter). */
export const NUL_REFUSED_MESSAGE = "The request contains a NUL character (U+0000), which is not accepted";
