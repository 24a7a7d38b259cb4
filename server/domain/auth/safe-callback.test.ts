import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "./safe-callback";

describe("safeCallbackPath", () => {
  it.each([
    { value: "/inbox", expected: "/inbox" },
    { value: "/invite/abc?x=1#top", expected: "/invite/abc?x=1#top" },
    { value: "/leads/a%2Fb", expected: "/leads/a%2Fb" },
    // Other origins, however written
    { value: "//evil.example.com", expected: null },
    { value: "/\\evil.example.com", expected: null },
    { value: "/\\/evil.example.com", expected: null },
    { value: "\\\\evil.example.com", expected: null },
    { value: "/\t/evil.example.com", expected: null },
    { value: "/\n/evil.example.com", expected: null },
    { value: "/\r/evil.example.com", expected: null },
    { value: "https://evil.example.com/dashboard", expected: null },
    { value: "javascript:alert(1)", expected: null },
    { value: "evil.example.com", expected: null },
    { value: "", expected: null },
    { value: null, expected: null },
    { value: 42, expected: null },
    { value: `/${"a".repeat(2_001)}`, expected: null },
  ])("$value → $expected", ({ value, expected }) => {
    expect(safeCallbackPath(value)).toBe(expected);
  });
});
