import { describe, expect, it } from "vitest";
import { backlogFailure } from "./filters";
import { ZBacklogLimit } from "./routing-config";

const limit = ZBacklogLimit.parse({ max: 10 }); // untouched ×2, past SLA ×3, worked ×1

describe("capacity from the live backlog (BACKLOG)", () => {
  it.each([
    { name: "no backlog read: no verdict", backlog: undefined, want: null },
    { name: "an empty plate", backlog: { uncontacted: 0, pastSla: 0, worked: 0 }, want: null },
    { name: "nine worked leads stay under 10", backlog: { uncontacted: 0, pastSla: 0, worked: 9 }, want: null },
    { name: "five untouched leads weigh 10: stop", backlog: { uncontacted: 5, pastSla: 0, worked: 0 }, want: { weighted: 10 } },
    { name: "two past SLA and two untouched weigh 10: stop", backlog: { uncontacted: 2, pastSla: 2, worked: 0 }, want: { weighted: 10 } },
    { name: "the same four leads worked weigh 4: keep receiving", backlog: { uncontacted: 0, pastSla: 0, worked: 4 }, want: null },
    { name: "a mix: 1 untouched, 1 past SLA, 4 worked = 9", backlog: { uncontacted: 1, pastSla: 1, worked: 4 }, want: null },
    { name: "a mix: 1 untouched, 2 past SLA, 2 worked = 10", backlog: { uncontacted: 1, pastSla: 2, worked: 2 }, want: { weighted: 10 } },
  ])("$name", ({ backlog, want }) => {
    const reason = backlogFailure(limit, backlog);
    if (want === null) expect(reason).toBeNull();
    else expect(reason).toEqual({ code: "BACKLOG", ...backlog, weighted: want.weighted, max: 10 });
  });

  it("weights are the pool's: untouched leads weighing as much as worked ones", () => {
    const flat = ZBacklogLimit.parse({ max: 10, uncontactedWeight: 1, pastSlaWeight: 1, workedWeight: 1 });
    expect(backlogFailure(flat, { uncontacted: 5, pastSla: 0, worked: 0 })).toBeNull();
    expect(backlogFailure(flat, { uncontacted: 5, pastSla: 5, worked: 0 })).toMatchObject({ code: "BACKLOG", weighted: 10 });
  });

  it("bad limits are refused with the field", () => {
    const parsed = ZBacklogLimit.safeParse({ max: -1, pastSlaWeight: 1000 });
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues.map((i) => i.path.join("."))).toEqual(["max", "pastSlaWeight"]);
  });

  it.each([
    { name: "a negative limit", input: { max: -1 }, want: [["max", "At least 0"]] },
    { name: "an empty box (not a number)", input: { max: Number.NaN }, want: [["max", "Enter a number"]] },
    { name: "no limit at all", input: {}, want: [["max", "Enter a number"]] },
    { name: "a weight too heavy", input: { max: 10, uncontactedWeight: 101 }, want: [["uncontactedWeight", "At most 100"]] },
    { name: "a limit too high", input: { max: 100_001 }, want: [["max", "At most 100,000"]] },
  ])("the editor shows a message under the field: $name", ({ input, want }) => {
    const parsed = ZBacklogLimit.safeParse(input);
    expect(parsed.error!.issues.map((i) => [i.path.join("."), i.message])).toEqual(want);
  });
});
