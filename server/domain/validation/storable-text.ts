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
  return storableJsonWithRepairs(value).value;
}

/** Whether the text can be stored as it is: no NUL, no lone surrogate (a scan, nothing copied). */
export function isStorableText(text: string): boolean {
  return !text.includes(NUL) && (text as string & { isWellFormed(): boolean }).isWellFormed();
}

/**
 * An input value (tRPC's, after superjson) with every string and property name of its plain
 * objects and arrays made storable (storableText). Nothing is copied unless something changes:
 * the same value back when all its text is storable, else copies along the changed paths only.
 * Anything else (a Date, Map, Set, class instance) is left as it is.
 */
export function storableValue<T>(value: T): T {
  if (typeof value === "string") return (isStorableText(value) ? value : storableText(value)) as T;
  if (Array.isArray(value)) {
    let out: unknown[] | null = null;
    value.forEach((item: unknown, index) => {
      const next = storableValue(item);
      if (next !== item) (out ??= [...value])[index] = next;
    });
    return (out ?? value) as T;
  }
  if (!isPlainObject(value)) return value;
  const keys = Object.keys(value);
  let entries: [string, unknown][] | null = null;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    const item = value[key];
    const next = storableValue(item);
    const nextKey = isStorableText(key) ? key : storableText(key);
    // The first change: the entries before it as they were, then every entry from here on.
    if (!entries && (next !== item || nextKey !== key)) entries = keys.slice(0, i).map((k): [string, unknown] => [k, value[k]]);
    entries?.push([nextKey, next]);
  }
  // Object.fromEntries defines own properties (a "__proto__" key stays a key).
  return (entries ? Object.fromEntries(entries) : value) as T;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== "object") return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
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

/** A string or property name storableText changed: where (dotted, "answers.note"; "" for the body itself) and what it held. */
export interface TTextRepair {
  path: string;
  /** "nul": NUL characters removed; "surrogate": a lone surrogate replaced by U+FFFD (both may apply: "nul" is named). */
  kind: "nul" | "surrogate";
}

/**
 * storableJson, also saying where it changed something: each string or property name that held a
 * NUL or a lone surrogate, at its path as stored (a key by its storable name).
 */
export function storableJsonWithRepairs(value: unknown): { value: unknown; repairs: TTextRepair[] } {
  const repairs: TTextRepair[] = [];
  const note = (text: string, path: readonly string[]) => {
    if (isStorableText(text)) return text;
    repairs.push({ path: path.join("."), kind: text.includes(NUL) ? "nul" : "surrogate" });
    return storableText(text);
  };
  const walk = (item: unknown, path: readonly string[]): unknown => {
    if (typeof item === "string") return note(item, path);
    if (Array.isArray(item)) return item.map((element, i) => walk(element, [...path, String(i)]));
    if (item !== null && typeof item === "object") {
      const out: Record<string, unknown> = {};
      for (const [key, inner] of Object.entries(item)) {
        const name = note(key, [...path, storableText(key)]);
        out[name] = walk(inner, [...path, name]);
      }
      return out;
    }
    return item;
  };
  return { value: walk(value, []), repairs };
}

/** What a caller is told about a value storableJsonWithRepairs changed. */
export const TEXT_REPAIR_MESSAGES: Record<TTextRepair["kind"], string> = {
  nul: "Contained a NUL character (U+0000), which cannot be stored: removed, the rest kept",
  surrogate: "Contained half of an emoji (a lone UTF-16 surrogate), which cannot be stored: replaced by �, the rest kept",
};
