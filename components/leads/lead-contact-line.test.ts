// The lead page's contact line: email (when the title is the name), phone as a tel: link built from
// its digits only, company; "No email given" for a lead without a person. Rendered as text.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { LeadContactLine } from "./lead-contact-line";

type TLead = Omit<Parameters<typeof LeadContactLine>[0]["lead"], "contactName" | "contactCompany" | "contactPhone"> & { contactName?: string | null; contactPhone?: string | null };
const person = (over: Partial<NonNullable<TLead["person"]>> = {}) => ({ id: "p1", email: "iris@bank.com", name: "Iris Ito", company: "First Bank", phone: null, ...over });
const phoneAnswer = (value: string) => ({ key: "mobile", label: "Mobile", type: "phone" as const, value, display: value });
// Leads with a person and no contact of their own: the person's name and company show.
const render = (lead: TLead) => renderToStaticMarkup(createElement(LeadContactLine, { lead: { contactName: null, contactCompany: null, contactPhone: null, ...lead } }));

describe("LeadContactLine", () => {
  it.each<[string, TLead, string]>([
    ["name in the title: email and company", { person: person(), answers: [] }, "iris@bank.com · First Bank"],
    ["the email is the title: company only", { person: person({ name: null }), answers: [] }, "First Bank"],
    ["the person's phone dials", { person: person({ phone: "+1 555 010 0199" }), answers: [] }, 'iris@bank.com · <a href="tel:+15550100199" class="text-brand-600 hover:underline">+1 555 010 0199</a> · First Bank'],
    ["this lead's phone answer wins", { person: person({ phone: "+15550100" }), answers: [phoneAnswer("030 1234567")] }, 'iris@bank.com · <a href="tel:0301234567" class="text-brand-600 hover:underline">030 1234567</a> · First Bank'],
    ["a number that cannot be dialled is text", { person: person({ phone: "ask reception" }), answers: [] }, "iris@bank.com · ask reception · First Bank"],
    ["no person", { person: null, answers: [] }, "No email given"],
    ["no person but a phone answer", { person: null, answers: [phoneAnswer("555-0100")] }, 'No email given · <a href="tel:5550100" class="text-brand-600 hover:underline">555-0100</a>'],
    ["a contact sent without an email: its name is the title, its phone (kept on the lead) dials", { person: null, answers: [], contactName: "Bob", contactPhone: "+49 30 1234567" }, 'No email given · <a href="tel:+49301234567" class="text-brand-600 hover:underline">+49 30 1234567</a>'],
    ["a hostile company is text", { person: person({ company: "<img src=x onerror=alert(1)>" }), answers: [] }, "iris@bank.com · &lt;img src=x onerror=alert(1)&gt;"],
  ])("%s", (_what, lead, expected) => {
    expect(render(lead)).toBe(expected);
  });
});
