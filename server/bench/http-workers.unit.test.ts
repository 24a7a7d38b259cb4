import { describe, expect, it } from "vitest";
import { workerCountOf } from "./http-stack-bench";

describe("workerCountOf (BENCH_HTTP_WORKERS)", () => {
  it.each([
    [undefined, 2],
    ["", 2],
    ["1", 1],
    ["3", 3],
    ["8", 8],
  ])("%j → %i worker processes", (value, count) => {
    expect(workerCountOf(value)).toBe(count);
  });

  it.each(["0", "-1", "1.5", "nine", "9"])("%j is refused, naming the variable", (value) => {
    expect(() => workerCountOf(value)).toThrow(/BENCH_HTTP_WORKERS/);
  });
});
