// Who a lead shows: the name and company given with that lead (stored on the lead itself), else
// the person record's. An anonymous submission never changes the person record (only an API key
// or a rep may), so earlier leads keep showing what they were given. A lead with no email has no
// person, yet shows the name and company its answers gave (build-lead.ts stores them); a contact an
// API key sent without an email keeps its phone on the lead too (contactPhone: leadContactView).
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

/** How a lead is shown, from its own columns and its person (with or without leadContact applied): its contact (leadContactView), named. */
export function leadShown(lead: TLeadContactColumns, person: TContactPerson | null, fallback: string): TLeadShown {
  const contact = leadContactView(lead, person);
  return { name: contact.name ?? (contact.email || fallback), company: contact.company, isNamed: contact.name !== null };
}

/** The lead's contact as the API answers it (`contact` on GET /api/v1/leads/{id}, GET /api/v1/leads and every webhook event about a lead: lead-event-contact.ts). */
export interface TLeadContactView {
  /** The name given with this lead, else its person's. */
  name: string | null;
  /** Its person's email; null for a lead with no email (no person). */
  email: string | null;
  company: string | null;
  /** The phone given with the contact: the lead's own (a contact sent without an email), else its person's. */
  phone: string | null;
}

/** A person as the contact reads it; a phone not loaded counts as none. */
type TContactPerson = { email: string; name: string | null; company: string | null; phone?: string | null };

/**
 * Who the lead is, from its own columns and its person: a contact sent without an email (an API
 * key's `person: { name, phone }`) has no person but keeps its name, company and phone on the lead
 * (contactName, contactCompany, contactPhone), which count like the person's. The one rule every
 * view of a lead's contact follows (leadShown names it; blank text is none).
 */
export function leadContactView(lead: TLeadContactColumns & { contactPhone?: string | null }, person: TContactPerson | null): TLeadContactView {
  return {
    name: lead.contactName || person?.name || null,
    email: person?.email ?? null,
    company: lead.contactCompany || person?.company || null,
    phone: lead.contactPhone || person?.phone || null,
  };
}
