// Merge fields in a nurture email's subject and body: {{first_name}}, {{company}}, {{rep.name}}
// (and {{name}}, {{email}}). Unknown fields are refused when the sequence is saved; a known field
// without a value renders as its fallback (empty, or "there" for first_name: "Hi there"). Values are
// plain text: the body is parsed as Markdown BEFORE merging, so a lead's company cannot inject
// markup or links (renderEmailBlocks merges inside text runs only).
export const MERGE_FIELDS = ["first_name", "name", "company", "email", "rep.name"] as const;
export type TMergeField = (typeof MERGE_FIELDS)[number];
export type TMergeValues = Partial<Record<TMergeField, string | null>>;

const FALLBACKS: Partial<Record<TMergeField, string>> = { first_name: "there" };
const FIELD = /\{\{\s*([a-z_.]+)\s*\}\}/g;

export function unknownMergeFields(text: string): string[] {
  const known = new Set<string>(MERGE_FIELDS);
  return [...new Set([...text.matchAll(FIELD)].map((m) => m[1]!).filter((f) => !known.has(f)))];
}

export function mergeText(text: string, values: TMergeValues): string {
  return text.replace(FIELD, (whole, field: string) => {
    if (!(MERGE_FIELDS as readonly string[]).includes(field)) return whole;
    const value = values[field as TMergeField]?.trim();
    return value ? value : (FALLBACKS[field as TMergeField] ?? "");
  });
}

/** The merge values of a lead: first name from the name given, company, email, the owner or sender rep. */
export function mergeValuesOf(input: { name: string | null; company: string | null; email: string | null; repName: string | null }): TMergeValues {
  const name = input.name?.trim() || null;
  return { first_name: name ? name.split(/\s+/)[0]! : null, name, company: input.company, email: input.email, "rep.name": input.repName };
}
