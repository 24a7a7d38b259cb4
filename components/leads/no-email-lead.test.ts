// A lead with no email shows the name and company it gave (contactName / contactCompany) in the
// leads table and under the lead page's title — not "Unknown person" — and in the table the phone
// of a contact sent without an email (contactPhone) where the email would be. Rendered as text.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { TLeadListItem } from "@/server/services/leads";
import { LeadContactLine } from "./lead-contact-line";
import { LeadsTable } from "./leads-table";

const row = (over: Partial<TLeadListItem>): TLeadListItem => ({
  id: "l1", submittedAt: new Date("2026-12-01T15:00:00Z"), person: null, contactName: null, contactCompany: null, contactPhone: null, formId: null, formName: null,
  tier: "hot", tierLabel: "Hot", scoreTotal: 60, source: "api", isSpam: false, isRepeat: false, status: "ASSIGNED", stage: "OPEN", owner: null, ...over,
});
/** The table's Lead and Company cells, as text. */
const cells = (lead: TLeadListItem) => {
  const html = renderToStaticMarkup(createElement(LeadsTable, { leads: [lead] }));
  const [, leadCell, company] = [...html.matchAll(/<td[^>]*>(.*?)<\/td>/g)].map((m) => m[1]!.replace(/<[^>]+>/g, "|").replace(/\|+/g, "|").replace(/^\||\|$/g, ""));
  return { lead: leadCell, company };
};

describe("a lead with no email", () => {
  it.each<[string, Partial<TLeadListItem>, { lead: string | undefined; company: string | undefined }]>([
    ["its name and company in the table (it said Unknown person, —)", { contactName: "Victoria Park", contactCompany: "First Bank" }, { lead: "Victoria Park", company: "First Bank" }],
    ["nothing given: Unknown person", {}, { lead: "Unknown person", company: "—" }],
    ["a person with a name: the name with the email under it", { person: { email: "vp@firstbank.com", name: "Victoria Park", company: "First Bank" } }, { lead: "Victoria Park|vp@firstbank.com", company: "First Bank" }],
    ["a hostile name is text", { contactName: "<img src=x>" }, { lead: "&lt;img src=x&gt;", company: "—" }],
    ["a contact sent without an email: its phone where the email would be (it showed the name alone)", { contactName: "Bob", contactPhone: "+49 30 1234567" }, { lead: "Bob|+49 30 1234567", company: "—" }],
    ["only a phone: Unknown person, with the phone", { contactPhone: "+49 30 1234567" }, { lead: "Unknown person|+49 30 1234567", company: "—" }],
    ["a person without a name: the email is the title, nothing under it", { person: { email: "vp@firstbank.com", name: null, company: null } }, { lead: "vp@firstbank.com", company: "—" }],
    ["a hostile phone is text", { contactName: "Bob", contactPhone: "<b>1</b>" }, { lead: "Bob|&lt;b&gt;1&lt;/b&gt;", company: "—" }],
  ])("%s", (_what, over, expected) => {
    expect(cells(row(over))).toEqual(expected);
  });

  it("under the lead page's title: no email given, and the company its answers gave", () => {
    const line = renderToStaticMarkup(createElement(LeadContactLine, { lead: { person: null, answers: [], contactName: "Victoria Park", contactCompany: "First Bank", contactPhone: null } }));
    expect(line).toBe("No email given · First Bank");
  });
});
