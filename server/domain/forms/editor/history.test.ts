import { describe, expect, it } from "vitest";
import { canRedo, canUndo, createHistory, historyReducer, type THistory, type THistoryAction } from "./history";

type A = THistoryAction<string>;
const apply = (next: string, at = 0, coalesceKey?: string): A => ({ type: "apply", next, at, coalesceKey });
const run = (actions: A[], cap?: number) => actions.reduce<THistory<string>>((h, a) => historyReducer(h, a, cap), createHistory("a"));
const view = (h: THistory<string>) => ({ past: h.past, present: h.present, future: h.future });

describe("historyReducer", () => {
  it.each<[string, A[], { past: string[]; present: string; future: string[] }]>([
    ["apply", [apply("b"), apply("c")], { past: ["a", "b"], present: "c", future: [] }],
    ["undo", [apply("b"), apply("c"), { type: "undo" }], { past: ["a"], present: "b", future: ["c"] }],
    ["undo twice", [apply("b"), apply("c"), { type: "undo" }, { type: "undo" }], { past: [], present: "a", future: ["b", "c"] }],
    ["undo with nothing to undo", [{ type: "undo" }], { past: [], present: "a", future: [] }],
    ["redo", [apply("b"), { type: "undo" }, { type: "redo" }], { past: ["a"], present: "b", future: [] }],
    ["redo with nothing to redo", [apply("b"), { type: "redo" }], { past: ["a"], present: "b", future: [] }],
    ["an edit after undo drops the future", [apply("b"), apply("c"), { type: "undo" }, apply("d")], { past: ["a", "b"], present: "d", future: [] }],
    ["same value is no step", [apply("a")], { past: [], present: "a", future: [] }],
    ["typing in one input coalesces", [apply("b", 0, "label"), apply("bc", 300, "label"), apply("bcd", 600, "label")], { past: ["a"], present: "bcd", future: [] }],
    ["a pause starts a new step", [apply("b", 0, "label"), apply("bc", 2000, "label")], { past: ["a", "b"], present: "bc", future: [] }],
    ["another input starts a new step", [apply("b", 0, "label"), apply("bc", 100, "help")], { past: ["a", "b"], present: "bc", future: [] }],
    ["an edit without key never coalesces", [apply("b", 0), apply("c", 100)], { past: ["a", "b"], present: "c", future: [] }],
    ["undo ends coalescing", [apply("b", 0, "label"), apply("bc", 100, "label"), { type: "undo" }, apply("x", 200, "label")], { past: ["a"], present: "x", future: [] }],
    ["reset", [apply("b"), { type: "reset", present: "z" }], { past: [], present: "z", future: [] }],
  ])("%s", (_, actions, expected) => {
    expect(view(run(actions))).toEqual(expected);
  });

  it("keeps at most `cap` past states", () => {
    const h = run([apply("b"), apply("c"), apply("d"), apply("e")], 2);
    expect(view(h)).toEqual({ past: ["c", "d"], present: "e", future: [] });
  });

  it("reports what can be undone and redone", () => {
    const h = run([apply("b"), { type: "undo" }]);
    expect([canUndo(h), canRedo(h), canUndo(createHistory(1)), canRedo(createHistory(1))]).toEqual([false, true, false, false]);
  });
});
