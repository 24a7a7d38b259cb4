// renderEmail renders a template once (React's static markup) and makes its text from that HTML:
// per template, the HTML is @react-email/render's document without the streaming renderer's
// comment markers, and the text equals that library's own plain-text render.
import { createElement } from "react";
import { render, toPlainText } from "@react-email/render";
import { describe, expect, it } from "vitest";
import type { TEmailTemplateDefinition } from "./templates/define-template";
import { EMAIL_TEMPLATES, type TEmailTemplate } from "./templates";
import { htmlToPlainText, renderEmail } from "./render-email";

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
  { name: "review-request", props: { reviewerName: "Maya", headline: "Routed to Sarah Chen: Enterprise path", value: 125000, currency: "EUR", workspaceName: "Demo Co", windowMinutes: 30, leadUrl: "https://app.example.com/leads/lead_1" } },
  { name: "invite", props: { workspaceName: "Demo Co", inviterName: "Olivia <i>Owner</i>", roleLabel: "Sales manager", url: "https://app.example.com/invite/t", expiresAt: new Date("2026-12-08T10:00:00Z") } },
  {
    name: "booking-invite",
    props: { audience: "prospect", change: "rescheduled", title: "Intro call", when: "Monday 9 March 2026, 09:00–09:30 (America/New_York)", location: "Video call", repName: "Tom Becker", leadLabel: "Victoria Park, First Bank", url: "https://app.example.com/b/t" },
  },
  { name: "booking-link", props: { name: null, repName: "Tom Becker", title: "Intro call", url: "https://app.example.com/book/t", expires: "10 December 2026", workspaceName: "Demo Co" } },
  { name: "booking-time-request", props: { repName: "Tom Becker", leadLabel: "Victoria Park, First Bank", note: "Any morning next week", leadUrl: "https://app.example.com/leads/lead_1" } },
  {
    name: "webhook-endpoint-disabled",
    props: { adminName: "Alex", workspaceName: "Demo Co", url: "https://hooks.example.com/in", reason: "failed for 24 hours", lastAnswer: "HTTP 500", settingsUrl: "https://app.example.com/settings/webhooks" },
  },
  {
    name: "nurture-step",
    props: {
      subject: "A guide for you",
      blocks: [
        { kind: "heading", level: 2, inlines: [{ kind: "text", text: "Routing in 5 minutes" }] },
        { kind: "paragraph", inlines: [{ kind: "text", text: "Read ", bold: true }, { kind: "link", text: "the guide", href: "https://x.example/guide" }, { kind: "text", text: " today." }] },
        { kind: "list", ordered: false, items: [[{ kind: "text", text: "one" }], [{ kind: "text", text: "two", italic: true }]] },
        { kind: "rule" },
      ],
      workspaceName: "Demo Co",
      postalAddress: "1 Main St, Springfield",
      unsubscribeUrl: "https://app.example.com/u/t",
      isTest: true,
    },
  },
];

describe("renderEmail", () => {
  it("has a case for every template component (the names that reuse one share its case)", () => {
    const covered = new Set(cases.map((c) => EMAIL_TEMPLATES[c.name].Component));
    const missing = Object.entries(EMAIL_TEMPLATES).filter(([, definition]) => !covered.has(definition.Component)).map(([name]) => name);
    expect(missing).toEqual([]);
  });

  it.each(cases.map((c) => [c.name, c] as const))("%s: text as the library's plain-text render makes it", async (_name, template) => {
    const definition = EMAIL_TEMPLATES[template.name] as TEmailTemplateDefinition<typeof template.props>;
    const element = createElement(definition.Component, template.props);
    const expected = (await render(element, { plainText: true })).trim();
    const rendered = await renderEmail(template);
    expect(rendered.text).toBe(expected);
    // The library's document without the streaming renderer's comment markers (<!--$-->, <!-- -->…);
    // Outlook's conditional comments (<!--[if mso]>…<![endif]-->, in buttons) stay.
    const libraryHtml = await render(element);
    const streamMarker = /<!--(?!\[)[^>]*-->/;
    expect(libraryHtml).toMatch(streamMarker);
    expect(rendered.html).toBe(libraryHtml.replace(new RegExp(streamMarker, "g"), ""));
    expect(rendered.html).not.toMatch(streamMarker);
    expect(rendered.html.startsWith('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN"')).toBe(true);
    expect(rendered.text.length).toBeGreaterThan(20);
  });

  it("keeps tag-like text people typed in the text part, as text (escaped in the HTML)", async () => {
    const rendered = await renderEmail(cases.find((c) => c.name === "rep-alert")!);
    expect(rendered.text).toContain("Hi Sarah Chen <b>, a new lead was routed to you");
    expect(rendered.html).toContain("Hi Sarah Chen &lt;b&gt;, a new lead was routed to you");
    expect(rendered.html).not.toContain("Sarah Chen <b>");
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
