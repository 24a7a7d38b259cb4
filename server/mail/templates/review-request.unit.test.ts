// The review request names the lead it is about: a reviewer with several high-value leads waiting
// got identical emails ("Review a high-value lead (est. $200,000) · Demo Co") and had to open each.
import { describe, expect, it } from "vitest";
import { renderEmail } from "../render-email";

const base = { reviewerName: "Morgan", headline: "Routed to Tom Becker: Inbound path", value: 200000, currency: "USD", workspaceName: "Demo Co", windowMinutes: 30, leadUrl: "https://x/leads/1" };

describe("the review request names its lead", () => {
  it.each<[string, { name: string; company: string | null } | null | undefined, string, string | null]>([
    ["name and company", { name: "Vera Banks", company: "Big Bank" }, "Review a high-value lead: Vera Banks (Big Bank) (est. $200,000) · Demo Co", "Vera Banks (Big Bank)"],
    ["name only", { name: "Vera Banks", company: null }, "Review a high-value lead: Vera Banks (est. $200,000) · Demo Co", "Vera Banks"],
    ["company only", { name: " ", company: "Big Bank" }, "Review a high-value lead: Big Bank (est. $200,000) · Demo Co", "Big Bank"],
    ["not given", undefined, "Review a high-value lead (est. $200,000) · Demo Co", null],
  ])("%s", async (_, lead, subject, line) => {
    const rendered = await renderEmail({ name: "review-request", props: { ...base, lead } });
    expect(rendered.subject).toBe(subject);
    if (line) expect(rendered.text).toContain(`routed provisionally in Demo Co.\n\n${line}\n`);
  });

  it("renders the lead's name as text", async () => {
    const rendered = await renderEmail({ name: "review-request", props: { ...base, lead: { name: "<b>Eve</b>", company: null } } });
    expect(rendered.html).not.toContain("<b>Eve</b>");
    expect(rendered.html).toContain("&lt;b&gt;Eve&lt;/b&gt;");
  });
});
