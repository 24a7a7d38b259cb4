// Who a lead shows: the name and company given with that lead (stored on the lead itself), else
// the person record's. An anonymous submission never changes the person record (only an API key
// or a rep may), so earlier leads keep showing what they were given.
export interface TLeadContactColumns {
  contactName: string | null;
  contactCompany: string | null;
}

export function leadContact<TPerson extends { name: string | null; company: string | null }>(person: TPerson | null, lead: TLeadContactColumns): TPerson | null {
  if (!person) return null;
  return { ...person, name: lead.contactName ?? person.name, company: lead.contactCompany ?? person.company };
}
