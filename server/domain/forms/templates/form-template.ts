// A starting point for a new form: a definition and its scoring model, both valid and publishable
// as they are (templates.test.ts checks that).
import type { TScoringModelInput } from "../../scoring/model";
import type { TFormDefinitionInput } from "../definition";

export interface TFormTemplate {
  key: string;
  label: string;
  description: string;
  definition: TFormDefinitionInput;
  scoring: TScoringModelInput;
}

export type TOptionPoints = NonNullable<TScoringModelInput["optionPoints"]>;

/** points("budget", "value", { small: 0, big: 30 }) → one optionPoints entry per option. */
export function points(fieldKey: string, dimension: string, byOption: Record<string, number>): TOptionPoints {
  return Object.entries(byOption).map(([optionValue, p]) => ({ fieldKey, optionValue, dimension, points: p }));
}

export const STANDARD_DIMENSIONS = [
  { key: "fit", label: "Fit" },
  { key: "intent", label: "Intent" },
  { key: "value", label: "Value" },
];

export const STANDARD_TIERS = [
  { key: "sales_ready", label: "Sales-ready", minScore: 60 },
  { key: "nurture", label: "Nurture", minScore: 20 },
  { key: "disqualified", label: "Disqualified", minScore: null },
];
