import { describe, expect, it } from "vitest";
import { normalizeTags, ZTagList } from "./tags";

describe("normalizeTags", () => {
  it.each<[string, string | string[], string[]]>([
    ["trims and drops blanks", ["  SaaS ", "", "   "], ["SaaS"]],
    ["dedupes case-insensitively, keeping the first spelling", ["SaaS", "saas", "SAAS", "Fintech"], ["SaaS", "Fintech"]],
    ["splits a comma-separated string", "German, english ,, English", ["German", "english"]],
    ["collapses inner whitespace", ["North   America"], ["North America"]],
    ["keeps order", ["b", "a", "c"], ["b", "a", "c"]],
    ["empty string", "", []],
  ])("%s", (_name, input, expected) => expect(normalizeTags(input)).toEqual(expected));

  it("limits the count", () => {
    const many = Array.from({ length: 31 }, (_, i) => `tag${i}`);
    expect(ZTagList.safeParse(many).success).toBe(false);
    expect(ZTagList.safeParse(many.slice(0, 30)).success).toBe(true);
  });
});
