import { describe, expect, it } from "vitest";
import { ZFormDefinition } from "../definition";
import { checkPublishable } from "../publish-check";
import { ZScoringModel } from "../../scoring/model";
import { addField, updateField } from "./field-ops";
import { fieldKeyProblem, renameFieldKey } from "./field-key-ops";
import { fieldKeysByStep, is, stateOf, testState } from "./test-state";

describe("renameFieldKey", () => {
  it("renames the key and every reference to it in logic and scoring", () => {
    const before = testState();
    const snapshot = JSON.stringify(before);
    const result = renameFieldKey(before, "role", "job_role");
    const state = stateOf(result);
    expect(result.ok && result.key).toBe("job_role");
    expect(fieldKeysByStep(state)).toEqual([["email", "job_role", "budget"], ["company_size", "notes"]]);
    // Logic: both conditions on the role now read job_role; the rest is untouched.
    expect(state.definition.logic.map((r) => [r.id, r.when])).toEqual([
      ["show_budget", is("job_role", "vp")],
      ["end_students", is("job_role", "student")],
      ["hide_notes", is("company_size", "1-10")],
    ]);
    // Scoring: option points and the knock-out follow; other fields' entries do not move.
    expect(state.scoring.optionPoints.map((p) => p.fieldKey)).toEqual(["job_role", "company_size"]);
    expect(state.scoring.knockouts[0]!.when).toEqual(is("job_role", "student"));
    expect(state.scoring.rules[0]!.when).toEqual(is("company_size", "5001+"));
    // The input is not mutated, and the result is still a valid, publishable draft.
    expect(JSON.stringify(before)).toBe(snapshot);
    expect(ZFormDefinition.safeParse(state.definition).success).toBe(true);
    expect(ZScoringModel.safeParse(state.scoring).success).toBe(true);
    expect(checkPublishable(state.definition, state.scoring)).toEqual([]);
  });

  it.each([
    ["a show/hide target and the deal value's source field", "budget", "annual_budget", (s: ReturnType<typeof testState>) => [s.definition.logic[0]!.action, s.scoring.dealValue?.fromField]],
    ["a hide target", "notes", "comments", (s: ReturnType<typeof testState>) => [s.definition.logic[2]!.action]],
    ["option points, deal amounts, scoring rules and logic conditions", "company_size", "employees", (s: ReturnType<typeof testState>) => [s.scoring.optionPoints[1]!.fieldKey, s.scoring.dealValue?.fromOptions[0]!.fieldKey, s.scoring.rules[0]!.when, s.definition.logic[2]!.when]],
    ["the free-mail penalty", "email", "work_email", (s: ReturnType<typeof testState>) => [s.scoring.freeEmail?.fieldKey]],
  ])("renames %s (%s → %s)", (_what, oldKey, newKey, pick) => {
    const state = stateOf(renameFieldKey(testState(), oldKey, newKey));
    expect(JSON.stringify(pick(state))).not.toContain(`"${oldKey}"`);
    expect(JSON.stringify(pick(state))).toContain(`"${newKey}"`);
    expect(checkPublishable(state.definition, state.scoring)).toEqual([]);
  });

  it("renames references nested in condition groups", () => {
    const base = testState();
    const grouped = { kind: "group" as const, op: "and" as const, conditions: [is("email", "x"), { kind: "group" as const, op: "or" as const, conditions: [is("role", "vp"), is("budget", "1")] }] };
    const state = stateOf(renameFieldKey({ ...base, scoring: { ...base.scoring, rules: [{ id: "g", label: "g", when: grouped, dimension: "fit", points: 5 }] } }, "role", "job_role"));
    expect(JSON.stringify(state.scoring.rules[0]!.when)).toBe(JSON.stringify({ ...grouped, conditions: [is("email", "x"), { kind: "group", op: "or", conditions: [is("job_role", "vp"), is("budget", "1")] }] }));
  });

  it.each([
    ["an unset source is pinned to the old key (the same URL parameter keeps filling it)", undefined, "hidden_field"],
    ["a chosen source is kept", "utm_campaign", "utm_campaign"],
  ])("hidden field: %s", (_what, source, expected) => {
    const added = addField(testState(), { stepId: "about", type: "hidden", label: "Hidden field" });
    const withSource = updateField(stateOf(added), "hidden_field", { source });
    const state = stateOf(renameFieldKey(stateOf(withSource), "hidden_field", "campaign"));
    const field = state.definition.steps[0]!.fields.find((f) => f.key === "campaign");
    expect(field?.source).toBe(expected);
  });

  it("an unchanged key changes nothing (same state, no undo step)", () => {
    const before = testState();
    const result = renameFieldKey(before, "role", "role");
    expect(result.ok && result.state).toBe(before);
  });

  it.each([
    ["an unknown question", "nope", "anything", "There is no question 'nope'"],
    ["an empty key", "role", "", "Enter a key"],
    ["blanks only", "role", "   ", "Enter a key"],
    ["upper case and spaces (with a suggestion)", "role", "Your Role", "Use lowercase letters, digits and _ (starting with a letter), e.g. your_role"],
    ["a leading digit", "role", "2role", "Use lowercase letters, digits and _ (starting with a letter)"],
    ["a hyphen", "role", "job-role", "Use lowercase letters, digits and _ (starting with a letter), e.g. job_role"],
    ["a suggestion another question has", "role", "Company size", "Use lowercase letters, digits and _ (starting with a letter)"],
    ["more than 64 characters", "role", "r".repeat(65), "Use at most 64 characters"],
    ["a key another question uses", "role", "email", "Another question already uses the key 'email'"],
    ["a key on another step", "role", "company_size", "Another question already uses the key 'company_size'"],
  ])("refuses %s", (_what, oldKey, newKey, error) => {
    const before = testState();
    expect(renameFieldKey(before, oldKey, newKey)).toEqual({ ok: false, error });
    expect(before).toEqual(testState());
  });

  it("accepts 64 characters, digits and underscores", () => {
    for (const key of ["r".repeat(64), "role_2", "a"]) expect(stateOf(renameFieldKey(testState(), "role", key)).definition.steps[0]!.fields[1]!.key).toBe(key);
  });
});

describe("fieldKeyProblem (as the key input validates while typing)", () => {
  it.each([
    ["role", null],
    ["job_role", null],
    ["", "Enter a key"],
    ["Job", "Use lowercase letters, digits and _ (starting with a letter), e.g. job"],
    ["notes", "Another question already uses the key 'notes'"],
  ])("%j → %j", (typed, problem) => {
    expect(fieldKeyProblem(testState(), "role", typed)).toBe(problem);
  });
});

describe("a key a published version gave to a question since removed is not taken again", () => {
  // Published: email, role, budget, company_size, notes, and 'seats' (removed from the draft since).
  const published = new Set(["email", "role", "budget", "company_size", "notes", "seats"]);
  const REUSED = "The key 'seats' belonged to a question that was published and has since been removed; leads keep its answers under that key, so they would read as answers to this question. Choose another key";
  it.each<[string, string, string, string | null]>([
    ["a removed published question's key", "role", "seats", REUSED],
    ["a removed published question's key, from a question never published", "new_q", "seats", REUSED],
    ["a key no version has", "role", "team_size", null],
    ["a key another question of the draft has: that problem first", "role", "notes", "Another question already uses the key 'notes'"],
    ["its own key", "role", "role", null],
  ])("%s (%s → %s)", (_what, oldKey, newKey, problem) => {
    const state = oldKey === "new_q" ? stateOf(addField(testState(), { stepId: "about", type: "number", label: "New q" })) : testState();
    const from = oldKey === "new_q" ? "new_q" : oldKey;
    expect(fieldKeyProblem(state, from, newKey, published)).toBe(problem);
    const result = renameFieldKey(state, from, newKey, published);
    expect(result.ok ? null : result.error).toBe(problem);
  });

  it("before the first publish no key is held back", () => {
    expect(fieldKeyProblem(testState(), "role", "seats", new Set())).toBeNull();
  });
});
