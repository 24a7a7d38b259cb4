import { describe, expect, it } from "vitest";
import type { TCondition } from "@/server/domain/conditions/condition";
import { ZFormDefinition } from "@/server/domain/forms/definition";
import { nextStep, stepPath, type TAnswersLike } from "@/server/domain/forms/logic";
import { stepPosition, stepsAfter } from "./step-count";

// The demo form's shape: "budget" is shown to big companies; "start" is for those without a
// budget answer; "students" end after "about".
const filled = (ref: string): TCondition => ({ kind: "rule", ref, operator: "is_not_empty" });
const is = (ref: string, value: string): TCondition => ({ kind: "rule", ref, operator: "equals", value });
const choice = (key: string, ...values: string[]) => ({ key, type: "single_choice" as const, label: key, options: values.map((value) => ({ value, label: value })) });
const FORM = ZFormDefinition.parse({
  title: "Demo",
  steps: [
    { id: "about", fields: [choice("role", "vp", "student")] },
    { id: "company", fields: [choice("size", "small", "big")] },
    { id: "budget", fields: [choice("budget", "low", "high")] },
    { id: "start", fields: [choice("start_when", "now", "later")] },
    { id: "needs", fields: [{ key: "notes", type: "long_text", label: "Notes" }] },
  ],
  logic: [
    { id: "b", when: is("size", "big"), action: { type: "show_step", stepId: "budget" } },
    { id: "s", when: filled("budget"), action: { type: "hide_step", stepId: "start" } },
    { id: "e", fromStepId: "about", when: is("role", "student"), action: { type: "end_form", outcomeId: "thanks" } },
  ],
  outcomes: [{ id: "thanks", type: "message", title: "Thanks" }],
  defaultOutcomeId: "thanks",
});

const progress = (stepId: string, history: string[], answers: TAnswersLike) => stepPosition(history.length, stepsAfter((from) => nextStep(FORM, from, answers), stepId));

describe("step count: both numbers from the shared form logic", () => {
  const vp = { role: "vp" };
  const big = { ...vp, size: "big" };
  it.each<[string, string, string[], TAnswersLike, string]>([
    ["first step, nothing answered", "about", [], {}, "1 of 4"],
    ["a student ends after the first step", "about", [], { role: "student" }, "1 of 1"],
    ["company, size not chosen yet", "company", ["about"], vp, "2 of 4"],
    ["company, a big company shows the budget step", "company", ["about"], big, "2 of 5"],
    ["budget step, budget not chosen: 'start' is still ahead", "budget", ["about", "company"], big, "3 of 5"],
    ["budget step, budget chosen: 'start' is hidden", "budget", ["about", "company"], { ...big, budget: "high" }, "3 of 4"],
    ["last step after the budget", "needs", ["about", "company", "budget"], { ...big, budget: "high" }, "4 of 4"],
    ["small company: no budget step, 'start' stays", "start", ["about", "company"], { ...vp, size: "small" }, "3 of 4"],
    // Resumed on a step the current answers no longer lead to (the answers changed under it): the
    // path from the first step skips it, so its place there and the path's length disagree; here
    // the index is where the prospect is, the total what lies ahead of it.
    ["on a step off the current path", "budget", ["about", "company"], { ...vp, size: "small" }, "3 of 5"],
  ])("%s", (_, stepId, history, answers, expected) => {
    const { current, total } = progress(stepId, history, answers);
    expect(`${current} of ${total}`).toBe(expected);
    expect(current).toBeLessThanOrEqual(total);
  });

  it("on the path from the first step, the total is the path's length", () => {
    const answers = { role: "vp", size: "big", budget: "low" };
    const path = stepPath(FORM, answers).stepIds;
    path.forEach((stepId, i) => expect(progress(stepId, path.slice(0, i), answers)).toEqual({ current: i + 1, total: path.length }));
  });

  it("a loop ends the walk", () => {
    expect(stepsAfter((from) => ({ type: "step", stepId: from === "a" ? "b" : "a" }), "a")).toEqual(["b"]);
  });
});
