import { describe, expect, it } from "vitest";
import { inboxRowSla, relativeClock } from "./inbox-sla-row";

// Sunday Dec 6, 2026, 21:50 UTC = 15:50 in Chicago (GMT−6).
const NOW = new Date("2026-12-06T21:50:00Z");
const at = (iso: string) => new Date(iso);

describe("inboxRowSla", () => {
  it.each<[string, { dueAt: Date; windowMinutes: number | null; isAccepted: boolean }, string | null, string]>([
    // A lead routed on Sunday evening to a rep off duty: the clock starts Monday 08:00 Chicago.
    ["off duty: when the clock starts and when it is due", { dueAt: at("2026-12-07T14:15:00Z"), windowMinutes: 15, isAccepted: false }, "America/Chicago", "SLA starts tomorrow 08:00 (your next working hours) · accept by 08:15"],
    ["off duty, accepted already: first contact is what is due", { dueAt: at("2026-12-07T14:15:00Z"), windowMinutes: 15, isAccepted: true }, "America/Chicago", "SLA starts tomorrow 08:00 (your next working hours) · first contact by 08:15"],
    ["off duty over a weekend: the weekday", { dueAt: at("2026-12-09T14:15:00Z"), windowMinutes: 15, isAccepted: false }, "America/Chicago", "SLA starts Wed 08:00 (your next working hours) · accept by 08:15"],
    ["off duty, a long leave: the date", { dueAt: at("2026-12-21T14:15:00Z"), windowMinutes: 15, isAccepted: false }, "America/Chicago", "SLA starts Dec 21, 08:00 (your next working hours) · accept by 08:15"],
    ["a window crossing midnight: the due day is named", { dueAt: at("2026-12-08T06:10:00Z"), windowMinutes: 15, isAccepted: false }, "America/Chicago", "SLA starts tomorrow 23:55 (your next working hours) · accept by Tue 00:10"],
    ["running: the deadline and what is left", { dueAt: at("2026-12-06T22:02:00Z"), windowMinutes: 15, isAccepted: false }, "America/Chicago", "Accept by 16:02 · 12 min left"],
    ["running, accepted: first contact", { dueAt: at("2026-12-06T22:02:00Z"), windowMinutes: 15, isAccepted: true }, "America/Chicago", "First contact by 16:02 · 12 min left"],
    ["running, under a minute left: 1 min, never 0", { dueAt: at("2026-12-06T21:50:20Z"), windowMinutes: 15, isAccepted: false }, "America/Chicago", "Accept by 15:50 · 1 min left"],
    ["unpublished policy: the default window (60 min) finds the start", { dueAt: at("2026-12-06T22:30:00Z"), windowMinutes: null, isAccepted: false }, "America/Chicago", "Accept by 16:30 · 40 min left"],
    ["a long window: hours left", { dueAt: at("2026-12-06T23:20:00Z"), windowMinutes: 120, isAccepted: false }, "America/Chicago", "Accept by 17:20 · 1 h 30 min left"],
    ["past: when it was due", { dueAt: at("2026-12-06T21:30:00Z"), windowMinutes: 15, isAccepted: true }, "America/Chicago", "Was due 15:30"],
    ["the same instant in another zone: its own clock and day", { dueAt: at("2026-12-07T14:15:00Z"), windowMinutes: 15, isAccepted: false }, "Asia/Tokyo", "SLA starts 23:00 (your next working hours) · accept by 23:15"],
    ["no zone known yet: UTC, named", { dueAt: at("2026-12-07T14:15:00Z"), windowMinutes: 15, isAccepted: false }, null, "SLA starts tomorrow 14:00 UTC (your next working hours) · accept by 14:15 UTC"],
  ])("%s", (_name, input, zone, text) => {
    expect(inboxRowSla(input, NOW, zone)).toBe(text);
  });
});

describe("relativeClock", () => {
  it.each<[string, string, string]>([
    ["today", "2026-12-06T23:00:00Z", "17:00"],
    ["tomorrow", "2026-12-07T23:00:00Z", "tomorrow 17:00"],
    ["this week", "2026-12-11T23:00:00Z", "Fri 17:00"],
    ["a week on", "2026-12-13T23:00:00Z", "Dec 13, 17:00"],
    ["earlier today", "2026-12-06T15:00:00Z", "09:00"],
    ["yesterday", "2026-12-05T15:00:00Z", "Dec 5, 09:00"],
  ])("%s", (_name, iso, text) => {
    expect(relativeClock(at(iso), NOW, "America/Chicago")).toBe(text);
  });
});
