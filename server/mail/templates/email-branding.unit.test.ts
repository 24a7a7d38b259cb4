// Whose name an email carries. A prospect's email (booking confirmation, move, cancellation, the
// late booking link, nurture) is the workspace's: its name is the header's brand and the From's
// display name, with only a small "Powered by Switchboard"; a member's email (alert, review,
// invite) stays ours and names the workspace. A workspace name is text everywhere: escaped in the
// HTML, as typed in the text part, and never a header break in the From.
import { describe, expect, it } from "vitest";
import { renderEmail, type TRenderedEmail } from "../render-email";
import { fromHeaderFor } from "../from-header";
import type { TEmailTemplate } from "./index";

const HOSTILE = `Acme "Q" <script>alert('x')</script>`;
const HOSTILE_HTML = "Acme &quot;Q&quot; &lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;";
const when = "Monday 9 March 2026, 09:00–09:30 (America/New_York)";
const booking = { change: "created", title: "Intro call", when, location: "Video call", repName: "Tom Becker", leadLabel: "Victoria Park (First Bank)", url: "https://app.example.com/b/t" } as const;
const nurture = { subject: "A guide for you", blocks: [{ kind: "paragraph" as const, inlines: [{ kind: "text" as const, text: "Hello" }] }], postalAddress: "1 Main St", unsubscribeUrl: "https://app.example.com/u/t" };

/** The brand line: the header, the text part's first line. */
function brandOf(rendered: TRenderedEmail): string {
  return rendered.text.trim().split("\n")[0]!.trim();
}

describe("a prospect's email is the workspace's", () => {
  it.each<[string, TEmailTemplate]>([
    ["booking confirmation", { name: "booking-invite", props: { ...booking, audience: "prospect", workspaceName: HOSTILE } }],
    ["booking moved", { name: "booking-invite", props: { ...booking, audience: "prospect", change: "rescheduled", workspaceName: HOSTILE } }],
    ["booking cancelled", { name: "booking-invite", props: { ...booking, audience: "prospect", change: "cancelled", cancelledBy: { kind: "prospect" }, workspaceName: HOSTILE } }],
    ["late booking link", { name: "booking-link", props: { name: "Victoria", repName: "Tom Becker", title: "Intro call", url: "https://app.example.com/book/t", expires: "10 December 2026", workspaceName: HOSTILE } }],
    ["nurture step", { name: "nurture-step", props: { ...nurture, workspaceName: HOSTILE } }],
  ])("%s: brand, From name, escaped", async (_, template) => {
    const rendered = await renderEmail(template);
    expect(rendered.senderName).toBe(HOSTILE);
    expect(fromHeaderFor("Switchboard <n@acme.example>", rendered.senderName)).toBe(`"Acme \\"Q\\" <script>alert('x')</script> via Switchboard" <n@acme.example>`);
    // Text everywhere: escaped in the HTML, never a tag; as typed in the text part.
    expect(rendered.html).toContain(HOSTILE_HTML);
    expect(rendered.html).not.toContain("<script>");
    expect(rendered.text).toContain(HOSTILE);
    // Our name only in the small print (nurture: none at all), never as the brand or the subject.
    expect(rendered.subject).not.toContain("Switchboard");
    expect(rendered.text.replace("Powered by Switchboard", "")).not.toContain("Switchboard");
  });

  it.each<[string, TEmailTemplate]>([
    ["booking confirmation", { name: "booking-invite", props: { ...booking, audience: "prospect", workspaceName: "Acme" } }],
    ["late booking link", { name: "booking-link", props: { name: null, repName: "Tom Becker", title: "Intro call", url: "https://app.example.com/book/t", expires: "10 December 2026", workspaceName: "Acme" } }],
  ])("%s: the header is the workspace's name, 'Powered by Switchboard' at the end", async (_, template) => {
    const rendered = await renderEmail(template);
    expect(brandOf(rendered)).toBe("Acme");
    expect(rendered.text.trim().endsWith("Powered by Switchboard")).toBe(true);
  });

  it("a booking-link subject names the workspace", async () => {
    const rendered = await renderEmail({ name: "booking-link", props: { name: null, repName: "Tom Becker", title: "Intro call", url: "https://x/book/t", expires: "10 December 2026", workspaceName: "Acme" } });
    expect(rendered.subject).toBe("Book your meeting with Tom Becker of Acme");
  });
});

describe("a member's email stays ours", () => {
  it.each<[string, TEmailTemplate, string]>([
    ["the rep's booking email", { name: "booking-invite-rep", props: { ...booking, audience: "rep", workspaceName: "Acme" } }, "Workspace: Acme."],
    ["the owner's booking email", { name: "booking-invite-rep", props: { ...booking, audience: "owner", workspaceName: "Acme" } }, "Workspace: Acme."],
    ["review request", { name: "review-request", props: { reviewerName: "Maya", headline: "Routed to Sarah Chen", value: 200000, currency: "USD", workspaceName: "Acme", windowMinutes: 30, leadUrl: "https://x/leads/1" } }, "routed provisionally in Acme"],
    ["invite", { name: "invite", props: { workspaceName: "Acme", inviterName: "Olivia", roleLabel: "Rep", url: "https://x/invite/t", expiresAt: new Date("2026-12-11T10:00:00Z") } }, "the workspace Acme"],
  ])("%s: Switchboard header and From, names the workspace", async (_, template, naming) => {
    const rendered = await renderEmail(template);
    expect(rendered.senderName).toBeNull();
    expect(brandOf(rendered)).toBe("Switchboard");
    expect(rendered.text).not.toContain("Powered by");
    expect(rendered.text).toContain(naming);
  });
});

describe("the review request's value carries its currency", () => {
  it.each<[number | null, string | null | undefined, string, string | null]>([
    [200000, "USD", "Review a high-value lead (est. $200,000) · Acme", "a high-value lead (est. $200,000) was routed"],
    [200000, "EUR", "Review a high-value lead (est. €200,000) · Acme", "a high-value lead (est. €200,000) was routed"],
    [75000, "GBP", "Review a high-value lead (est. £75,000) · Acme", "(est. £75,000)"],
    [null, "USD", "Review a high-value lead · Acme", null],
  ])("%s %s", async (value, currency, subject, line) => {
    const rendered = await renderEmail({ name: "review-request", props: { reviewerName: "Maya", headline: "Routed to Sarah Chen", value, currency, workspaceName: "Acme", windowMinutes: 30, leadUrl: "https://x/leads/1" } });
    expect(rendered.subject).toBe(subject);
    if (line) expect(rendered.text).toContain(line);
    expect(rendered.text).not.toMatch(/est\. \d/);
  });
});

describe("the invite's expiry reads as the dashboard's day", () => {
  it.each<[string, string]>([
    ["2026-12-11T10:00:00Z", "This invitation expires on Dec 11, 2026."],
    ["2027-01-02T23:30:00Z", "This invitation expires on Jan 2, 2027."],
  ])("%s", async (iso, expected) => {
    const rendered = await renderEmail({ name: "invite", props: { workspaceName: "Acme", inviterName: "Olivia", roleLabel: "Rep", url: "https://x/invite/t", expiresAt: new Date(iso) } });
    expect(rendered.text).toContain(expected);
    expect(rendered.text).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });
});
