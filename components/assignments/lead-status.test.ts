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
  ])("%s", (_name, input, badge) => {
    expect(leadStatusBadge(input)).toEqual(badge);
  });
});
