import { describe, expect, it } from "vitest";
import { copySnippetLabel } from "./copy-label";

describe("copySnippetLabel", () => {
  it.each([
    ["Inline", "Copy inline snippet"],
    ["Popup", "Copy popup snippet"],
    ["JavaScript API", "Copy JavaScript API snippet"],
    ["API", "Copy API snippet"],
    ["WordPress plugin", "Copy WordPress plugin snippet"],
    ["Inline HTML", "Copy inline HTML snippet"],
  ])("%s → %s", (title, expected) => {
    expect(copySnippetLabel(title)).toBe(expected);
  });
});
