// renderEmail renders a template once and makes its text from that HTML: the text equals what
// @react-email/render's own plain-text render gives (a second render of the element), per template.
import { createElement } from "react";
import { render, toPlainText } from "@react-email/render";
import { describe, expect, it } from "vitest";
import type { TEmailTemplateDefinition } from "./templates/define-template";
import { EMAIL_TEMPLATES, type TEmailTemplate } from "./templates";
import { htmlToPlainText, renderEmail, stripTags } from "./render-email";

const cases: TEmailTemplate[] = [
  { name: "magic-link", props: { url: "https://app.example.com/api/auth/callback?token=abc", host: "app.example.com" } },
  {
    name: "rep-alert",
    props: {
      repName: "Sarah Chen <b>",
      workspaceName: "Demo Co",
      isReminder: false,
      fallbackQueue: null,
      lead: { name: "Victoria Park", email: "vp@firstbank.com", company: "First Bank", tierLabel: "Sales-ready", score: 87, estimatedValue: "USD 12,500" },
      dimensions: [{ label: "Fit", points: 40 }, { label: "Intent", points: 47 }],
      breakdown: ["+20 company size 1,000+", "+15 financial services"],
      reasons: ["Routed to Sarah Chen: Enterprise path", "Skipped Priya Patel: at capacity 0/0"],
      answers: [{ label: "Industry", value: "Financial services" }, { label: "Company size", value: "1,000+" }],
      acceptUrl: "https://app.example.com/accept/token",
      leadUrl: "https://app.example.com/leads/lead_1",
      acceptBy: new Date("2026-12-01T16:00:00Z"),
      isProvisional: true,
    },
  },
  { name: "review-request", props: { reviewerName: "Maya", headline: "Routed to Sarah Chen: Enterprise path", value: 125000, windowMinutes: 30, leadUrl: "https://app.example.com/leads/lead_1" } },
] as TEmailTemplate[];

describe("renderEmail", () => {
  it.each(cases.map((c) => [c.name, c] as const))("%s: text as the library's plain-text render makes it", async (_name, template) => {
    const definition = EMAIL_TEMPLATES[template.name] as TEmailTemplateDefinition<typeof template.props>;
    const element = createElement(definition.Component, template.props);
    const expected = stripTags(await render(element, { plainText: true })).trim();
    const rendered = await renderEmail(template);
    expect(rendered.text).toBe(expected);
    expect(rendered.html).toBe(await render(element));
    expect(rendered.text.length).toBeGreaterThan(20);
  });
});

// The options are compiled once (html-to-text's compile); the text equals the library's
// toPlainText (which compiles them per call) for each selector it sets and for repeated use.
const snippets: [string, string][] = [
  ["link text equal to its href", '<p><a href="https://x.example/a">https://x.example/a</a></p>'],
  ["link with other text", '<p>See <a href="https://x.example/lead/1">the lead</a> now</p>'],
  ["image skipped", '<div><img src="https://x.example/logo.png" alt="Logo"/>Hello</div>'],
  ["data-skip-in-text", '<div><span data-skip-in-text="true">preview</span><p>Body</p></div>'],
  ["table cells as blocks", "<table><tr><th>Fit</th><td>40</td></tr><tr><th>Intent</th><td>47</td></tr></table>"],
  ["data table", '<table data-text-format="dataTable"><tr><td>a</td><td>b</td></tr></table>'],
  ["long line not wrapped", `<p>${"word ".repeat(60)}</p>`],
  ["entities and headings", "<h1>Q&amp;A</h1><p>&lt;b&gt; 5 &gt; 3</p><ul><li>one</li><li>two</li></ul>"],
];

describe("htmlToPlainText", () => {
  it.each(snippets)("%s", (_name, html) => {
    expect(htmlToPlainText(html)).toBe(toPlainText(html));
    expect(htmlToPlainText(html)).toBe(toPlainText(html)); // the compiled converter keeps no state between calls
  });
});
