import { describe, expect, it } from "vitest";
import { describeLeadEvent, type TEventText } from "./event-text";

const names = {
  repName: (id: string) => ({ r_sarah: "Sarah Chen", r_priya: "Priya Patel" })[id] ?? "a former rep",
  userName: (id: string) => ({ u_sarah: "Sarah Chen", u_mgr: "Morgan Manager" })[id] ?? "a former member",
};

describe("the accepted entry says how the lead was accepted", () => {
  it.each<[string, unknown, TEventText]>([
    ["the accept link or button", { repId: "r_sarah", timeToAcceptMs: 192_000, byUserId: null }, { title: "Accepted by Sarah Chen", detail: "Time to accept 3 min 12 s" }],
    [
      "working the lead from the inbox",
      { via: "outcome", stage: "CONTACTED", source: "INBOX", repId: "r_sarah", timeToAcceptMs: 3_420_000, byUserId: "u_sarah" },
      { title: "Accepted by Sarah Chen: marked contacted", detail: "From the inbox · Time to accept 57 min" },
    ],
    ["a CRM's event over the API", { via: "outcome", stage: "MEETING_HELD", source: "API", repId: "r_sarah", timeToAcceptMs: 90_000, byUserId: null }, { title: "Accepted by Sarah Chen: marked meeting held", detail: "From the API · Time to accept 1 min 30 s" }],
    ["an unknown stage", { via: "outcome", stage: "LATER", repId: "r_sarah" }, { title: "Accepted by Sarah Chen by working the lead", detail: null }],
    [
      "the prospect booked",
      { via: "booking", bookingId: "b1", bookedBy: "prospect", repId: "r_sarah", timeToAcceptMs: 720_000, byUserId: null },
      { title: "Accepted when the prospect booked a meeting with Sarah Chen", detail: "Time to accept 12 min" },
    ],
    [
      "the prospect booked the next best rep",
      { via: "booking", bookingId: "b1", bookedBy: "prospect", repId: "r_priya", timeToAcceptMs: 0, byUserId: null },
      { title: "Accepted when the prospect booked a meeting with Priya Patel", detail: "Time to accept 0 s" },
    ],
    [
      "a member booked from the lead page",
      { via: "booking", bookingId: "b1", bookedBy: "rep:u_mgr", repId: "r_sarah", timeToAcceptMs: 60_000, byUserId: "u_mgr" },
      { title: "Accepted when Morgan Manager booked a meeting with Sarah Chen", detail: "Time to accept 1 min" },
    ],
    ["booked through the API", { via: "booking", bookingId: "b1", bookedBy: "api", repId: "r_sarah", byUserId: null }, { title: "Accepted when a meeting with Sarah Chen was booked through the API", detail: null }],
  ])("%s", (_name, data, expected) => {
    expect(describeLeadEvent("accepted", data, names, "USD")).toEqual(expected);
  });
});
