import { describe, expect, it } from "vitest";
import { formatTimeMarks } from "@/components/leads/time-marks";
import { leadStatusBadge, type TStatusInput } from "./lead-status";

describe("leadStatusBadge", () => {
  const until = new Date("2026-12-01T15:30:00Z");
  it.each<[string, TStatusInput, { label: string; tone: string }]>([
    ["assigned", { status: "ASSIGNED" }, { label: "Assigned", tone: "blue" }],
    ["accepted", { status: "ACCEPTED" }, { label: "Accepted", tone: "green" }],
    ["provisional with a deadline", { status: "ASSIGNED", isProvisional: true, reviewUntil: until }, { label: "Provisional — awaiting review until \uE0002026-12-01T15:30:00.000Z\uE001", tone: "amber" }],
    ["provisional and accepted", { status: "ACCEPTED", isProvisional: true, reviewUntil: until }, { label: "Provisional — awaiting review until \uE0002026-12-01T15:30:00.000Z\uE001", tone: "amber" }],
    ["provisional without a known window", { status: "ASSIGNED", isProvisional: true }, { label: "Provisional — awaiting review", tone: "amber" }],
    ["backup queue", { status: "FALLBACK" }, { label: "Backup queue", tone: "amber" }],
    ["nurture", { status: "NURTURE" }, { label: "Nurture", tone: "gray" }],
    ["disqualified", { status: "DISQUALIFIED" }, { label: "Disqualified", tone: "red" }],
    ["new", { status: "NEW" }, { label: "New", tone: "gray" }],
    ["accepted, not yet worked", { status: "ACCEPTED", stage: "ACCEPTED" }, { label: "Accepted", tone: "green" }],
    ["contacted", { status: "ACCEPTED", stage: "CONTACTED" }, { label: "Contacted", tone: "green" }],
    ["opportunity", { status: "ACCEPTED", stage: "OPPORTUNITY" }, { label: "Opportunity", tone: "blue" }],
    ["no-show", { status: "ASSIGNED", stage: "NO_SHOW" }, { label: "No-show", tone: "amber" }],
    ["won", { status: "CLOSED", stage: "WON" }, { label: "Won", tone: "green" }],
    ["lost", { status: "CLOSED", stage: "LOST" }, { label: "Lost", tone: "gray" }],
    ["not a fit", { status: "CLOSED", stage: "NOT_A_FIT" }, { label: "Not a fit", tone: "gray" }],
    ["closed without a known stage", { status: "CLOSED" }, { label: "Closed", tone: "gray" }],
    ["provisional wins over the stage", { status: "ACCEPTED", stage: "CONTACTED", isProvisional: true }, { label: "Provisional — awaiting review", tone: "amber" }],
  ])("%s", (_name, input, badge) => {
    expect(leadStatusBadge(input)).toEqual(badge);
  });

  // The review deadline reads as the lead page's other times (<ZonedText>): the viewer's zone in the
  // browser, UTC, named, on the server — it was always "15:30 UTC", whatever the viewer's zone.
  it.each([
    ["the server (no viewer's zone)", undefined, "Provisional — awaiting review until Dec 1, 2026, 15:30 UTC"],
    ["a viewer in New York", "America/New_York", "Provisional — awaiting review until Dec 1, 2026, 10:30"],
    ["a viewer in Tokyo (the next day there)", "Asia/Tokyo", "Provisional — awaiting review until Dec 2, 2026, 00:30"],
  ])("the review deadline for %s", (_name, zone, text) => {
    const { label } = leadStatusBadge({ status: "ASSIGNED", isProvisional: true, reviewUntil: new Date("2026-12-01T15:30:00Z") });
    expect(formatTimeMarks(label, zone)).toBe(text);
  });
});
