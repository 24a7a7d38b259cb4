import { describe, expect, it } from "vitest";
import { issuesToFieldErrors } from "./issues-to-details";
import { planTimeOffChanges, ZTimeOffList } from "./time-off";

const d = (iso: string) => new Date(iso);

describe("ZTimeOffList", () => {
  it.each<[string, { id?: string; startsAt: Date; endsAt: Date }[], string[]]>([
    ["no periods", [], []],
    ["one period", [{ startsAt: d("2026-12-01T00:00Z"), endsAt: d("2026-12-03T00:00Z") }], []],
    [
      "back to back",
      [
        { startsAt: d("2026-12-01T00:00Z"), endsAt: d("2026-12-03T00:00Z") },
        { startsAt: d("2026-12-03T00:00Z"), endsAt: d("2026-12-04T00:00Z") },
      ],
      [],
    ],
    [
      "overlapping",
      [
        { startsAt: d("2026-12-01T00:00Z"), endsAt: d("2026-12-03T00:00Z") },
        { startsAt: d("2026-12-02T00:00Z"), endsAt: d("2026-12-05T00:00Z") },
      ],
      ["1.startsAt"],
    ],
    ["end before start", [{ startsAt: d("2026-12-03T00:00Z"), endsAt: d("2026-12-01T00:00Z") }], ["0.endsAt"]],
    ["equal start and end", [{ startsAt: d("2026-12-03T00:00Z"), endsAt: d("2026-12-03T00:00Z") }], ["0.endsAt"]],
    ["invalid date", [{ startsAt: d("nope"), endsAt: d("2026-12-03T00:00Z") }], ["0.startsAt"]],
    [
      "same id twice",
      [
        { id: "a", startsAt: d("2026-12-01T00:00Z"), endsAt: d("2026-12-02T00:00Z") },
        { id: "a", startsAt: d("2026-12-05T00:00Z"), endsAt: d("2026-12-06T00:00Z") },
      ],
      ["1.id"],
    ],
  ])("%s", (_name, periods, expected) => {
    const result = ZTimeOffList.safeParse(periods);
    expect(result.success ? [] : issuesToFieldErrors(result.error.issues).map((e) => e.path)).toEqual(expected);
  });
});

describe("planTimeOffChanges", () => {
  it("creates new, updates kept, deletes dropped and flags foreign ids", () => {
    const p = (id?: string) => ({ id, startsAt: d("2026-12-01T00:00Z"), endsAt: d("2026-12-02T00:00Z"), note: "" });
    const plan = planTimeOffChanges(["keep", "drop"], [p("keep"), p(), p("foreign")]);
    expect(plan.update.map((u) => u.id)).toEqual(["keep"]);
    expect(plan.create).toHaveLength(1);
    expect(plan.deleteIds).toEqual(["drop"]);
    expect(plan.unknownIndexes).toEqual([2]);
  });
});
