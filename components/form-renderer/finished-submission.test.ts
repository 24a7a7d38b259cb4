import { describe, expect, it } from "vitest";
import { finishedOf, isReturnToSamePage, parseFinished } from "./finished-submission";

const booking = { type: "booking", title: "Let's talk", body: "Pick a time" } as const;
const message = { type: "message", title: "Thanks", body: "" } as const;

describe("parseFinished (the end screen a reload of this tab shows again)", () => {
  it.each([
    { name: "a booking end screen with its token", raw: JSON.stringify({ leadId: "l1", outcome: booking, bookingToken: "tok" }), is: { leadId: "l1", outcome: booking, bookingToken: "tok" } },
    { name: "a booking end screen without a token (no times to pick)", raw: JSON.stringify({ leadId: "l1", outcome: booking, bookingToken: null }), is: { leadId: "l1", outcome: booking, bookingToken: null } },
    { name: "a message end screen", raw: JSON.stringify({ leadId: "l2", outcome: message, bookingToken: null }), is: { leadId: "l2", outcome: message, bookingToken: null } },
    { name: "extra keys in the outcome are dropped", raw: JSON.stringify({ leadId: "l2", outcome: { ...message, score: 90 }, bookingToken: null }), is: { leadId: "l2", outcome: message, bookingToken: null } },
    { name: "a redirect (never kept)", raw: JSON.stringify({ leadId: "l3", outcome: { type: "redirect", url: "https://x.test" }, bookingToken: null }), is: null },
    { name: "no lead id", raw: JSON.stringify({ outcome: message, bookingToken: null }), is: null },
    { name: "an empty token", raw: JSON.stringify({ leadId: "l1", outcome: booking, bookingToken: "" }), is: null },
    { name: "a title that is not text", raw: JSON.stringify({ leadId: "l1", outcome: { type: "message", title: 1, body: "" }, bookingToken: null }), is: null },
    { name: "not JSON", raw: "{oops", is: null },
    { name: "nothing stored", raw: null, is: null },
  ])("$name", ({ raw, is }) => {
    expect(parseFinished(raw)).toEqual(is);
  });
});

describe("finishedOf (what a successful submission keeps)", () => {
  it.each([
    { name: "booking: the end screen and its token", outcome: booking, token: "tok", is: { leadId: "l1", outcome: booking, bookingToken: "tok" } },
    { name: "message: the end screen", outcome: message, token: null, is: { leadId: "l1", outcome: message, bookingToken: null } },
    { name: "redirect: nothing (coming back must not send the prospect away again)", outcome: { type: "redirect", url: "https://x.test" } as const, token: null, is: null },
  ])("$name", ({ outcome, token, is }) => {
    expect(finishedOf("l1", outcome, token)).toEqual(is);
    // What is kept reads back as itself.
    if (is) expect(parseFinished(JSON.stringify(is))).toEqual(is);
  });
});

describe("isReturnToSamePage (only a reload or back/forward shows the end screen again)", () => {
  it.each([
    { type: "reload", is: true },
    { type: "back_forward", is: true },
    { type: "navigate", is: false }, // a link, the address typed, a new tab: a fresh form
    { type: "prerender", is: false },
    { type: undefined, is: false },
  ])("$type → $is", ({ type, is }) => {
    expect(isReturnToSamePage(type)).toBe(is);
  });
});
