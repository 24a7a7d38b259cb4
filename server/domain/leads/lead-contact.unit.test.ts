// Who a lead shows: its own name and company (contactName / contactCompany, stored with or without
// an email), else its person's, else the person's email, else the caller's fallback.
import { describe, expect, it } from "vitest";
import { leadContact, leadContactView, leadShown, type TLeadContactColumns, type TLeadContactView, type TLeadShown } from "./lead-contact";
import { contactFromAnswers } from "./lead-facts";

const none: TLeadContactColumns = { contactName: null, contactCompany: null };
const ann = { email: "ann@acme.io", name: "Ann Lee", company: "Acme" };

describe("leadShown", () => {
  it.each<[string, TLeadContactColumns, { email: string; name: string | null; company: string | null } | null, TLeadShown]>([
    ["no email, a name and company given: them (it showed the fallback)", { contactName: "Victoria Park", contactCompany: "First Bank" }, null, { name: "Victoria Park", company: "First Bank", isNamed: true }],
    ["no email, only a company: the fallback, with the company", { contactName: null, contactCompany: "Initech" }, null, { name: "Unknown person", company: "Initech", isNamed: false }],
    ["nothing at all: the fallback", none, null, { name: "Unknown person", company: null, isNamed: false }],
    ["a person: its name and company", none, ann, { name: "Ann Lee", company: "Acme", isNamed: true }],
    ["the lead's own name and company win over the person's", { contactName: "Ann L.", contactCompany: "Acme EU" }, ann, { name: "Ann L.", company: "Acme EU", isNamed: true }],
    ["a person without a name: the email, not named", none, { ...ann, name: null, company: null }, { name: "ann@acme.io", company: null, isNamed: false }],
    ["an empty name is no name", { contactName: "", contactCompany: "" }, { ...ann, name: "" }, { name: "ann@acme.io", company: "Acme", isNamed: false }],
  ])("%s", (_what, lead, person, expected) => {
    expect(leadShown(lead, person, "Unknown person")).toEqual(expected);
  });

  it("is the contact (leadContactView) named: one rule for the table, inbox, alert and the API", () => {
    const bob = { contactName: "Bob", contactCompany: null, contactPhone: "+49 30 1234567" };
    const rows: [TLeadContactColumns & { contactPhone: string | null }, { email: string; name: string | null; company: string | null } | null][] = [
      [bob, null],
      [{ ...none, contactPhone: null }, ann],
      [{ contactName: "", contactCompany: "Initech", contactPhone: null }, { ...ann, name: null }],
    ];
    for (const [lead, person] of rows) {
      const contact = leadContactView(lead, person);
      expect(leadShown(lead, person, "?")).toEqual({ name: contact.name ?? contact.email ?? "?", company: contact.company, isNamed: contact.name !== null });
    }
  });

  it("agrees with leadContact's merged person", () => {
    const lead = { contactName: "Ann L.", contactCompany: null };
    expect(leadShown(lead, leadContact(ann, lead), "?")).toEqual(leadShown(lead, ann, "?"));
  });
});

describe("contactFromAnswers", () => {
  it.each<[Record<string, unknown>, { name: string | null; company: string | null }]>([
    [{ name: " Ann ", company: "Acme" }, { name: "Ann", company: "Acme" }],
    [{ full_name: "Ann Lee", company_name: "Acme" }, { name: "Ann Lee", company: "Acme" }],
    [{ first_name: "Ann", last_name: "Lee" }, { name: "Ann Lee", company: null }],
    [{ last_name: "Lee", name: "  " }, { name: "Lee", company: null }],
    [{ name: 42, company: ["Acme"] }, { name: null, company: null }],
    [{ name: "x".repeat(250) }, { name: "x".repeat(200), company: null }],
    [{}, { name: null, company: null }],
  ])("%j → %j", (answers, expected) => {
    expect(contactFromAnswers(answers)).toEqual(expected);
  });
});

describe("leadContactView: the contact GET /api/v1/leads answers", () => {
  const annWithPhone = { ...ann, phone: "+1 555 0100" };
  it.each<[string, TLeadContactColumns & { contactPhone: string | null }, typeof annWithPhone | null, TLeadContactView]>([
    ["a person sent with a phone and no email: the lead's own name and phone", { contactName: "Bob", contactCompany: null, contactPhone: "+49 30 1234567" }, null, { name: "Bob", email: null, company: null, phone: "+49 30 1234567" }],
    ["a person: theirs, the lead's own name first", { contactName: "Ann L.", contactCompany: null, contactPhone: null }, annWithPhone, { name: "Ann L.", email: "ann@acme.io", company: "Acme", phone: "+1 555 0100" }],
    ["nothing given", { ...none, contactPhone: null }, null, { name: null, email: null, company: null, phone: null }],
  ])("%s", (_name, lead, person, expected) => {
    expect(leadContactView(lead, person)).toEqual(expected);
  });
});
