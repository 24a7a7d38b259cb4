import { describe, expect, it } from "vitest";
import { testState } from "@/server/domain/forms/editor/test-state";
import { ZFormDefinition, type TLogicAction, type TLogicRule } from "@/server/domain/forms/definition";
import type { TCondition, TConditionRule } from "@/server/domain/conditions/condition";
import { renameFieldKey, removeField } from "@/server/domain/forms/editor";
import { describeConditionWith } from "@/components/conditions/condition-builder";
import { removeOption } from "@/server/domain/forms/editor/option-ops";
import { stateOf } from "@/server/domain/forms/editor/test-state";
import { conditionSubjects, describePlace, dragId, dropTarget, followSelection, logicRuleHeading, logicRuleKindsToOffer, parseDragId, problemTarget, ruleSubjects, withRemovedOptions, type TDragId } from "./builder-model";

const { definition } = testState();

describe("drag ids", () => {
  it.each<TDragId>([{ kind: "field", key: "role" }, { kind: "step", id: "step_1" }, { kind: "palette", type: "email" }])("%j round-trips", (id) => {
    expect(parseDragId(dragId(id))).toEqual(id);
  });
  it.each(["nope:x", "field:", "x"])("%s is not an id", (raw) => expect(parseDragId(raw)).toBeNull());
});

describe("dropTarget", () => {
  it.each([
    ["over a field, above its middle", "field:budget", null, false, { stepId: "about", index: 2 }],
    ["over a field, below its middle", "field:budget", null, true, { stepId: "about", index: 3 }],
    ["over a field of the same step (active left out)", "field:budget", "email", false, { stepId: "about", index: 1 }],
    ["over a step", "step:needs", null, false, { stepId: "needs", index: 2 }],
    ["over its own step", "step:needs", "notes", false, { stepId: "needs", index: 1 }],
    ["over nothing", null, null, false, null],
    ["over an unknown step", "step:nope", null, false, null],
    ["over a palette item", "palette:email", null, false, null],
  ])("%s", (_, over, active, isBelow, expected) => {
    expect(dropTarget(definition, over, active, isBelow)).toEqual(expected);
  });
});

it("describes a place for announcements", () => {
  expect(describePlace(definition, { stepId: "needs", index: 0 }, true)).toBe("step 'Your needs', position 1 of 3");
  expect(describePlace(definition, null, false)).toBe("not over a step");
});

it("condition subjects: questions with their kinds and options, grouped by step", () => {
  expect(conditionSubjects(definition).map((s) => [s.ref, s.kind, s.group, s.options?.length ?? 0])).toEqual([
    ["email", "email", "About you", 0],
    ["role", "choice", "About you", 2],
    ["budget", "number", "About you", 0],
    ["company_size", "choice", "Your needs", 6],
    ["notes", "text", "Your needs", 0],
  ]);
});

describe("problemTarget", () => {
  it.each([
    [{ path: "steps.1.fields.0.options", fieldKey: "company_size" }, { kind: "field", key: "company_size" }],
    [{ path: "steps.0.fields.2.key" }, { kind: "field", key: "budget" }],
    [{ path: "steps.1.fields" }, { kind: "step", id: "needs" }],
    [{ path: "logic.0.when" }, { kind: "field", key: "budget" }],
    [{ path: "logic.1.fromStepId" }, { kind: "step", id: "about" }],
    [{ path: "scoring.tiers.0.minScore" }, null],
    [{ path: "scoring.rules.0.when", stepId: "needs" }, { kind: "step", id: "needs" }],
    [{ path: "outcomes.0.url" }, { kind: "outcome", id: "thanks" }],
    [{ path: "outcomes.5.url" }, null],
    [{ path: "tierOutcomes.hot" }, { kind: "outcome", id: "thanks" }],
    [{ path: "defaultOutcomeId" }, { kind: "outcome", id: "thanks" }],
  ])("%j → %j", (problem, expected) => {
    expect(problemTarget(definition, problem)).toEqual(expected);
  });
});

const ruleOf = (id: string, action: TLogicAction): TLogicRule => ({ id, when: { kind: "group", op: "and", conditions: [] }, action, fromStepId: action.type === "jump_to_step" || action.type === "end_form" ? "about" : undefined });
const showStep = (id: string) => ruleOf(id, { type: "show_step", stepId: "about" });

describe("logicRuleKindsToOffer: one show-if and one hide-if block at most", () => {
  it.each<[string, TLogicRule[], { kind: "field" } | { kind: "step"; isLast: boolean }, TLogicAction["type"][]]>([
    ["a question without rules", [], { kind: "field" }, ["show_field", "hide_field"]],
    ["a question with a show-if rule", [ruleOf("a", { type: "show_field", fieldKey: "budget" })], { kind: "field" }, ["hide_field"]],
    ["a question with both", [ruleOf("a", { type: "show_field", fieldKey: "budget" }), ruleOf("b", { type: "hide_field", fieldKey: "budget" })], { kind: "field" }, []],
    ["a step without rules", [], { kind: "step", isLast: false }, ["show_step", "hide_step", "jump_to_step", "end_form"]],
    ["a step with a show-if rule", [showStep("a")], { kind: "step", isLast: false }, ["hide_step", "jump_to_step", "end_form"]],
    ["a step with a hide-if rule and a jump: more jumps allowed", [ruleOf("a", { type: "hide_step", stepId: "about" }), ruleOf("b", { type: "jump_to_step", stepId: "needs" })], { kind: "step", isLast: false }, ["show_step", "jump_to_step", "end_form"]],
    ["the last step: no jump", [], { kind: "step", isLast: true }, ["show_step", "hide_step", "end_form"]],
  ])("%s", (_name, rules, target, expected) => expect(logicRuleKindsToOffer(rules, target)).toEqual(expected));
});

describe("logicRuleHeading", () => {
  const rules = [showStep("a"), ruleOf("h", { type: "hide_step", stepId: "about" }), showStep("b")];
  it.each([
    ["the first show-if block", rules[0]!, "Show this step only if"],
    ["a hide-if block", rules[1]!, "Hide this step if"],
    ["a second show-if block (an older draft): any of them shows the step", rules[2]!, "Or show this step if"],
  ])("%s", (_name, rule, expected) => expect(logicRuleHeading(rules, rule)).toBe(expected));
});

describe("followSelection (undo/redo)", () => {
  const renamed = (() => {
    const result = renameFieldKey(testState(), "role", "job_role");
    if (!result.ok) throw new Error(result.error);
    return result.state.definition;
  })();
  const removed = (() => {
    const result = removeField(testState(), "role");
    if (!result.ok) throw new Error(result.error);
    return result.state.definition;
  })();
  it.each<[string, Parameters<typeof followSelection>[0], typeof definition, typeof definition, ReturnType<typeof followSelection>]>([
    ["undoing a key rename keeps the question selected", { kind: "field", key: "job_role" }, renamed, definition, { kind: "field", key: "role" }],
    ["redoing it too", { kind: "field", key: "role" }, definition, renamed, { kind: "field", key: "job_role" }],
    ["a question still there stays selected", { kind: "field", key: "email" }, renamed, definition, { kind: "field", key: "email" }],
    ["a removed question is not replaced by its neighbour", { kind: "field", key: "role" }, definition, removed, { kind: "field", key: "role" }],
    ["a step stays selected", { kind: "step", id: "about" }, renamed, definition, { kind: "step", id: "about" }],
    ["nothing stays nothing", null, renamed, definition, null],
  ])("%s", (_what, selection, before, after, expected) => {
    expect(followSelection(selection, before, after)).toEqual(expected);
  });
});

describe("ruleSubjects: only the questions publish lets the rule check", () => {
  // testState: About you = email, role, budget; Your needs = company_size, notes.
  const refs = (rule: TLogicRule) => ruleSubjects(definition, rule).map((s) => s.ref);
  const when = (...keys: string[]) => ({ kind: "group" as const, op: "and" as const, conditions: keys.map((ref) => ({ kind: "rule" as const, ref, operator: "is_not_empty" as const })) });
  it.each<[string, TLogicRule, string[]]>([
    ["a question's show-if: earlier questions, not itself nor later ones", { id: "r", when: when(), action: { type: "show_field", fieldKey: "budget" } }, ["email", "role"]],
    ["the first question: nothing", { id: "r", when: when(), action: { type: "hide_field", fieldKey: "email" } }, []],
    ["a question on step 2: step 1 and the questions above it", { id: "r", when: when(), action: { type: "show_field", fieldKey: "notes" } }, ["email", "role", "budget", "company_size"]],
    ["a step's show-if: questions of earlier steps", { id: "r", when: when(), action: { type: "show_step", stepId: "needs" } }, ["email", "role", "budget"]],
    ["a jump after a step: that step and earlier", { id: "r", fromStepId: "about", when: when(), action: { type: "jump_to_step", stepId: "needs" } }, ["email", "role", "budget"]],
    ["an end rule after the last step: every question", { id: "r", fromStepId: "needs", when: when(), action: { type: "end_form", outcomeId: "thanks" } }, ["email", "role", "budget", "company_size", "notes"]],
    ["a rule already checking itself keeps it, marked, after the allowed ones", { id: "r", when: when("budget"), action: { type: "show_field", fieldKey: "budget" } }, ["email", "role", "budget"]],
  ])("%s", (_, rule, expected) => expect(refs(rule)).toEqual(expected));

  it("marks a kept question that may not be checked", () => {
    const kept = ruleSubjects(definition, { id: "r", when: when("budget", "notes"), action: { type: "show_field", fieldKey: "budget" } }).slice(2);
    expect(kept.map((s) => s.label)).toEqual(["Budget (this question: can't be checked here)", "Notes (answered later: can't be checked here)"]);
  });
});

describe("withRemovedOptions: a condition on an option the question no longer has reads as a removed option", () => {
  const removed = stateOf(removeOption(testState(), "role", "student"));
  const rule = (id: string) => removed.definition.logic.find((r) => r.id === id)!;
  it.each([
    ["the end rule on 'student'", "end_students", "Role is a removed option (student)"],
    ["a rule on an option still there", "show_budget", "Role is VP"],
  ])("%s", (_, id, words) => {
    const subjects = withRemovedOptions(conditionSubjects(removed.definition), removed.definition, rule(id).when);
    expect(describeConditionWith(rule(id).when, subjects)).toBe(words);
  });

  it("offers the removed option beside the real ones (so a list shows it ticked) and leaves other subjects alone", () => {
    const subjects = withRemovedOptions(conditionSubjects(removed.definition), removed.definition, rule("end_students").when);
    expect(subjects.find((s) => s.ref === "role")?.options).toEqual([{ value: "vp", label: "VP" }, { value: "student", label: "a removed option (student)" }]);
    expect(subjects.filter((s) => s.ref !== "role")).toEqual(conditionSubjects(removed.definition).filter((s) => s.ref !== "role"));
  });
});

describe("withRemovedOptions: a yes/no question reads Yes or No, whatever way the condition stores it, never as a removed option", () => {
  const yesNo = ZFormDefinition.parse({
    title: "Yes/no",
    steps: [{ id: "one", title: "One", fields: [{ key: "demo", type: "yes_no", label: "Want a demo?" }, { key: "seats", type: "number", label: "Seats" }, { key: "consent", type: "consent", label: "I agree" }] }],
    logic: [],
    outcomes: [{ id: "thanks", type: "message", title: "Thanks" }],
    defaultOutcomeId: "thanks",
  });
  const rule = (ref: string, operator: TConditionRule["operator"], value: TConditionRule["value"]): TCondition => ({ kind: "rule", ref, operator, value });
  it.each<[TCondition, string]>([
    [rule("demo", "equals", "true"), "Want a demo? is Yes"],
    [rule("demo", "equals", "false"), "Want a demo? is No"],
    [rule("demo", "equals", true), "Want a demo? is Yes"],
    [rule("demo", "not_equals", false), "Want a demo? is not No"],
    [rule("demo", "equals", "yes"), "Want a demo? is Yes"],
    [rule("demo", "equals", "no"), "Want a demo? is No"],
    [rule("seats", "equals", 7), "Seats is 7"],
    [rule("consent", "equals", true), "I agree is yes"],
  ])("%j → %s", (when, words) => {
    const subjects = withRemovedOptions(conditionSubjects(yesNo), yesNo, when);
    expect(describeConditionWith(when, subjects)).toBe(words);
  });
});
