// The rep alert's opening line: a new lead, a reassigned one (by whom, from whom, why — a manager,
// the SLA, an owner who left, a returned lead), the speed-to-lead reminder (which must not read as a
// second new lead), or the fallback queue's owner; and the line about a meeting with another rep.
import { describe, expect, it } from "vitest";
import type { TReassignmentNotice } from "../../domain/routing/reassignment-notice";
import { renderEmail } from "../render-email";
import { repAlertProps } from "../../testing/fixtures/rep-alert-fixtures";
import { acceptByLine, openingLine, otherRepMeetingLine, zonedTime } from "./rep-alert";

describe("openingLine", () => {
  it.each([
    [{ isReminder: false, isProvisional: false, fallbackQueue: null }, "Hi Sarah, a new lead was routed to you."],
    [{ isReminder: false, isProvisional: true, fallbackQueue: null }, "Hi Sarah, a new lead was routed to you (provisionally — a manager is reviewing this high-value lead)."],
    [{ isReminder: true, isProvisional: false, fallbackQueue: null }, "Hi Sarah, a reminder: the lead below was routed to you and is still waiting for you to accept it."],
    [
      { isReminder: true, isProvisional: true, fallbackQueue: null },
      "Hi Sarah, a reminder: the lead below was routed to you (provisionally — a manager is reviewing this high-value lead) and is still waiting for you to accept it.",
    ],
    [{ isReminder: false, isProvisional: false, fallbackQueue: "Backup" }, "Hi Sarah, no routing path could place this lead, so it reached the fallback queue “Backup” that you own. Please pick it up or assign it to a rep."],
  ])("%o", (props, expected) => {
    expect(openingLine({ repName: "Sarah", ...props })).toBe(expected);
  });
});

describe("openingLine of a reassigned lead", () => {
  const base: { isReminder: boolean; isProvisional: boolean; fallbackQueue: string | null } = { isReminder: false, isProvisional: false, fallbackQueue: null };
  const by = (r: Partial<TReassignmentNotice>): TReassignmentNotice => ({ cause: "person", fromRepName: "Maya", byName: "Olivia", reason: "test", ...r });
  it.each<[string, TReassignmentNotice, Partial<typeof base>, string]>([
    ["a manager, to the next best rep or a named one", by({}), {}, "Hi Tom, Olivia reassigned this lead to you from Maya. Reason: test."],
    ["a reason that ends its own sentence", by({ reason: "Maya is on leave!" }), {}, "Hi Tom, Olivia reassigned this lead to you from Maya. Reason: Maya is on leave!"],
    ["provisionally", by({}), { isProvisional: true }, "Hi Tom, Olivia reassigned this lead to you from Maya (provisionally — a manager is reviewing this high-value lead). Reason: test."],
    ["a manager's first owner (MANUAL)", by({ fromRepName: null, isFirstOwner: true }), {}, "Hi Tom, Olivia assigned this lead to you. Reason: test."],
    ["an API key", by({ byName: null, isThroughApi: true }), {}, "Hi Tom, this lead was reassigned to you from Maya through the API. Reason: test."],
    ["nobody (the booking page's next best rep)", by({ byName: null, reason: "Booked with the next best rep" }), {}, "Hi Tom, this lead was reassigned to you from Maya. Reason: Booked with the next best rep."],
    ["the SLA", { cause: "not_accepted", fromRepName: "Maya", byName: null, reason: "Not accepted in time" }, {}, "Hi Tom, this lead was reassigned to you because Maya did not accept it in time."],
    [
      "an owner removed",
      { cause: "owner_left", fromRepName: "Maya", byName: "Olivia", reason: "Owner removed from the workspace" },
      {},
      "Hi Tom, this lead was handed on to you from Maya, who no longer works leads here. Reason: Owner removed from the workspace (by Olivia).",
    ],
    [
      "an owner now a Marketer, nobody known",
      { cause: "owner_left", fromRepName: "Maya", byName: null, reason: "Owner is now a Marketer" },
      {},
      "Hi Tom, this lead was handed on to you from Maya, who no longer works leads here. Reason: Owner is now a Marketer.",
    ],
    ["returned by its owner", { cause: "returned", fromRepName: "Maya", byName: null, reason: "too small" }, {}, "Hi Tom, Maya returned this lead and it was reassigned to you. Reason: too small."],
    ["the reminder", by({}), { isReminder: true }, "Hi Tom, a reminder: the lead below was reassigned to you and is still waiting for you to accept it."],
    [
      "the fallback queue's owner, after the SLA: from whom and why",
      { cause: "not_accepted", fromRepName: "Maya", byName: null, reason: "Not accepted in time" },
      { fallbackQueue: "Backup" },
      "Hi Tom, this lead was taken from Maya because they did not accept it in time, and no other rep could take it, so it reached the fallback queue “Backup” that you own. Please pick it up or assign it to a rep.",
    ],
    [
      "the fallback queue's owner, after a manager's reassignment",
      by({}),
      { fallbackQueue: "Backup" },
      "Hi Tom, Olivia reassigned this lead from Maya, and no other rep could take it, so it reached the fallback queue “Backup” that you own. Reason: test. Please pick it up or assign it to a rep.",
    ],
    [
      "the fallback queue's owner, a returned lead",
      { cause: "returned", fromRepName: "Maya", byName: null, reason: "too small" },
      { fallbackQueue: "Backup" },
      "Hi Tom, Maya returned this lead, and no other rep could take it, so it reached the fallback queue “Backup” that you own. Reason: too small. Please pick it up or assign it to a rep.",
    ],
  ])("%s", (_label, reassigned, props, expected) => {
    expect(openingLine({ repName: "Tom", ...base, ...props, reassigned })).toBe(expected);
  });
});

describe("otherRepMeetingLine", () => {
  const startsAt = new Date("2026-12-01T19:30:00Z");
  it("a rep still at work keeps the meeting (in the recipient's zone, named)", () => {
    expect(otherRepMeetingLine({ startsAt, repName: "Maya", hasRepLeft: false }, "America/Chicago")).toBe(
      "The prospect has a meeting booked for Tuesday, 1 December 2026, 13:30 Chicago (GMT−6) with Maya: it stays with Maya unless a manager moves it (the details are on the lead page).",
    );
  });
  it("a rep who left: the recipient's to take", () => {
    expect(otherRepMeetingLine({ startsAt, repName: "Maya", hasRepLeft: true }, "Europe/Berlin")).toBe(
      "The prospect has a meeting booked for Tuesday, 1 December 2026, 20:30 Berlin (GMT+1) with Maya, who no longer works leads here. It has not been cancelled: please take it in their place (the details are on the lead page), or ask a manager to cancel it.",
    );
  });
  it("no zone known, or an unknown one: UTC, named", () => {
    expect(otherRepMeetingLine({ startsAt, repName: "Maya", hasRepLeft: false }, "Mars/Olympus")).toContain("booked for Tuesday, 1 December 2026, 19:30 UTC (GMT+0) with Maya");
  });
});

describe("acceptByLine", () => {
  const acceptBy = new Date("2026-12-01T15:15:00Z");
  const clock = new Date("2026-12-01T15:00:00Z");
  const LA = "America/Los_Angeles";
  it.each<[string, Parameters<typeof acceptByLine>, string]>([
    ["at work: the deadline in the rep's zone", [acceptBy, null, "America/New_York"], "Please accept by Tuesday, 1 December 2026, 10:15 New York (GMT−5); after that it is offered to the next rep."],
    [
      "assigned while away, reason unknown: the generic words, the clock's start and the same day's deadline",
      [acceptBy, clock, LA],
      "This lead reached you while you are away (outside your working hours, on leave or in a meeting): your clock starts when you are next available, Tuesday, 1 December 2026, 07:00 Los Angeles (GMT−8). Please accept by 07:15 Los Angeles (GMT−8); after that it is offered to the next rep.",
    ],
    [
      "outside working hours",
      [acceptBy, clock, LA, "off_hours"],
      "This lead reached you outside your working hours: your clock starts when you are next available, Tuesday, 1 December 2026, 07:00 Los Angeles (GMT−8). Please accept by 07:15 Los Angeles (GMT−8); after that it is offered to the next rep.",
    ],
    ["on leave", [acceptBy, clock, LA, "on_leave"], "This lead reached you while you are on leave: your clock starts when you are next available, Tuesday, 1 December 2026, 07:00 Los Angeles (GMT−8). Please accept by 07:15 Los Angeles (GMT−8); after that it is offered to the next rep."],
    ["in a meeting", [acceptBy, clock, LA, "in_meeting"], "This lead reached you while you are in a meeting: your clock starts when you are next available, Tuesday, 1 December 2026, 07:00 Los Angeles (GMT−8). Please accept by 07:15 Los Angeles (GMT−8); after that it is offered to the next rep."],
    [
      "a deadline on another local day than the clock's start: its day too",
      [new Date("2026-12-02T08:10:00Z"), new Date("2026-12-02T07:55:00Z"), LA, "off_hours"],
      "This lead reached you outside your working hours: your clock starts when you are next available, Tuesday, 1 December 2026, 23:55 Los Angeles (GMT−8). Please accept by Wednesday, 2 December 2026, 00:10 Los Angeles (GMT−8); after that it is offered to the next rep.",
    ],
    [
      "in summer: the offset of the deadline's own day (GMT−7, not −8)",
      [new Date("2026-07-01T15:15:00Z"), new Date("2026-07-01T15:00:00Z"), LA, "off_hours"],
      "This lead reached you outside your working hours: your clock starts when you are next available, Wednesday, 1 July 2026, 08:00 Los Angeles (GMT−7). Please accept by 08:15 Los Angeles (GMT−7); after that it is offered to the next rep.",
    ],
  ])("%s", (_what, args, expected) => {
    expect(acceptByLine(...args)).toBe(expected);
  });
});

describe("the rendered alert", () => {
  const props = repAlertProps({
    answers: [{ label: "Notes", value: "x".repeat(500) }],
    acceptBy: new Date("2026-12-01T15:15:00Z"),
    clockStartsAt: new Date("2026-12-01T15:00:00Z"),
    clockDeferral: "in_meeting",
    timeZone: "America/Los_Angeles",
  });
  it("a long unbroken answer wraps (it made the email 4207 px wide); the accept-by line keeps its distance from the button", async () => {
    const { html, text } = await renderEmail({ name: "rep-alert", props });
    const answer = new RegExp(`<p style="([^"]*)"[^>]*>Notes: ${"x".repeat(500)}</p>`).exec(html);
    expect(answer?.[1]).toContain("overflow-wrap:anywhere");
    expect(answer?.[1]).toContain("word-break:break-word");
    const acceptBy = /<p style="([^"]*)"[^>]*>This lead reached you while you are in a meeting/.exec(html);
    expect(acceptBy?.[1]).toContain("margin-top:16px");
    expect(text).toContain("your clock starts when you are next available, Tuesday, 1 December 2026, 07:00 Los Angeles (GMT−8). Please accept by 07:15 Los Angeles (GMT−8)");
    expect(text).not.toContain("UTC");
  });
});

// The deal value reads as in the review request, by the same helper: with its currency
// ("$200,000"), not a bare amount ("200000").
describe("the alert's deal value", () => {
  it.each<[string, number | string | null, string | null | undefined, string | null]>([
    ["dollars", 200000, "USD", "$200,000"],
    ["euros", 200000, "EUR", "€200,000"],
    ["pounds, from the database's decimal text", "75000.00", "GBP", "£75,000"],
    ["a lower-case code", 1250.6, "usd", "$1,251"],
    ["not an ISO code: the amount and the code", 200000, "XYZ1", "200,000 XYZ1"],
    ["no currency known: the amount alone", 200000, null, "200,000"],
    ["text already written passes as it is", "$12,500", undefined, "$12,500"],
    ["no value", null, "USD", null],
  ])("%s", async (_what, estimatedValue, currency, expected) => {
    const { text } = await renderEmail({ name: "rep-alert", props: repAlertProps({ lead: { estimatedValue, currency } }) });
    const line = text.replace(/\u00a0/g, " ").split("\n").find((l) => l.startsWith("Hot · score 80"));
    expect(line).toBe(expected === null ? "Hot · score 80" : `Hot · score 80 · est. ${expected}`);
  });

  it("is the review request's money (formatEmailMoney)", async () => {
    const review = await renderEmail({ name: "review-request", props: { reviewerName: "Maya", headline: "Routed to Sarah Chen", value: 200000, currency: "EUR", workspaceName: "Acme", windowMinutes: 30, leadUrl: "https://x/leads/1" } });
    const alert = await renderEmail({ name: "rep-alert", props: repAlertProps({ lead: { estimatedValue: 200000, currency: "EUR" } }) });
    expect(review.text).toContain("(est. €200,000)");
    expect(alert.text).toContain("· est. €200,000");
  });
});

// The zone as the booking emails name it ("Los Angeles (GMT−8)"), with its offset at the instant
// said (summer time in July), never an IANA id ("(America/Los Angeles)").
describe("zonedTime", () => {
  const DEC = "2026-12-01T19:30:00Z";
  it.each<[string | undefined, string, string]>([
    ["America/New_York", DEC, "Tuesday, 1 December 2026, 14:30 New York (GMT−5)"],
    ["America/New_York", "2026-07-01T18:30:00Z", "Wednesday, 1 July 2026, 14:30 New York (GMT−4)"],
    ["America/Los_Angeles", "2026-07-01T18:30:00Z", "Wednesday, 1 July 2026, 11:30 Los Angeles (GMT−7)"],
    ["Asia/Kolkata", DEC, "Wednesday, 2 December 2026, 01:00 Kolkata (GMT+5:30)"],
    ["Asia/Calcutta", DEC, "Wednesday, 2 December 2026, 01:00 Kolkata (GMT+5:30)"],
    ["Mars/Olympus", DEC, "Tuesday, 1 December 2026, 19:30 UTC (GMT+0)"],
    ["", DEC, "Tuesday, 1 December 2026, 19:30 UTC (GMT+0)"],
    [undefined, DEC, "Tuesday, 1 December 2026, 19:30 UTC (GMT+0)"],
  ])("%s at %s → %s (twice: the second from the zone's cached formatter)", (zone, iso, expected) => {
    const at = new Date(iso);
    expect(zonedTime(at, zone)).toBe(expected);
    expect(zonedTime(at, zone)).toBe(expected);
  });
});

// The who line carries the number to call, after the email (speed-to-lead is often a call).
describe("the alert's who line", () => {
  it.each<[string, string | null | undefined, RegExp]>([
    ["with a phone", "+1 555 010 0199", /Iris\*{0,2} · iris@bank\.com · \+1 555 010 0199 · Bank$/],
    ["without (null)", null, /Iris\*{0,2} · iris@bank\.com · Bank$/],
    ["without (absent)", undefined, /Iris\*{0,2} · iris@bank\.com · Bank$/],
  ])("%s", async (_what, phone, expected) => {
    const { text } = await renderEmail({ name: "rep-alert", props: repAlertProps({ lead: { phone } }) });
    const who = text.replace(/\u00a0/g, " ").split("\n").find((l) => l.includes("iris@bank.com"));
    expect(who).toMatch(expected);
  });
});

describe("the alert's answers", () => {
  it("a label with its own punctuation gets no colon after it, in the HTML and the text", async () => {
    const props = repAlertProps({ answers: [{ label: "I agree to be contacted about Switchboard.", value: "Yes" }, { label: "Company", value: "Initech" }] });
    const { html, text } = await renderEmail({ name: "rep-alert", props });
    for (const part of [html, text]) {
      expect(part).toContain("I agree to be contacted about Switchboard. Yes");
      expect(part).toContain("Company: Initech");
      expect(part).not.toContain("Switchboard.:");
    }
  });
});
