// A generated 40-field, 5-step form with logic and a scoring model, and a matching answer set:
// the workload of the form-evaluation benchmark.
import type { TAnswers, TFormDefinitionInput } from "../domain/forms/definition";
import type { TScoringModelInput } from "../domain/scoring/model";

const OPTIONS = ["a", "b", "c", "d", "e"].map((v) => ({ value: v, label: `Option ${v.toUpperCase()}` }));
const TYPES = ["single_choice", "short_text", "number", "multiple_choice", "dropdown", "email", "yes_no", "long_text"] as const;

export function fortyFieldForm(): { definition: TFormDefinitionInput; scoring: TScoringModelInput; answers: TAnswers } {
  const steps = Array.from({ length: 5 }, (_, s) => ({
    id: `step_${s}`,
    title: `Step ${s + 1}`,
    fields: Array.from({ length: 8 }, (_, f) => {
      const type = TYPES[f]!;
      const key = `f_${s}_${f}`;
      const hasOptions = type === "single_choice" || type === "multiple_choice" || type === "dropdown";
      return { key, type, label: `Question ${s}.${f}`, required: f < 4, ...(hasOptions ? { options: OPTIONS } : {}) };
    }),
  }));
  const logic = Array.from({ length: 4 }, (_, s) => ({
    id: `show_${s}`,
    action: { type: "show_field" as const, fieldKey: `f_${s + 1}_7` },
    when: {
      kind: "group" as const,
      op: "and" as const,
      conditions: [
        { kind: "rule" as const, ref: `f_${s}_0`, operator: "is_any_of" as const, value: ["a", "b"] },
        { kind: "rule" as const, ref: `f_${s}_2`, operator: "gte" as const, value: 10 },
      ],
    },
  }));
  const answers: TAnswers = {};
  for (const step of steps) {
    for (const field of step.fields) {
      const v =
        field.type === "number" ? 42 : field.type === "multiple_choice" ? ["a", "c"] : field.type === "email" ? "sam@acme-bank.com" : field.type === "yes_no" ? "yes" : "options" in field ? "a" : "Some text answer";
      answers[field.key] = v;
    }
  }
  const scoring: TScoringModelInput = {
    dimensions: [
      { key: "fit", label: "Fit" },
      { key: "intent", label: "Intent" },
      { key: "value", label: "Value" },
    ],
    optionPoints: steps.flatMap((s, i) =>
      OPTIONS.map((o, j) => ({ fieldKey: `${s.id.replace("step", "f")}_0`, optionValue: o.value, dimension: ["fit", "intent", "value"][i % 3]!, points: 5 * j })),
    ),
    rules: steps.map((s, i) => ({
      id: `rule_${i}`,
      label: `rule ${i}`,
      dimension: "value",
      points: 10,
      when: { kind: "rule" as const, ref: `f_${i}_2`, operator: "between" as const, value: [10, 100] },
    })),
    freeEmail: { fieldKey: "f_0_5", dimension: "fit", points: -20 },
    tiers: [
      { key: "sales_ready", label: "Sales-ready", minScore: 60 },
      { key: "nurture", label: "Nurture", minScore: 20 },
      { key: "disqualified", label: "Disqualified", minScore: null },
    ],
    knockouts: [{ id: "ko", label: "knock-out", tier: "disqualified", when: { kind: "rule", ref: "f_0_1", operator: "equals", value: "student" } }],
  };
  const definition: TFormDefinitionInput = {
    title: "Forty fields",
    steps,
    logic,
    outcomes: [{ id: "thanks", type: "message", title: "Thanks", body: "" }],
    defaultOutcomeId: "thanks",
  };
  return { definition, scoring, answers };
}
