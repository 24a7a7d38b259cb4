import { describe, expect, it } from "vitest";
import { ZFormDefinition } from "./definition";
import { visibleFieldKeys } from "./logic";
import { matchNativePattern } from "./pattern-matcher";
import { validateStep } from "./validate-step";

const form = ZFormDefinition.parse({
  title: "Demo request",
  steps: [
    {
      id: "about",
      fields: [
        { key: "email", type: "email", label: "Work email", required: true },
        { key: "role", type: "single_choice", label: "Role", required: true, options: [{ value: "student", label: "Student" }, { value: "vp", label: "VP" }, { value: "ic", label: "IC" }] },
        { key: "budget", type: "currency", label: "Budget", required: true },
        { key: "note", type: "statement", label: "Almost done" },
        { key: "utm_source", type: "hidden", label: "UTM source" },
      ],
    },
    { id: "details", fields: [{ key: "seats", type: "number", label: "Seats", required: true }, { key: "consent", type: "consent", label: "I agree", required: true }] },
  ],
  logic: [
    { id: "budget_for_vp", when: { kind: "rule", ref: "role", operator: "equals", value: "vp" }, action: { type: "show_field", fieldKey: "budget" } },
    { id: "students_end", fromStepId: "about", when: { kind: "rule", ref: "role", operator: "equals", value: "student" }, action: { type: "end_form", outcomeId: "student" } },
  ],
  outcomes: [{ id: "thanks", type: "message", title: "Thanks" }, { id: "student", type: "message", title: "Student" }],
  defaultOutcomeId: "thanks",
});

const check = (definition: typeof form, stepId: string, values: Record<string, unknown>, answers: Record<string, unknown> = values) =>
  validateStep(definition, stepId, values, visibleFieldKeys(definition, answers), matchNativePattern);

describe("validateStep", () => {
  it("checks the visible questions of the step with the same messages", () => {
    expect(check(form, "about", { email: "bad", role: "vp", budget: "" })).toEqual({
      ok: false,
      errors: { email: "Please enter a valid email address", budget: "“Budget” is required" },
    });
  });

  it.each<[string, string, Record<string, unknown>, Record<string, unknown>]>([
    ["converts values and keeps other keys", "about", { email: "a@b.io", role: "vp", budget: "1200", seats: "x" }, { email: "a@b.io", role: "vp", budget: 1200, seats: "x" }],
    ["a question hidden by logic is not checked", "about", { email: "a@b.io", role: "ic", budget: "not a number" }, { email: "a@b.io", role: "ic", budget: "not a number" }],
    ["checks only this step's questions", "details", { seats: 3, consent: true }, { seats: 3, consent: true }],
  ])("%s", (_name, stepId, values, expected) => {
    expect(check(form, stepId, values)).toEqual({ ok: true, values: expected });
  });

  it("checks missing keys too and drops empty optional answers", () => {
    expect(check(form, "details", {})).toEqual({ ok: false, errors: { seats: "“Seats” is required", consent: "Please tick this box to continue" } });
    const small = ZFormDefinition.parse({ ...form, steps: [{ id: "s", fields: [{ key: "nick", type: "short_text", label: "Nickname" }] }] });
    const optional = check(small, "s", { nick: "  ", other: null }, {});
    expect(optional).toEqual({ ok: true, values: { other: null } });
    expect(optional.ok && Object.keys(optional.values)).toEqual(["other"]);
  });

  it("an unknown step checks nothing", () => {
    expect(check(form, "nope", { a: 1 })).toEqual({ ok: true, values: { a: 1 } });
  });
});
