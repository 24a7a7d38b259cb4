import { describe, expect, it } from "vitest";
import { describeLeadEvent, type TEventText } from "./event-text";
import { unsubscribeNotice, type TUnsubscribeNotice } from "./nurture-event-text";

const names = { repName: () => "a rep", userName: () => "a member" };
const FROM = { subject: "Still exploring, Sam?", sequenceName: "Founders", stepIndex: 2, sendId: "s1" };

describe("nurture events on the timeline", () => {
  it.each<[string, string, unknown, TEventText | null]>([
    ["enrolled: the sequence's name, its version second", "nurture_enrolled", { sequenceId: "q1", sequenceName: "Founders", version: 3 }, { title: "Enrolled in the nurture sequence Founders", detail: "version 3" }],
    ["enrolled before names were stored", "nurture_enrolled", { sequenceId: "q1", version: 2 }, { title: "Enrolled in a nurture sequence", detail: "version 2" }],
    ["not enrolled", "nurture_not_enrolled", { reason: "no_sequence" }, { title: "Not enrolled in nurture", detail: "no default sequence in nurture settings" }],
    ["not enrolled: no consent question ticked", "nurture_not_enrolled", { reason: "no_marketing_consent", consentVia: "none" }, { title: "Not enrolled in nurture", detail: "no marketing consent: no consent question of the form was ticked" }],
    ["not enrolled: the API said no", "nurture_not_enrolled", { reason: "no_marketing_consent", consentVia: "api" }, { title: "Not enrolled in nurture", detail: "no marketing consent: the API sent consent.marketing false" }],
    ["enrolled on a ticked consent question", "nurture_enrolled", { sequenceName: "Founders", version: 3, consent: { via: "form_question", fieldKey: "guide_consent" } }, { title: "Enrolled in the nurture sequence Founders", detail: "version 3 · marketing consent: form question guide_consent" }],
    ["enrolled on the API's consent", "nurture_enrolled", { sequenceName: "Founders", version: 1, consent: { via: "api" } }, { title: "Enrolled in the nurture sequence Founders", detail: "version 1 · marketing consent from the API" }],
    ["API consent recorded", "nurture_consent", { marketing: true, via: "api" }, { title: "Marketing consent given", detail: "sent with the lead through the API" }],
    ["API consent refused", "nurture_consent", { marketing: false, via: "api" }, { title: "Marketing consent refused", detail: "sent with the lead through the API" }],
    ["email sent", "nurture_email_sent", { subject: "Welcome, Sam", sequenceName: "Founders" }, { title: "Nurture email sent: Welcome, Sam", detail: "Founders" }],
    ["unsubscribed during the sequence: which email", "nurture_exited", { reason: "unsubscribed", ...FROM }, { title: "Left the nurture sequence: unsubscribed", detail: "From “Still exploring, Sam?” (Founders)" }],
    ["exit without an email", "nurture_exited", { reason: "ended" }, { title: "Left the nurture sequence: the sequence ended", detail: null }],
    ["graduated", "nurture_exited", { reason: "graduated", engagement: "click", points: 60 }, { title: "Left the nurture sequence: graduated to sales", detail: "after a click (+60 intent)" }],
    ["unsubscribed after the sequence ended", "nurture_unsubscribed", FROM, { title: "Unsubscribed from nurture emails", detail: "From “Still exploring, Sam?” (Founders)" }],
    ["unsubscribed, no sequence name", "nurture_unsubscribed", { subject: "Hi" }, { title: "Unsubscribed from nurture emails", detail: "From “Hi”" }],
    ["an unknown nurture event", "nurture_mystery", {}, null],
  ])("%s", (_name, type, data, text) => {
    expect(describeLeadEvent(type, data, names, "USD")).toEqual(text);
  });
});

const at = (minute: number) => new Date(Date.UTC(2026, 11, 1, 15, minute));

describe("unsubscribeNotice", () => {
  it.each<[string, { type: string; data: unknown; createdAt: Date }[], TUnsubscribeNotice | null]>([
    ["no events", [], null],
    ["other exits only", [{ type: "nurture_exited", data: { reason: "ended" }, createdAt: at(1) }], null],
    ["during a sequence", [{ type: "nurture_exited", data: { reason: "unsubscribed", ...FROM }, createdAt: at(2) }], { at: at(2), subject: "Still exploring, Sam?", sequenceName: "Founders" }],
    [
      "after the sequence ended",
      [
        { type: "nurture_exited", data: { reason: "ended" }, createdAt: at(1) },
        { type: "nurture_unsubscribed", data: FROM, createdAt: at(5) },
      ],
      { at: at(5), subject: "Still exploring, Sam?", sequenceName: "Founders" },
    ],
    ["an exit written before emails were named", [{ type: "nurture_exited", data: { reason: "unsubscribed" }, createdAt: at(3) }], { at: at(3), subject: null, sequenceName: null }],
    [
      "the latest of two",
      [
        { type: "nurture_exited", data: { reason: "unsubscribed", subject: "First" }, createdAt: at(1) },
        { type: "nurture_unsubscribed", data: { subject: "Second" }, createdAt: at(9) },
      ],
      { at: at(9), subject: "Second", sequenceName: null },
    ],
    ["malformed data", [{ type: "nurture_unsubscribed", data: "oops", createdAt: at(4) }], { at: at(4), subject: null, sequenceName: null }],
  ])("%s", (_name, events, notice) => {
    expect(unsubscribeNotice(events)).toEqual(notice);
  });
});
