// The Meetings card's words for a meeting recorded outside Switchboard's calendar: who recorded it
// and where (a member in the inbox or on the lead page, a CRM through the API, the seeded history's
// rep), which outcome (the newest "meeting booked", else held / no-show), none without one.
import { describe, expect, it } from "vitest";
import { recordedMeeting } from "./recorded-meeting";

const names = { userName: (id: string) => ({ u1: "Sarah Chen", u2: "Morgan Manager" })[id] ?? "a former member", repName: (id: string) => ({ r1: "Sarah Chen" })[id] ?? "a former rep" };
const AT = new Date("2026-11-20T14:00:00Z");
const EARLIER = new Date("2026-11-10T14:00:00Z");
const outcome = (over: Partial<Parameters<typeof recordedMeeting>[0][number]>) => ({ stage: "MEETING_BOOKED" as const, occurredAt: AT, source: "INBOX" as const, actorUserId: "u1", repId: "r1", ...over });
const text = (r: ReturnType<typeof recordedMeeting>) => (r ? `${r.before}<${r.at.toISOString()}>${r.after}` : null);

describe("recordedMeeting", () => {
  it.each([
    ["a rep in the inbox", [outcome({})], "A meeting was recorded as booked on <2026-11-20T14:00:00.000Z> by Sarah Chen in the inbox."],
    ["a manager on the lead page", [outcome({ source: "LEAD_PAGE", actorUserId: "u2" })], "A meeting was recorded as booked on <2026-11-20T14:00:00.000Z> by Morgan Manager on the lead page."],
    ["a CRM through the API (no member)", [outcome({ source: "API", actorUserId: null })], "A meeting was recorded as booked on <2026-11-20T14:00:00.000Z> from your CRM through the API."],
    ["the app, for the owner rep (demo history)", [outcome({ source: "SYSTEM", actorUserId: null })], "A meeting was recorded as booked on <2026-11-20T14:00:00.000Z> for Sarah Chen."],
    ["a removed member", [outcome({ actorUserId: "gone" })], "A meeting was recorded as booked on <2026-11-20T14:00:00.000Z> by a former member in the inbox."],
    ["the newest 'meeting booked' before a later 'won'", [outcome({ stage: "WON" }), outcome({ occurredAt: EARLIER })], "A meeting was recorded as booked on <2026-11-10T14:00:00.000Z> by Sarah Chen in the inbox."],
    ["'meeting booked' rather than a later 'held'", [outcome({ stage: "MEETING_HELD" }), outcome({ occurredAt: EARLIER })], "A meeting was recorded as booked on <2026-11-10T14:00:00.000Z> by Sarah Chen in the inbox."],
    ["only 'meeting held'", [outcome({ stage: "MEETING_HELD" })], "A meeting was recorded as held on <2026-11-20T14:00:00.000Z> by Sarah Chen in the inbox."],
    ["only a no-show", [outcome({ stage: "NO_SHOW" })], "A meeting was recorded as a no-show on <2026-11-20T14:00:00.000Z> by Sarah Chen in the inbox."],
    ["a booking's own outcome (its booking is on the card)", [outcome({ source: "BOOKING" })], null],
    ["no meeting outcome", [outcome({ stage: "CONTACTED" }), outcome({ stage: "ACCEPTED", source: "SYSTEM" })], null],
    ["no outcome at all", [], null],
  ] as const)("%s", (_, outcomes, expected) => {
    expect(text(recordedMeeting(outcomes, names))).toBe(expected);
  });
});
