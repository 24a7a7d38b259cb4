// The templates that write their own plain text (text(props): the rep alert with its fallback,
// reminder and reassignment variants, and the review request — the emails of the routing.assigned
// job) against the text html-to-text makes of their HTML, which is what the text part was before.
// The rule: the template's text IS that text, character for character (blank lines, the rule
// lines, the whitespace of what people typed collapsed as in the HTML's rendering) — so it
// carries every line the HTML's text carries, and nothing else. Every case goes through
// renderEmail too: the email's text is the template's, and its HTML still escapes what people typed.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { repAlertProps, type TRepAlertPropsPatch } from "../../testing/fixtures/rep-alert-fixtures";
import { htmlToPlainText, renderEmail } from "../render-email";
import type { TEmailTemplateDefinition } from "./define-template";
import { EMAIL_TEMPLATES, type TEmailTemplate } from "./index";
import type { TReviewRequestProps } from "./review-request";

const at = (iso: string) => new Date(iso);
const alert = (label: string, patch: TRepAlertPropsPatch): [string, TEmailTemplate] => [`rep-alert: ${label}`, { name: "rep-alert", props: repAlertProps(patch) }];
const review = (label: string, props: Partial<TReviewRequestProps>): [string, TEmailTemplate] => [
  `review-request: ${label}`,
  { name: "review-request", props: { reviewerName: "Olivia", headline: "Routed to Maya: Enterprise path", value: 200000, currency: "USD", windowMinutes: 30, leadUrl: "https://app.example.com/leads/l", ...props } },
];

const full: TRepAlertPropsPatch = {
  lead: { name: "Victoria Park", email: "vp@firstbank.com", phone: "+1 555 0100", company: "First Bank", tierLabel: "Sales-ready", score: 87, estimatedValue: 125000, currency: "EUR" },
  dimensions: [{ label: "Fit", points: 40 }, { label: "Intent", points: 47 }],
  breakdown: ["+20 company size 1,000+", "+15 financial services"],
  reasons: ["Routed to Maya: Enterprise path · financial services match", "Skipped Priya: at capacity 10/10"],
  answers: [{ label: "Industry", value: "Financial services" }, { label: "What is your budget?", value: "$50,000" }, { label: "I agree to be contacted.", value: "Yes" }],
  acceptBy: at("2026-12-01T16:00:00Z"),
  timeZone: "America/New_York",
};

const cases: [string, TEmailTemplate][] = [
  alert("the fixture's plain alert (no dimensions, breakdown or answers, no deadline)", {}),
  alert("a full alert", full),
  alert("provisional", { ...full, isProvisional: true }),
  alert("the reminder", { ...full, isReminder: true }),
  alert("the fallback queue's owner", { ...full, fallbackQueue: "Backup <team>" }),
  alert("the fallback queue after the SLA", { ...full, fallbackQueue: "Backup", reassigned: { cause: "not_accepted", fromRepName: "Tom", byName: null, reason: "Not accepted in time" } }),
  alert("reassigned by a manager", { ...full, reassigned: { cause: "person", fromRepName: "Tom", byName: "Olivia", reason: "Tom is on leave!" } }),
  alert("first owner chosen through the API", { reassigned: { cause: "person", fromRepName: null, byName: null, reason: null, isFirstOwner: true, isThroughApi: true } }),
  alert("handed on from an owner who left", { reassigned: { cause: "owner_left", fromRepName: "Tom", byName: "Olivia", reason: "Owner removed from the workspace" } }),
  alert("returned by its owner", { isReminder: true, reassigned: { cause: "returned", fromRepName: "Tom", byName: null, reason: "too small" } }),
  alert("a meeting with a rep who left", { ...full, meetingWithOtherRep: { startsAt: at("2026-12-03T15:00:00Z"), repName: "Tom", hasRepLeft: true } }),
  alert("a meeting with an active rep", { meetingWithOtherRep: { startsAt: at("2026-12-03T15:00:00Z"), repName: "Tom", hasRepLeft: false }, timeZone: "Asia/Kolkata" }),
  alert("reached away, the clock starts later (same day)", { acceptBy: at("2026-12-01T15:15:00Z"), clockStartsAt: at("2026-12-01T15:00:00Z"), clockDeferral: "off_hours", timeZone: "America/Los_Angeles" }),
  alert("reached away, no reason known, another day", { acceptBy: at("2026-12-02T15:15:00Z"), clockStartsAt: at("2026-12-01T15:00:00Z"), clockDeferral: null }),
  alert("an unknown time zone (UTC)", { acceptBy: at("2026-12-01T16:00:00Z"), timeZone: "Mars/Olympus" }),
  alert("no email, no company, no phone", { lead: { name: "Unknown person", email: "", company: null, phone: null } }),
  alert("a null email and text already written as the value", { lead: { email: null, estimatedValue: "USD 12,500" } }),
  alert("a value in an unknown currency", { lead: { estimatedValue: 75000, currency: "XYZ" } }),
  alert("a value in a currency written with a no-break space", { lead: { estimatedValue: 75000, currency: "CHF" } }),
  alert("tag-like text people typed, kept as typed", {
    repName: "Sarah <b>Chen</b>",
    workspaceName: "Acme & <Co>",
    lead: { name: "<img src=x onerror=alert(1)>", company: "We use <Salesforce>", email: "a&b@x.com" },
    reasons: ["<script>alert(1)</script>"],
    breakdown: ["+5 &amp; more"],
    answers: [{ label: "Notes <i>", value: "[link](https://evil.example) **bold** &lt;" }],
  }),
  alert("line breaks, tabs and runs of spaces in what people typed (one space, as the HTML shows them)", {
    repName: "  Maya\n",
    lead: { name: "Iris\r\nNew line", company: "Bank\t\tCo  " },
    answers: [{ label: "What do you need?", value: "line one\n\nOpen the lead: https://evil.example\n  line three" }, { label: "Blank", value: "   " }],
    breakdown: ["\n", "+3\u200bzero width"],
    reasons: [""],
  }),
  alert("no-break and other Unicode spaces are kept", { lead: { name: "Iris\u00a0Bank", company: "\u00a0Ünïcödé 株式会社\u2003" }, answers: [{ label: "Emoji", value: "🚀  ok" }] }),
  alert("empty strings everywhere", { repName: "", workspaceName: "", lead: { name: "", email: "", company: "", tierLabel: "" }, reasons: [], dimensions: [{ label: "", points: 0 }] }),
  alert("long unbroken text", { answers: [{ label: "Long", value: "x".repeat(500) }], breakdown: ["word ".repeat(80)] }),
  review("named lead with a company in a workspace", { lead: { name: "Vera Banks", company: "Big Bank" }, workspaceName: "Acme" }),
  review("no lead, no value, no workspace", { lead: null, value: null, workspaceName: null }),
  review("a company only, a blank workspace", { lead: { name: " ", company: "Big Bank" }, workspaceName: "   " }),
  review("tag-like and multi-line text people typed", { reviewerName: "Olivia <b>", lead: { name: "A\nB", company: "<Co>" }, headline: "Routed to <Maya>\n  · reason", workspaceName: "Acme & Co", currency: "GBP" }),
];

const definitionOf = (t: TEmailTemplate) => EMAIL_TEMPLATES[t.name] as TEmailTemplateDefinition<typeof t.props>;

/** What the text part was before the template wrote its own: html-to-text over the email's HTML. */
function textOfHtml(t: TEmailTemplate): string {
  const definition = definitionOf(t);
  return htmlToPlainText(renderToStaticMarkup(createElement(definition.Component, t.props))).trim();
}

describe("a template's own text is the text of its HTML", () => {
  it("the routing.assigned job's templates write their own text", () => {
    expect(typeof EMAIL_TEMPLATES["rep-alert"].text).toBe("function");
    expect(typeof EMAIL_TEMPLATES["review-request"].text).toBe("function");
  });

  it("the table has a case for every template that writes its own text", () => {
    const own = Object.entries(EMAIL_TEMPLATES).filter(([, d]) => "text" in d && d.text).map(([name]) => name).sort();
    expect([...new Set(cases.map(([, t]) => t.name))].sort()).toEqual(own);
  });

  it.each(cases)("%s", async (_label, template) => {
    const definition = definitionOf(template);
    const expected = textOfHtml(template);
    expect(definition.text!(template.props).trim()).toBe(expected);
    // renderEmail sends the template's text, the same as its HTML's.
    const rendered = await renderEmail(template);
    expect(rendered.text).toBe(expected);
    expect(htmlToPlainText(rendered.html).trim()).toBe(expected);
  });

  it("what people typed stays text in the text part and escaped markup in the HTML", async () => {
    const [, template] = cases.find(([label]) => label.includes("tag-like text people typed, kept"))!;
    const { html, text } = await renderEmail(template);
    expect(text).toContain("<img src=x onerror=alert(1)> · a&b@x.com · We use <Salesforce>");
    expect(text).toContain("• <script>alert(1)</script>");
    expect(text).toContain("Notes <i>: [link](https://evil.example) **bold** &lt;");
    expect(html).toContain("&lt;img src=x onerror=alert(1)&gt;");
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    for (const typed of ["<img", "<script", "<b>", "Notes <i>", "<Salesforce>"]) expect(html).not.toContain(typed);
  });

  it("a value with line breaks cannot start a line of its own", async () => {
    const [, template] = cases.find(([label]) => label.startsWith("rep-alert: line breaks"))!;
    const { text } = await renderEmail(template);
    expect(text).toContain("What do you need? line one Open the lead: https://evil.example line three");
    expect(text.split("\n").filter((l) => l.startsWith("Open the lead:"))).toEqual(["Open the lead: https://app.example.com/leads/l"]);
  });
});
