import { describe, expect, it } from "vitest";
import { ZFormDefinition } from "./definition";
import { resolveOutcome } from "./resolve-outcome";

const form = ZFormDefinition.parse({
  title: "Demo",
  steps: [{ id: "s", fields: [] }],
  outcomes: [
    { id: "thanks", type: "message", title: "Thanks" },
    { id: "book", type: "booking", title: "Book a call" },
    { id: "student", type: "redirect", url: "https://example.com/students" },
  ],
  tierOutcomes: { hot: "book", warm: "missing" },
  defaultOutcomeId: "thanks",
});

describe("resolveOutcome", () => {
  it.each<[string, string, string | null, string]>([
    ["an early end's outcome wins over the tier", "hot", "student", "student"],
    ["tier outcome", "hot", null, "book"],
    ["tier without outcome → default", "cold", null, "thanks"],
    ["tier outcome pointing nowhere → default", "warm", null, "thanks"],
    ["early end pointing nowhere → tier", "hot", "gone", "book"],
    ["inherited object keys are not tiers", "toString", null, "thanks"],
  ])("%s", (_name, tier, endOutcomeId, expected) => expect(resolveOutcome(form, { tier, endOutcomeId }).id).toBe(expected));

  it("falls back to the first outcome when the default is missing", () => {
    expect(resolveOutcome({ ...form, defaultOutcomeId: "nope" }, { tier: "cold", endOutcomeId: null }).id).toBe("thanks");
  });
});
