import { describe, expect, it } from "vitest";
import { SPAM_TIER } from "./build-lead";
import { UNSCORED_TIER } from "./create-lead-request";
import { BUILT_IN_TIER_LABELS, tierLabelOf } from "./tier-label";

describe("tierLabelOf: what people read for a tier", () => {
  it.each<[string, string, string | null | undefined, string]>([
    ["a lead without a form (no label): Unscored", "unscored", undefined, "Unscored"],
    ["the services' fallback (the key as its label): Unscored", "unscored", "unscored", "Unscored"],
    ["spam: Spam", "spam", "spam", "Spam"],
    ["a form's tier: its model's label", "sales_ready", "Sales-ready", "Sales-ready"],
    ["a model's label that is an acronym stays as written", "sql", "SQL", "SQL"],
    ["a tier an integrator sent: as sent", "hot", "hot", "hot"],
    ["no label at all: the key", "enterprise_a", null, "enterprise_a"],
  ])("%s", (_name, tier, label, expected) => {
    expect(tierLabelOf(tier, label)).toBe(expected);
  });

  it("names the tiers the intake sets itself", () => {
    expect(Object.keys(BUILT_IN_TIER_LABELS).sort()).toEqual([SPAM_TIER, UNSCORED_TIER].sort());
  });
});
