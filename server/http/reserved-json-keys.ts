// A JSON body may carry a property named "__proto__" (JSON.parse keeps it as an own property), but
// a JavaScript object cannot hold it as data: a schema's record (answers, utm) or `out[key] = value`
// drops it without a word, or sets the object's prototype instead. The intake endpoints are lenient
// (a lead is never lost to strictness), so such a key cannot refuse the lead; what they must not do
// is lose it silently. These are the paths of such keys in a parsed body, so the intake answer can
// say "left out" at each (read-json-body.ts textRepairWarnings). A strict object (the body itself,
// `person`) still refuses it as an unknown property: a refused request carries no warnings.

export const RESERVED_KEY = "__proto__";
export const RESERVED_KEY_MESSAGE = `"${RESERVED_KEY}" cannot be kept as a key: left out (send it under another name), the rest kept`;

/** Whether the JSON text may spell the key at all (literally, or with \u escapes): without, nothing to walk. */
export function mayHaveReservedKey(jsonText: string): boolean {
  return jsonText.includes(RESERVED_KEY) || jsonText.includes("\\u");
}

/** The dotted paths of every own "__proto__" property in a parsed JSON value, in document order (its value is not walked). */
export function reservedKeyPaths(value: unknown, path: readonly string[] = []): string[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => reservedKeyPaths(item, [...path, String(i)]));
  if (value === null || typeof value !== "object") return [];
  return Object.keys(value).flatMap((key) =>
    key === RESERVED_KEY ? [[...path, key].join(".")] : reservedKeyPaths((value as Record<string, unknown>)[key], [...path, key]),
  );
}
