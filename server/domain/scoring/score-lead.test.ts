import { describe, expect, it } from "vitest";
import { ZFormDefinition, type TAnswers } from "../forms/definition";
import { ZScoringModel, type TScoringModelInput } from "./model";
import { scoreLead } from "./score-lead";

const definition = ZFormDefinition.parse({
  title: "Demo",
  steps: [
    {
      id: "s",
      fields: [
        { key: "email", type: "email", label: "Work email" },
        { key: "company_size", type: "company_size", label: "Company size" },
        { key: "tools", type: "multiple_choice", label: "Tools", options: [{ value: "crm", label: "CRM" }, { value: "erp", label: "ERP" }] },
        { key: "role", type: "single_choice", label: "Role", options: [{ value: "student", label: "Student" }, { value: "vp", label: "VP" }] },
        { key: "budget", type: "currency", label: "Budget" },
      ],
    },
  ],
  outcomes: [{ id: "o", type: "message", title: "Thanks" }],
  defaultOutcomeId: "o",
});

const modelInput: TScoringModelInput = {
  dimensions: [{ key: "fit", label: "Fit" }, { key: "intent", label: "Intent" }, { key: "value", label: "Value" }],
  optionPoints: [
    { fieldKey: "company_size", optionValue: "201-1000", dimension: "fit", points: 10 },
    { fieldKey: "tools", optionValue: "crm", dimension: "intent", points: 5 },
    { fieldKey: "tools", optionValue: "erp", dimension: "intent", points: 7 },
  ],
  rules: [
    { id: "big_budget", label: "budget ≥ $50k", when: { kind: "rule", ref: "budget", operator: "gte", value: 50000 }, dimension: "value", points: 30 },
    { id: "vp", label: "decision maker", when: { kind: "rule", ref: "role", operator: "equals", value: "vp" }, dimension: "fit", points: 15 },
  ],
  freeEmail: { fieldKey: "email", dimension: "fit", points: -20 },
  tiers: [
    { key: "hot", label: "Hot", minScore: 50 },
    { key: "warm", label: "Warm", minScore: 20 },
    { key: "cold", label: "Cold", minScore: null },
  ],
  knockouts: [
    { id: "student", label: "student", when: { kind: "rule", ref: "role", operator: "equals", value: "student" }, tier: "cold" },
    { id: "tiny", label: "tiny company", when: { kind: "rule", ref: "company_size", operator: "equals", value: "1-10" }, tier: "disqualified" },
  ],
  dealValue: {
    base: 1000,
    fromOptions: [
      { fieldKey: "company_size", optionValue: "201-1000", amount: 20000 },
      { fieldKey: "tools", optionValue: "erp", amount: 5000 },
    ],
    fromField: "budget",
  },
};
const model = ZScoringModel.parse(modelInput);

describe("scoreLead: totals, dimensions and tiers", () => {
  it.each<[string, TAnswers, number, Record<string, number>, string]>([
    ["nothing answered → floor tier", {}, 0, { fit: 0, intent: 0, value: 0 }, "cold"],
    ["option points", { company_size: "201-1000" }, 10, { fit: 10, intent: 0, value: 0 }, "cold"],
    ["each selected option of a multiple choice", { tools: ["crm", "erp"] }, 12, { fit: 0, intent: 12, value: 0 }, "cold"],
    ["just below the warm threshold", { company_size: "201-1000", tools: ["crm"] }, 15, { fit: 10, intent: 5, value: 0 }, "cold"],
    ["exactly at the warm threshold", { role: "vp", tools: ["crm"] }, 20, { fit: 15, intent: 5, value: 0 }, "warm"],
    ["rules", { budget: 50000, role: "vp" }, 45, { fit: 15, intent: 0, value: 30 }, "warm"],
    ["exactly at the hot threshold", { budget: 60000, role: "vp", tools: ["crm"] }, 50, { fit: 15, intent: 5, value: 30 }, "hot"],
    ["above the hot threshold", { budget: 60000, role: "vp", tools: ["crm", "erp"] }, 57, { fit: 15, intent: 12, value: 30 }, "hot"],
    ["free-mail penalty", { email: "ann@gmail.com", role: "vp" }, -5, { fit: -5, intent: 0, value: 0 }, "cold"],
    ["work email: no penalty", { email: "ann@acme.io", role: "vp" }, 15, { fit: 15, intent: 0, value: 0 }, "cold"],
  ])("%s", (_name, answers, total, dimensions, tier) => {
    const result = scoreLead(model, answers, definition);
    expect([result.total, result.dimensions, result.tier]).toEqual([total, dimensions, tier]);
  });
});

describe("scoreLead: breakdown explanations", () => {
  it("explains every contribution in order, with labels from the definition", () => {
    const result = scoreLead(model, { email: "ann@gmail.com", company_size: "201-1000", tools: ["erp"], budget: 75000 }, definition);
    expect(result.breakdown).toEqual([
      { kind: "option", dimension: "fit", points: 10, ref: "company_size=201-1000", explanation: "+10 fit: Company size is 201–1,000" },
      { kind: "option", dimension: "intent", points: 7, ref: "tools=erp", explanation: "+7 intent: Tools is ERP" },
      { kind: "rule", dimension: "value", points: 30, ref: "big_budget", explanation: "+30 value: budget ≥ $50k" },
      { kind: "free_email", dimension: "fit", points: -20, ref: "email", explanation: "−20 fit: free-mail address" },
    ]);
    expect(result.total).toBe(27);
  });

  it("without a definition, explains with keys and values", () => {
    expect(scoreLead(model, { company_size: "201-1000" }).breakdown[0]?.explanation).toBe("+10 fit: company_size is 201-1000");
  });
});

describe("scoreLead: knock-outs", () => {
  it.each<[string, TAnswers, string, string, string | null]>([
    ["student forced to cold despite a hot score", { role: "student", budget: 90000, company_size: "201-1000", tools: ["crm", "erp"] }, "cold", "Cold", "student"],
    ["first matching knock-out wins", { role: "student", company_size: "1-10" }, "cold", "Cold", "student"],
    ["a knock-out tier outside the tier list keeps its key as label", { company_size: "1-10" }, "disqualified", "disqualified", "tiny"],
    ["no knock-out", { role: "vp" }, "cold", "Cold", null],
  ])("%s", (_name, answers, tier, tierLabel, knockedOutBy) => {
    const result = scoreLead(model, answers, definition);
    expect([result.tier, result.tierLabel, result.knockedOutBy]).toEqual([tier, tierLabel, knockedOutBy]);
    const knockouts = result.breakdown.filter((b) => b.kind === "knockout");
    expect(knockouts).toEqual(knockedOutBy ? [{ kind: "knockout", dimension: null, points: 0, ref: knockedOutBy, explanation: `Knock-out: ${knockedOutBy === "student" ? "student" : "tiny company"}` }] : []);
  });

  it("the score is still computed when knocked out", () => {
    expect(scoreLead(model, { role: "student", budget: 90000 }, definition).total).toBe(30);
  });
});

describe("scoreLead: estimated deal value", () => {
  const withDeal = (dealValue: TScoringModelInput["dealValue"]) => ZScoringModel.parse({ ...modelInput, dealValue });
  it.each<[string, ReturnType<typeof withDeal>, TAnswers, number | null, string]>([
    ["the number field wins", model, { budget: 75000, company_size: "201-1000" }, 75000, "USD"],
    ["base + selected option amounts", model, { company_size: "201-1000", tools: ["crm", "erp"] }, 26000, "USD"],
    ["base alone", model, {}, 1000, "USD"],
    ["numeric text in the field", model, { budget: "4200" as unknown as number }, 4200, "USD"],
    ["no deal value configured", withDeal(undefined), { budget: 75000 }, null, "USD"],
    ["zero base and no option matched", withDeal({ currency: "EUR", fromOptions: [{ fieldKey: "tools", optionValue: "erp", amount: 5000 }] }), { tools: ["crm"] }, null, "EUR"],
    ["zero base, option matched", withDeal({ currency: "EUR", fromOptions: [{ fieldKey: "tools", optionValue: "erp", amount: 5000 }] }), { tools: ["erp"] }, 5000, "EUR"],
    ["field unanswered falls back to options", withDeal({ fromField: "budget", fromOptions: [{ fieldKey: "tools", optionValue: "crm", amount: 300 }] }), { tools: ["crm"] }, 300, "USD"],
    // A number question read as the deal value takes any number; the estimate stays storable (0 … 999,999,999,999.99).
    ["a negative number in the field counts as 0", model, { budget: -5 }, 0, "USD"],
    ["a 20-digit number in the field stops at the largest storable amount", model, { budget: 12345678901234567000 }, 999_999_999_999.99, "USD"],
    ["the largest storable amount itself", model, { budget: 999_999_999_999.99 }, 999_999_999_999.99, "USD"],
    ["option amounts adding up past it stop there", withDeal({ base: 900_000_000_000, fromOptions: [{ fieldKey: "tools", optionValue: "crm", amount: 900_000_000_000 }] }), { tools: ["crm"] }, 999_999_999_999.99, "USD"],
  ])("%s", (_name, m, answers, estimatedValue, currency) => {
    const result = scoreLead(m, answers, definition);
    expect([result.estimatedValue, result.currency]).toEqual([estimatedValue, currency]);
  });
});

describe("scoreLead: tier edge cases", () => {
  it.each<[number, string]>([
    [100, "a"],
    [10, "a"],
    [9, "b"],
    [0, "b"],
    [-1, "c"],
  ])("total %s → tier %s (minScore null skipped unless last)", (points, tier) => {
    const m = ZScoringModel.parse({
      dimensions: [{ key: "fit", label: "Fit" }],
      rules: [{ id: "r", label: "r", when: { kind: "group", op: "and", conditions: [] }, dimension: "fit", points }],
      tiers: [{ key: "a", label: "A", minScore: 10 }, { key: "x", label: "X", minScore: null }, { key: "b", label: "B", minScore: 0 }, { key: "c", label: "C", minScore: 5 }],
    });
    expect(scoreLead(m, {}).tier).toBe(tier);
  });
});
