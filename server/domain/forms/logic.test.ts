import { describe, expect, it } from "vitest";
import { ZFormDefinition, type TFormDefinitionInput } from "./definition";
import { activeFieldKeys, countedAnswers, isStepVisible, nextStep, stepPath, visibleFieldKeys, type TAnswersLike, type TNextStep } from "./logic";

const input: TFormDefinitionInput = {
  title: "Demo request",
  steps: [
    {
      id: "about",
      fields: [
        { key: "email", type: "email", label: "Work email", required: true },
        { key: "role", type: "single_choice", label: "Role", options: [
          { value: "student", label: "Student" }, { value: "ic", label: "Individual contributor" },
          { value: "manager", label: "Manager" }, { value: "vp", label: "VP" },
        ] },
        { key: "company_size", type: "company_size", label: "Company size" },
        { key: "intro", type: "statement", label: "Thanks! A few more questions." },
        { key: "utm_source", type: "hidden", label: "UTM source" },
      ],
    },
    {
      id: "company",
      fields: [
        { key: "industry", type: "dropdown", label: "Industry", options: [{ value: "saas", label: "SaaS" }, { value: "gov", label: "Government" }] },
        { key: "budget", type: "number", label: "Budget" },
      ],
    },
    { id: "project", fields: [{ key: "tools", type: "multiple_choice", label: "Tools", options: [{ value: "crm", label: "CRM" }, { value: "erp", label: "ERP" }] }] },
    { id: "enterprise", fields: [{ key: "seats", type: "number", label: "Seats" }] },
    { id: "wrap", fields: [{ key: "comments", type: "long_text", label: "Anything else?" }] },
  ],
  logic: [
    { id: "end_student", fromStepId: "about", when: { kind: "rule", ref: "role", operator: "equals", value: "student" }, action: { type: "end_form", outcomeId: "students" } },
    { id: "jump_small", fromStepId: "company", when: { kind: "rule", ref: "company_size", operator: "is_any_of", value: ["1-10", "11-50"] }, action: { type: "jump_to_step", stepId: "wrap" } },
    { id: "jump_gov", fromStepId: "company", when: { kind: "rule", ref: "industry", operator: "equals", value: "gov" }, action: { type: "jump_to_step", stepId: "enterprise" } },
    { id: "end_gov_small", fromStepId: "company", when: { kind: "group", op: "and", conditions: [
      { kind: "rule", ref: "industry", operator: "equals", value: "gov" },
      { kind: "rule", ref: "company_size", operator: "equals", value: "1-10" },
    ] }, action: { type: "end_form", outcomeId: "nurture" } },
    { id: "show_enterprise", when: { kind: "rule", ref: "company_size", operator: "is_any_of", value: ["1001-5000", "5001+"] }, action: { type: "show_step", stepId: "enterprise" } },
    { id: "hide_project", when: { kind: "rule", ref: "utm_source", operator: "equals", value: "partner" }, action: { type: "hide_step", stepId: "project" } },
    { id: "show_budget", when: { kind: "rule", ref: "role", operator: "is_any_of", value: ["manager", "vp"] }, action: { type: "show_field", fieldKey: "budget" } },
    { id: "hide_industry", when: { kind: "rule", ref: "role", operator: "equals", value: "ic" }, action: { type: "hide_field", fieldKey: "industry" } },
  ],
  outcomes: [
    { id: "thanks", type: "message", title: "Thanks" },
    { id: "students", type: "message", title: "Student program" },
    { id: "nurture", type: "message", title: "We'll be in touch" },
  ],
  defaultOutcomeId: "thanks",
};
const form = ZFormDefinition.parse(input);

describe("visibleFieldKeys", () => {
  const always = ["email", "role", "company_size", "intro", "utm_source", "tools", "comments"];
  it.each<[string, TAnswersLike, string[]]>([
    ["no answers: show_field target hidden, enterprise step hidden", {}, [...always, "industry"]],
    ["show_field holds (role vp)", { role: "vp" }, [...always, "industry", "budget"]],
    ["hide_field holds (role ic)", { role: "ic" }, always],
    ["show_step holds: fields of the step become visible", { company_size: "5001+" }, [...always, "industry", "seats"]],
    ["hide_step holds: fields of the hidden step are hidden", { utm_source: "partner" }, ["email", "role", "company_size", "intro", "utm_source", "comments", "industry"]],
  ])("%s", (_name, answers, expected) => expect([...visibleFieldKeys(form, answers)].sort()).toEqual([...expected].sort()));
});

describe("isStepVisible", () => {
  it.each<[string, string, TAnswersLike, boolean]>([
    ["no rules", "about", {}, true],
    ["show_step not holding", "enterprise", { company_size: "51-200" }, false],
    ["show_step holding", "enterprise", { company_size: "1001-5000" }, true],
    ["hide_step not holding", "project", { utm_source: "google" }, true],
    ["hide_step holding (hidden field from the URL)", "project", { utm_source: "partner" }, false],
    ["unknown step", "nope", {}, false],
  ])("%s", (_name, stepId, answers, expected) => expect(isStepVisible(form, stepId, answers)).toBe(expected));
});

describe("nextStep", () => {
  it.each<[string, string, TAnswersLike, TNextStep]>([
    ["next step in order", "about", { role: "vp" }, { type: "step", stepId: "company" }],
    ["end_form rule matches", "about", { role: "student" }, { type: "end", outcomeId: "students" }],
    ["jump_to_step skips ahead", "company", { company_size: "11-50" }, { type: "step", stepId: "wrap" }],
    ["first matching jump wins", "company", { company_size: "1-10", role: "vp", industry: "saas" }, { type: "step", stepId: "wrap" }],
    ["end rules are checked before jumps", "company", { company_size: "1-10", role: "vp", industry: "gov" }, { type: "end", outcomeId: "nurture" }],
    ["jump to a hidden step lands on the next visible one", "company", { company_size: "201-1000", role: "vp", industry: "gov" }, { type: "step", stepId: "wrap" }],
    ["jump to a visible step", "company", { company_size: "5001+", role: "vp", industry: "gov" }, { type: "step", stepId: "enterprise" }],
    ["hidden steps are skipped in order", "company", { company_size: "201-1000", utm_source: "partner" }, { type: "step", stepId: "wrap" }],
    ["shown step is next in order", "project", { company_size: "5001+" }, { type: "step", stepId: "enterprise" }],
    ["last step: normal completion", "wrap", {}, { type: "end", outcomeId: null }],
    ["unknown step ends", "nope", {}, { type: "end", outcomeId: null }],
    ["an answer to a hidden question does not count (industry hidden for ic)", "company", { role: "ic", industry: "gov", company_size: "5001+" }, { type: "step", stepId: "project" }],
  ])("%s", (_name, current, answers, expected) => expect(nextStep(form, current, answers)).toEqual(expected));
});

describe("stepPath", () => {
  it.each<[string, TAnswersLike, string[], string | null]>([
    ["no answers", {}, ["about", "company", "project", "wrap"], null],
    ["early end on the first step", { role: "student" }, ["about"], "students"],
    ["jump skips project", { role: "vp", company_size: "11-50" }, ["about", "company", "wrap"], null],
    ["shown enterprise step", { role: "vp", company_size: "5001+" }, ["about", "company", "project", "enterprise", "wrap"], null],
    ["jump to enterprise", { role: "vp", company_size: "5001+", industry: "gov" }, ["about", "company", "enterprise", "wrap"], null],
    ["end after a jump-free step", { role: "manager", company_size: "1-10", industry: "gov" }, ["about", "company"], "nurture"],
    ["hidden project step", { utm_source: "partner" }, ["about", "company", "wrap"], null],
  ])("%s", (_name, answers, stepIds, endOutcomeId) => expect(stepPath(form, answers)).toEqual({ stepIds, endOutcomeId }));

  it("stops at a backward jump loop and starts at the first visible step", () => {
    const looping = ZFormDefinition.parse({
      ...input,
      logic: [
        { id: "hide_about", when: { kind: "rule", ref: "utm_source", operator: "equals", value: "x" }, action: { type: "hide_step", stepId: "about" } },
        { id: "back", fromStepId: "project", when: { kind: "group", op: "and", conditions: [] }, action: { type: "jump_to_step", stepId: "company" } },
      ],
    });
    expect(stepPath(looping, { utm_source: "x" })).toEqual({ stepIds: ["company", "project"], endOutcomeId: null });
  });

  it("a step whose every question the logic hides is skipped, not shown empty", () => {
    // "Step 2 of 2" used to show a title and Back/Send only, when its one question was shown only for big companies.
    const onlyForSeats = ZFormDefinition.parse({
      ...input,
      logic: [{ id: "seats_if_big", when: { kind: "rule", ref: "company_size", operator: "equals", value: "5001+" }, action: { type: "show_field", fieldKey: "seats" } }],
    });
    expect(stepPath(onlyForSeats, { company_size: "11-50" }).stepIds).toEqual(["about", "company", "project", "wrap"]);
    expect(stepPath(onlyForSeats, { company_size: "5001+" }).stepIds).toEqual(["about", "company", "project", "enterprise", "wrap"]);
    expect(isStepVisible(onlyForSeats, "enterprise", { company_size: "11-50" })).toBe(false);
    expect(nextStep(onlyForSeats, "project", { company_size: "11-50" })).toEqual({ type: "step", stepId: "wrap" });
    // A step with a shown statement is still shown (it says something).
    expect(stepPath(onlyForSeats, {}).stepIds[0]).toBe("about");
  });

  it("a form whose every step is hidden has an empty path", () => {
    const hidden = ZFormDefinition.parse({
      ...input,
      steps: [input.steps[0]],
      logic: [{ id: "h", when: { kind: "group", op: "and", conditions: [] }, action: { type: "hide_step", stepId: "about" } }],
    });
    expect(stepPath(hidden, {})).toEqual({ stepIds: [], endOutcomeId: null });
  });
});

describe("activeFieldKeys", () => {
  it.each<[string, TAnswersLike, string[]]>([
    ["early end: only the first step (and hidden fields)", { role: "student" }, ["email", "role", "company_size", "intro", "utm_source"]],
    ["jump: skipped step's fields are not active", { role: "vp", company_size: "11-50" }, ["email", "role", "company_size", "intro", "utm_source", "industry", "budget", "comments"]],
    ["hidden field by logic is not active", { role: "ic", company_size: "201-1000" }, ["email", "role", "company_size", "intro", "utm_source", "tools", "comments"]],
    ["shown step's fields are active", { role: "ic", company_size: "5001+" }, ["email", "role", "company_size", "intro", "utm_source", "tools", "seats", "comments"]],
  ])("%s", (_name, answers, expected) => expect([...activeFieldKeys(form, answers)].sort()).toEqual([...expected].sort()));

  it("counted answers drop answers of questions that do not apply", () => {
    expect(countedAnswers(form, { role: "ic", industry: "gov", company_size: "11-50", tools: ["crm"], utm_source: "g" })).toEqual({
      role: "ic",
      company_size: "11-50",
      utm_source: "g",
    });
  });
});
