// Scoring of the demo form: fit (who they are), intent (how ready), value (how big).
import type { TScoringModelInput } from "../../server/domain/scoring/model";

const points = (fieldKey: string, dimension: string, byOption: Record<string, number>) =>
  Object.entries(byOption).map(([optionValue, p]) => ({ fieldKey, optionValue, dimension, points: p }));

export const DEMO_FORM_SCORING: TScoringModelInput = {
  dimensions: [
    { key: "fit", label: "Fit" },
    { key: "intent", label: "Intent" },
    { key: "value", label: "Value" },
  ],
  optionPoints: [
    ...points("company_size", "fit", { "1-19": 0, "20-199": 10, "200-999": 25, "1000-4999": 30, "5000+": 30 }),
    ...points("role", "fit", { founder: 10, c_level: 20, vp: 20, director: 15, manager: 10, individual: 5 }),
    ...points("authority", "intent", { decision_maker: 20, influencer: 10, researching: 0 }),
    ...points("industry", "fit", { financial_services: 10, technology: 10, healthcare: 5, manufacturing: 5 }),
    ...points("budget", "value", { under_10k: 0, "10k_50k": 15, "50k_150k": 30, "150k_plus": 40 }),
    ...points("timeline", "intent", { this_month: 25, this_quarter: 15, this_year: 5, exploring: 0 }),
    ...points("start_when", "intent", { asap: 20, this_quarter: 10, just_exploring: 0 }),
  ],
  rules: [
    {
      id: "budget-50k-plus",
      label: "budget ≥ $50k",
      dimension: "value",
      points: 10,
      when: { kind: "rule", ref: "budget", operator: "is_any_of", value: ["50k_150k", "150k_plus"] },
    },
    {
      id: "enterprise-decision-maker",
      label: "decision-maker at a 200+ company",
      dimension: "intent",
      points: 10,
      when: {
        kind: "group",
        op: "and",
        conditions: [
          { kind: "rule", ref: "company_size", operator: "is_any_of", value: ["200-999", "1000-4999", "5000+"] },
          { kind: "rule", ref: "authority", operator: "equals", value: "decision_maker" },
        ],
      },
    },
  ],
  freeEmail: { fieldKey: "email", dimension: "fit", points: -20 },
  tiers: [
    { key: "sales_ready", label: "Sales-ready", minScore: 60 },
    { key: "nurture", label: "Nurture", minScore: 20 },
    { key: "disqualified", label: "Disqualified", minScore: null },
  ],
  knockouts: [{ id: "student", label: "student", tier: "disqualified", when: { kind: "rule", ref: "role", operator: "equals", value: "student" } }],
  dealValue: {
    currency: "USD",
    base: 0,
    fromOptions: [
      { fieldKey: "budget", optionValue: "under_10k", amount: 6000 },
      { fieldKey: "budget", optionValue: "10k_50k", amount: 30000 },
      { fieldKey: "budget", optionValue: "50k_150k", amount: 100000 },
      { fieldKey: "budget", optionValue: "150k_plus", amount: 200000 },
    ],
  },
};
