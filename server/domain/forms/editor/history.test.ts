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
    ["an edit that joins the present step, however long after it", [apply("b", 0, "label"), { type: "apply", next: "bK", at: 60_000, joins: "label" }], { past: ["a"], present: "bK", future: [] }],
    ["joining a step coalesced from several edits", [apply("b", 0, "label"), apply("bc", 300, "label"), { type: "apply", next: "bcK", at: 5_000, joins: "label" }], { past: ["a"], present: "bcK", future: [] }],
    ["joining a step of another input is a step of its own", [apply("b", 0, "help"), { type: "apply", next: "bK", at: 100, joins: "label" }], { past: ["a", "b"], present: "bK", future: [] }],
    ["joining after an undo is a step of its own", [apply("b", 0, "label"), apply("c", 5_000, "label"), { type: "undo" }, { type: "apply", next: "bK", at: 6_000, joins: "label" }], { past: ["a", "b"], present: "bK", future: [] }],
    ["joining after an edit without key is a step of its own", [apply("b", 0, "label"), apply("c", 100), { type: "apply", next: "cK", at: 200, joins: "label" }], { past: ["a", "b", "c"], present: "cK", future: [] }],
    ["typing after a joined edit starts a new step", [apply("b", 0, "label"), { type: "apply", next: "bK", at: 100, joins: "label" }, apply("bKx", 200, "label")], { past: ["a", "bK"], present: "bKx", future: [] }],
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
