// Who a lead shows: the name and company given with that lead (stored on the lead itself), else
// the person record's. An anonymous submission never changes the person record (only an API key
// or a rep may), so earlier leads keep showing what they were given. A lead with no email has no
// person, yet shows the name and company its answers gave (build-lead.ts stores them).
export interface TLeadContactColumns {
  contactName: string | null;
  contactCompany: string | null;
}

export function leadContact<TPerson extends { name: string | null; company: string | null }>(person: TPerson | null, lead: TLeadContactColumns): TPerson | null {
  if (!person) return null;
  return { ...person, name: lead.contactName ?? person.name, company: lead.contactCompany ?? person.company };
}

/** The name and company a lead is shown by (inbox, leads table, lead page, rep alert, accept link). */
export interface TLeadShown {
  /** The lead's name, else its person's email, else the caller's fallback ("Unknown person", "Lead" …). */
  name: string;
  company: string | null;
  /** `name` is a name (not the email, not the fallback): the email may be shown beside it. */
  isNamed: boolean;
}

/** How a lead is shown, from its own columns and its person (with or without leadContact applied). */
export function leadShown(lead: TLeadContactColumns, person: { name: string | null; email: string; company: string | null } | null, fallback: string): TLeadShown {
  const named = lead.contactName || person?.name || null;
  return { name: named ?? (person?.email || fallback), company: lead.contactCompany || person?.company || null, isNamed: named !== null };
}
