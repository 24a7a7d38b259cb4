// Sources read as words wherever a person picks or reads them (analytics showed "api", "embed", "hosted").
import { describe, expect, it } from "vitest";
import { sourceLabel } from "./source-label";

describe("sourceLabel", () => {
  it.each([
    ["hosted", "Hosted form"],
    ["embed", "Embedded form"],
    ["api", "API"],
    ["public_api", "Form's public API"],
    ["import", "Import"],
    ["webinar_2026", "Webinar 2026"],
    ["constructor", "Constructor"],
  ])("%s → %s", (source, expected) => {
    expect(sourceLabel(source)).toBe(expected);
  });
});
