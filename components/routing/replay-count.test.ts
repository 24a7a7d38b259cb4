import { describe, expect, it } from "vitest";
import { replayCount } from "./replay-count";

describe("replayCount: the Last N field as typed, read on submit", () => {
  it.each([
    { typed: "50", want: 50 },
    { typed: " 120 ", want: 120 },
    { typed: "1", want: 1 },
    { typed: "500", want: 500 },
    { typed: "0", want: 1 },
    { typed: "-3", want: 1 },
    { typed: "9000", want: 500 },
    { typed: "12.6", want: 13 },
    { typed: "", want: null },
    { typed: "  ", want: null },
    { typed: "abc", want: null },
  ])("$typed → $want", ({ typed, want }) => {
    expect(replayCount(typed)).toBe(want);
  });
});
