import { describe, expect, it } from "vitest";
import { groupSkipped } from "./group-skipped";

type TEntry = { repId: string; pathId: string; reasons: string[] };
const e = (repId: string, pathId: string, ...reasons: string[]): TEntry => ({ repId, pathId, reasons });
const grouped = (entries: TEntry[]) => groupSkipped(entries, (s) => s.reasons.join(", ")).map((g): [string, string, string[]] => [g.pathId, g.text, g.items.map((s) => s.repId)]);

describe("groupSkipped", () => {
  it.each<[string, TEntry[], [string, string, string[]][]]>([
    ["nobody skipped", [], []],
    ["all different: one line each, in order", [e("sarah", "ent", "at capacity 12/12"), e("priya", "ent", "inactive")], [["ent", "at capacity 12/12", ["sarah"]], ["ent", "inactive", ["priya"]]]],
    [
      "the same reasons on one line, in the order the decision met the reps",
      [e("a", "in", "not chosen: Tom's turn"), e("b", "in", "inactive"), e("c", "in", "not chosen: Tom's turn"), e("d", "in", "not chosen: Tom's turn")],
      [["in", "not chosen: Tom's turn", ["a", "c", "d"]], ["in", "inactive", ["b"]]],
    ],
    ["the same text on two paths stays apart", [e("a", "ent", "inactive"), e("b", "in", "inactive")], [["ent", "inactive", ["a"]], ["in", "inactive", ["b"]]]],
    ["the same codes with other figures are other lines", [e("a", "in", "at capacity 3/3"), e("b", "in", "at capacity 4/4")], [["in", "at capacity 3/3", ["a"]], ["in", "at capacity 4/4", ["b"]]]],
    ["two reasons in another order are another line", [e("a", "in", "inactive", "on leave"), e("b", "in", "on leave", "inactive")], [["in", "inactive, on leave", ["a"]], ["in", "on leave, inactive", ["b"]]]],
  ])("%s", (_, entries, expected) => {
    expect(grouped(entries)).toEqual(expected);
  });

  it("a 1,000-rep pool reads as a few lines", () => {
    const entries = Array.from({ length: 999 }, (_, i) => e(`rep-${i}`, "in", i % 3 === 0 ? "inactive" : "not chosen: Tom's turn"));
    const groups = grouped(entries);
    expect(groups.map(([, text, reps]) => [text, reps.length])).toEqual([["inactive", 333], ["not chosen: Tom's turn", 666]]);
  });
});
