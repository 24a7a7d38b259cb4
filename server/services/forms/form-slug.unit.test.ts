import { describe, expect, it } from "vitest";
import { SLUG_PATTERN, slugify } from "./form-slug";

describe("slugify", () => {
  it.each([
    ["Demo Request", "demo-request"],
    ["  Démo — Requête!! ", "demo-requete"],
    ["Smoke <b>Demo</b>", "smoke-b-demo-b"],
    ["!!!", "form"],
    ["日本語", "form"],
    ["a".repeat(100), "a".repeat(60)],
    [`${"ab-".repeat(30)}x`, "ab-".repeat(20).replace(/-$/, "")],
  ])("%j → %j", (name, slug) => {
    expect(slugify(name)).toBe(slug);
    expect(SLUG_PATTERN.test(slugify(name))).toBe(true);
  });
});
