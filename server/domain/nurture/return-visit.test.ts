import { describe, expect, it } from "vitest";
import { formSlugOfTarget, withReturnVisitToken } from "./return-visit";

describe("formSlugOfTarget", () => {
  it.each([
    ["http://localhost:3000/f/demo", "demo"],
    ["http://localhost:3000/f/demo/?utm_source=mail", "demo"],
    ["http://localhost:3000/f/demo#top", "demo"],
    ["http://localhost:3000/f/demo/thanks", null],
    ["http://localhost:3000/leads", null],
    ["https://localhost:3000/f/demo", null],
    ["http://evil.example/f/demo", null],
    ["http://localhost:3000.evil.example/f/demo", null],
    ["not a url", null],
  ])("%s → %s", (target, slug) => {
    expect(formSlugOfTarget(target, "http://localhost:3000")).toBe(slug);
  });
});

describe("withReturnVisitToken", () => {
  it("adds the token and keeps the other parameters", () => {
    expect(withReturnVisitToken("http://localhost:3000/f/demo?utm_source=mail&sb_rv=old", "abc.def")).toBe("http://localhost:3000/f/demo?utm_source=mail&sb_rv=abc.def");
  });
});
