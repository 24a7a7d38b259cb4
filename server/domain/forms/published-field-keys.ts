// Which question keys a form has published: every key in any version ever published (live or
// not). Leads store their answers under these keys, CSV columns are named by them (answers.<key>),
// routing rules, the API and webhooks may refer to them, so the builder keeps them read-only; a
// key only in the draft (a question added since) is still free to change until it is published.
//
// Versions are read as stored JSON, leniently: a version written before a schema change still
// has answers under its keys, so its keys count even when it no longer parses as a definition.

/** The keys of every question in `definitions` (stored published versions), sorted, no repeats. */
export function publishedFieldKeys(definitions: readonly unknown[]): string[] {
  const keys = new Set<string>();
  for (const definition of definitions) {
    for (const step of arrayAt(definition, "steps")) {
      for (const field of arrayAt(step, "fields")) {
        const key = isRecord(field) ? field.key : undefined;
        if (typeof key === "string" && key !== "") keys.add(key);
      }
    }
  }
  return [...keys].sort();
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function arrayAt(value: unknown, name: string): readonly unknown[] {
  const inner = isRecord(value) ? value[name] : undefined;
  return Array.isArray(inner) ? inner : [];
}
