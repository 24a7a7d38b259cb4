import { describe, expect, it } from "vitest";
import { leadStatusBadge, type TStatusInput } from "./lead-status";

describe("leadStatusBadge", () => {
  const until = new Date("2026-12-01T15:30:00Z");
  it.each<[string, TStatusInput, { label: string; tone: string }]>([
    ["assigned", { status: "ASSIGNED" }, { label: "Assigned", tone: "blue" }],
    ["accepted", { status: "ACCEPTED" }, { label: "Accepted", tone: "green" }],
    ["provisional with a deadline", { status: "ASSIGNED", isProvisional: true, reviewUntil: until }, { label: "Provisional — awaiting review until 15:30 UTC", tone: "amber" }],
    ["provisional and accepted", { status: "ACCEPTED", isProvisional: true, reviewUntil: until }, { label: "Provisional — awaiting review until 15:30 UTC", tone: "amber" }],
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
});
