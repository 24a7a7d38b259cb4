import { describe, expect, it } from "vitest";
import { afterWait, nextDueAt, outsideQuietHours } from "./due-time";
import { DEFAULT_TIERS, scoreEngagement } from "./graduation";
import { markdownToBlocks, mergeBlocks, rewriteLinks } from "./markdown-blocks";
import { mergeText, mergeValuesOf, unknownMergeFields } from "./merge-fields";
import { ZSequenceDefinition } from "./sequence-definition";
import { nextEmailStep } from "./sequence-progress";

const values = mergeValuesOf({ name: "Ada Lovelace", company: "Analytical Ltd", email: "ada@example.org", repName: "Tom Becker" });

describe("merge fields", () => {
  it.each([
    { text: "Hi {{first_name}}", expected: "Hi Ada" },
    { text: "{{ company }} and {{rep.name}}", expected: "Analytical Ltd and Tom Becker" },
    { text: "{{email}} / {{name}}", expected: "ada@example.org / Ada Lovelace" },
    { text: "Unknown {{foo}} stays", expected: "Unknown {{foo}} stays" },
  ])("$text → $expected", ({ text, expected }) => expect(mergeText(text, values)).toBe(expected));

  it.each([
    { name: null, expected: "Hi there," },
    { name: "  ", expected: "Hi there," },
  ])("a lead without a name ($name) is greeted with the fallback", ({ name, expected }) => {
    expect(mergeText("Hi {{first_name}},", mergeValuesOf({ name, company: null, email: null, repName: null }))).toBe(expected);
  });

  it("names unknown fields, once", () => expect(unknownMergeFields("{{first_name}} {{fisrt_name}} {{fisrt_name}} {{rep.email}}")).toEqual(["fisrt_name", "rep.email"]));

  it("refuses a sequence that uses an unknown field, at its path", () => {
    const parsed = ZSequenceDefinition.safeParse({ steps: [{ id: "a", type: "email", subject: "Hi {{frist_name}}", body: "x" }] });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.path).toEqual(["steps", 0, "subject"]);
  });
});

describe("markdown blocks", () => {
  it("parses headings, emphasis, links and lists into blocks", () => {
    const blocks = markdownToBlocks("# Hello\n\nHi **{{first_name}}**, see [our guide](https://example.com/guide).\n\n- one\n- two");
    expect(blocks.map((b) => b.kind)).toEqual(["heading", "paragraph", "list"]);
    const merged = mergeBlocks(blocks, values);
    expect(merged[1]).toEqual({ kind: "paragraph", inlines: [{ kind: "text", text: "Hi " }, { kind: "text", text: "Ada", bold: true }, { kind: "text", text: ", see " }, { kind: "link", href: "https://example.com/guide", text: "our guide" }, { kind: "text", text: "." }] });
  });

  it.each([
    { md: "<script>alert(1)</script>", text: "<script>alert(1)</script>" },
    { md: "Hi <b>there</b>", text: "Hi <b>there</b>" },
    { md: "[x](javascript:alert(1))", text: "x" },
  ])("keeps raw HTML and unsafe links as text: $md", ({ md, text }) => {
    const blocks = markdownToBlocks(md);
    const json = JSON.stringify(blocks);
    expect(json).not.toContain('"kind":"link"');
    expect(blocks.flatMap((b) => ("inlines" in b ? b.inlines.map((i) => i.text) : [])).join("")).toBe(text);
  });

  it("a lead's value cannot become markup or a link", () => {
    const merged = mergeBlocks(markdownToBlocks("Hello {{company}}"), { company: "[win](https://evil.example) **x**" });
    expect(merged).toEqual([{ kind: "paragraph", inlines: [{ kind: "text", text: "Hello [win](https://evil.example) **x**" }] }]);
  });

  it("rewrites http(s) links in order, never mailto", () => {
    const blocks = rewriteLinks(markdownToBlocks("[a](https://a.example) [m](mailto:x@y.example) [b](http://b.example)"), (href, i) => `https://t/${i}?u=${href}`);
    const links = blocks.flatMap((b) => ("inlines" in b ? b.inlines : [])).filter((i) => i.kind === "link").map((i) => (i.kind === "link" ? i.href : ""));
    expect(links).toEqual(["https://t/0?u=https://a.example", "mailto:x@y.example", "https://t/1?u=http://b.example"]);
  });
});

describe("due times", () => {
  const quietNone = { startHour: 0, endHour: 0 };
  it.each([
    { name: "hours are elapsed time across the spring-forward night", from: "2026-03-08T06:30:00Z", wait: { amount: 2, unit: "hours" as const, sendAtHour: null }, zone: "America/New_York", expected: "2026-03-08T08:30:00.000Z" },
    { name: "a day keeps the local time of day across DST (09:00 EST → 09:00 EDT)", from: "2026-03-07T14:00:00Z", wait: { amount: 1, unit: "days" as const, sendAtHour: null }, zone: "America/New_York", expected: "2026-03-08T13:00:00.000Z" },
    { name: "days at a local morning hour", from: "2026-10-24T20:00:00Z", wait: { amount: 2, unit: "days" as const, sendAtHour: 9 }, zone: "Europe/Berlin", expected: "2026-10-26T08:00:00.000Z" },
    { name: "business days skip the weekend (Fri + 1 → Mon)", from: "2026-12-04T15:00:00Z", wait: { amount: 1, unit: "business_days" as const, sendAtHour: 9 }, zone: "UTC", expected: "2026-12-07T09:00:00.000Z" },
    { name: "business days over a month end (Thu 29 Oct + 3 → Tue 3 Nov)", from: "2026-10-29T10:00:00Z", wait: { amount: 3, unit: "business_days" as const, sendAtHour: 8 }, zone: "Asia/Tokyo", expected: "2026-11-02T23:00:00.000Z" },
    { name: "an unknown zone counts as UTC", from: "2026-12-01T10:00:00Z", wait: { amount: 1, unit: "days" as const, sendAtHour: 9 }, zone: "Mars/Base", expected: "2026-12-02T09:00:00.000Z" },
  ])("$name", ({ from, wait, zone, expected }) => {
    expect(afterWait(new Date(from), wait, zone).toISOString()).toBe(expected);
    expect(nextDueAt({ from: new Date(from), waitsBefore: [wait], timeZone: zone, quiet: quietNone }).toISOString()).toBe(expected);
  });

  it.each([
    { name: "inside evening quiet hours → next morning", at: "2026-12-01T22:30:00Z", zone: "UTC", expected: "2026-12-02T08:00:00.000Z" },
    { name: "inside the early-morning part → the same morning", at: "2026-12-02T03:00:00Z", zone: "UTC", expected: "2026-12-02T08:00:00.000Z" },
    { name: "outside quiet hours → unchanged", at: "2026-12-02T12:00:00Z", zone: "UTC", expected: "2026-12-02T12:00:00.000Z" },
    { name: "in the lead's zone (21:00 New York is quiet → 08:00 New York)", at: "2026-12-02T02:00:00Z", zone: "America/New_York", expected: "2026-12-02T13:00:00.000Z" },
  ])("quiet hours 20–8: $name", ({ at, zone, expected }) => {
    expect(outsideQuietHours(new Date(at), zone, { startHour: 20, endHour: 8 }).toISOString()).toBe(expected);
  });

  it("no quiet hours when start equals end", () => expect(outsideQuietHours(new Date("2026-12-01T23:00:00Z"), "UTC", quietNone).toISOString()).toBe("2026-12-01T23:00:00.000Z"));
});

describe("sequence progress", () => {
  const def = ZSequenceDefinition.parse({
    steps: [
      { id: "e1", type: "email", subject: "1", body: "b" },
      { id: "w1", type: "wait", amount: 2, unit: "days" },
      { id: "w2", type: "wait", amount: 3, unit: "hours" },
      { id: "e2", type: "email", subject: "2", body: "b" },
      { id: "end", type: "end" },
    ],
  });
  it.each([
    { after: -1, expected: { stepIndex: 0, waits: 0 } },
    { after: 0, expected: { stepIndex: 3, waits: 2 } },
    { after: 3, expected: null },
  ])("after step $after", ({ after, expected }) => {
    const next = nextEmailStep(def, after);
    expect(next ? { stepIndex: next.stepIndex, waits: next.waitsBefore.length } : null).toEqual(expected);
  });
});

describe("intent → graduation", () => {
  const settings = { clickPoints: 10, returnVisitPoints: 15 };
  it.each([
    { name: "a click that crosses 60 graduates", kind: "click" as const, score: 50, intent: 0, tier: "nurture", knocked: false, graduated: true, newIntent: 10 },
    { name: "a click below the threshold does not", kind: "click" as const, score: 30, intent: 10, tier: "nurture", knocked: false, graduated: false, newIntent: 20 },
    { name: "a return visit adds 15", kind: "return_visit" as const, score: 40, intent: 10, tier: "nurture", knocked: false, graduated: true, newIntent: 25 },
    { name: "a knocked-out lead never graduates", kind: "click" as const, score: 90, intent: 0, tier: "disqualified", knocked: true, graduated: false, newIntent: 10 },
    { name: "already sales-ready is not a crossing", kind: "click" as const, score: 70, intent: 0, tier: "sales_ready", knocked: false, graduated: false, newIntent: 10 },
  ])("$name", ({ kind, score, intent, tier, knocked, graduated, newIntent }) => {
    const result = scoreEngagement({ kind, scoreTotal: score, intentPoints: intent, currentTier: tier, isKnockedOut: knocked, tiers: DEFAULT_TIERS, settings });
    expect(result.isGraduated).toBe(graduated);
    expect(result.intentPoints).toBe(newIntent);
    if (graduated) expect(result.tier).toBe("sales_ready");
  });
});
