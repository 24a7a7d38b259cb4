import { describe, expect, it } from "vitest";
import type { TEventText } from "@/components/assignments/event-text";
import { describeEventData, humanize, leadEventText } from "./lead-event-text";

const names = { repName: (id: string) => ({ r_sarah: "Sarah Chen" })[id] ?? "a former rep", userName: (id: string) => ({ u_maya: "Maya Manager" })[id] ?? "a former member" };
const tiers = { sales_ready: "Sales-ready", nurture: "Nurture" };

describe("leadEventText", () => {
  it.each<[string, string, unknown, TEventText]>([
    ["API submission", "submitted", { source: "api", isRepeat: false, formVersion: 1 }, { title: "Submitted through the API", detail: "Form version 1" }],
    ["an anonymous post to the form's public API", "submitted", { source: "public_api", isRepeat: false, formVersion: 1 }, { title: "Submitted through the form's public API", detail: "Form version 1" }],
    ["hosted form", "submitted", { formVersion: 3, source: "hosted", isRepeat: false }, { title: "Submitted on the hosted form", detail: "Form version 3" }],
    ["embed, a repeat", "submitted", { formVersion: 2, source: "embed", isRepeat: true }, { title: "Submitted through the embedded form", detail: "Form version 2 · repeat of an earlier lead" }],
    ["leads API without a form", "submitted", { formVersion: null, source: "webinar", isRepeat: false, via: "api" }, { title: "Submitted through the leads API (source: webinar)", detail: null }],
    ["leads API, source api", "submitted", { formVersion: null, source: "api", isRepeat: false, via: "api" }, { title: "Submitted through the API", detail: null }],
    ["unknown source", "submitted", { source: "trade_show", formVersion: 1 }, { title: "Submitted (source: trade_show)", detail: "Form version 1" }],
    ["no data", "submitted", null, { title: "Submitted", detail: null }],
    ["future field on a known event", "submitted", { source: "hosted", formVersion: 1, campaignCode: "Q4" }, { title: "Submitted on the hosted form", detail: "Form version 1 · campaign code: Q4" }],
    ["scored, tier named by the model", "scored", { tier: "sales_ready", total: 165 }, { title: "Scored 165 — Sales-ready", detail: null }],
    ["scored, tier not in the model", "scored", { tier: "cold_lead", total: -5 }, { title: "Scored -5 — Cold lead", detail: null }],
    ["scored without a tier", "scored", { total: 0 }, { title: "Scored 0", detail: null }],
    ["spam: honeypot", "flagged_spam", { reason: "honeypot" }, { title: "Flagged as spam", detail: "The hidden trap field was filled in" }],
    ["spam: too fast", "flagged_spam", { reason: "too_fast" }, { title: "Flagged as spam", detail: "Sent faster than a person can fill the form" }],
    ["spam: a new reason", "flagged_spam", { reason: "blocked_domain" }, { title: "Flagged as spam", detail: "Reason: blocked domain" }],
    ["spam cleared by a manager's hand assignment", "spam_cleared", { byUserId: "u_maya", assignmentId: "a_1" }, { title: "Marked not spam by Maya Manager (assigned by hand)", detail: null }],
    ["spam cleared through the API (no user)", "spam_cleared", { byUserId: null, assignmentId: "a_1" }, { title: "Marked not spam (assigned by hand)", detail: null }],
    ["time requested", "time_requested", { note: "Friday morning" }, { title: "Asked for another time", detail: "“Friday morning”" }],
    ["routing events still come from event-text", "accepted", { repId: "r_sarah", timeToAcceptMs: 192_000 }, { title: "Accepted by Sarah Chen", detail: "Time to accept 3 min 12 s" }],
    ["an unknown event type", "crm_synced", { crmId: "0061x", ok: true, nested: { a: 1 } }, { title: "Crm synced", detail: "Crm id: 0061x · ok: true" }],
    ["an unknown event with markup in its data", "x.custom", { note: "<script>alert(1)</script>" }, { title: "X custom", detail: "Note: <script>alert(1)</script>" }],
    ["an unknown event with a list as data", "webhook_fired", ["a", "b"], { title: "Webhook fired", detail: null }],
  ])("%s", (_name, type, data, expected) => {
    expect(leadEventText(type, data, names, { tierLabels: tiers, currency: "USD" })).toEqual(expected);
  });

  it("puts a tier key into words when no labels are given", () => {
    expect(leadEventText("scored", { tier: "sales_ready", total: 165 }, names, { currency: "USD" }).title).toBe("Scored 165 — Sales ready");
  });

  it("does not read a tier label from the object's prototype", () => {
    expect(leadEventText("scored", { tier: "constructor", total: 1 }, names, { tierLabels: tiers, currency: "USD" }).title).toBe("Scored 1 — Constructor");
  });
});

// History wrote "amount 90000.00" beside Lifecycle's "$90,000.00" and Summary's "$100,000".
describe("leadEventText: an outcome's amount in the lead's currency", () => {
  const outcome = (amount: string | null) => ({ stage: "OPPORTUNITY", amount, source: "LEAD_PAGE", stageChanged: true });
  it.each<[string, unknown, string, string | null]>([
    ["a whole amount", outcome("90000.00"), "USD", "from the lead page · amount $90,000"],
    ["cents kept", outcome("90000.50"), "USD", "from the lead page · amount $90,000.50"],
    ["the lead's currency", outcome("5000.00"), "EUR", "from the lead page · amount €5,000"],
    ["no amount", outcome(null), "USD", "from the lead page"],
  ])("%s", (_what, data, currency, detail) => {
    expect(leadEventText("outcome", data, names, { tierLabels: tiers, currency })).toEqual({ title: "Marked opportunity", detail });
  });

  it("leaves other events' amounts alone", () => {
    expect(leadEventText("crm_synced", { amount: "5.00" }, names, { tierLabels: tiers, currency: "USD" }).detail).toBe("Amount: 5.00");
  });
});

describe("describeEventData and humanize", () => {
  it.each<[unknown, string]>([
    [{ isRepeat: false, formVersion: 1 }, "is repeat: false · form version: 1"],
    [{ total: 3, tier: "nurture" }, "total: 3 · tier: nurture"],
    [{ obj: { a: 1 }, list: [1], nothing: null }, ""],
    ["text", ""],
    [null, ""],
  ])("%j → %s", (data, text) => {
    expect(describeEventData(data)).toBe(text);
  });

  it.each([
    ["sales_ready", "sales ready"],
    ["formVersion", "form version"],
    ["crm.synced", "crm synced"],
  ])("%s → %s", (key, words) => {
    expect(humanize(key)).toBe(words);
  });
});
