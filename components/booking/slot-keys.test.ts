import { describe, expect, it } from "vitest";
import { movedIndex } from "./slot-keys";

describe("movedIndex", () => {
  it.each([
    ["ArrowRight", 0, 3, 1],
    ["ArrowDown", 1, 3, 2],
    ["ArrowDown", 2, 3, 0],
    ["ArrowLeft", 0, 3, 2],
    ["ArrowUp", 2, 3, 1],
    ["Home", 2, 3, 0],
    ["End", 0, 3, 2],
  ])("%s from %i of %i → %i", (key, index, count, expected) => {
    expect(movedIndex(key, index, count)).toBe(expected);
  });

  it("ignores other keys and an empty list", () => {
    expect(movedIndex("Tab", 0, 3)).toBeNull();
    expect(movedIndex("Enter", 0, 3)).toBeNull();
    expect(movedIndex("ArrowDown", 0, 0)).toBeNull();
  });
});
