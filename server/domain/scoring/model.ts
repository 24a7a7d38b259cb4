// ZScoringModel: how answers become a qualification score, a tier and an estimated deal value.
// Kept apart from the definition so the public form API never reveals it.
import { z } from "zod";
import { ZCondition } from "../conditions/condition";

const ZKey = z.string().min(1).max(64).regex(/^[a-z][a-z0-9_]*$/);

export const DEFAULT_DIMENSIONS = [
  { key: "fit", label: "Fit" },
  { key: "intent", label: "Intent" },
  { key: "value", label: "Value" },
] as const;

export const ZScoringModel = z.object({
  dimensions: z.array(z.object({ key: ZKey, label: z.string().min(1).max(60) })).min(1).max(10),
  /** Points for choosing an option: fieldKey → optionValue → points on a dimension. */
  optionPoints: z
    .array(z.object({ fieldKey: ZKey, optionValue: z.string().min(1), dimension: ZKey, points: z.number().int().min(-1000).max(1000) }))
    .max(1000)
    .default([]),
  /** Condition → points on a dimension; `label` explains it in the breakdown ("budget ≥ $50k"). */
  rules: z
    .array(z.object({ id: z.string().min(1), label: z.string().min(1).max(200), when: ZCondition, dimension: ZKey, points: z.number().int().min(-1000).max(1000) }))
    .max(300)
    .default([]),
  /** A free-mail address (gmail.com …) in this email field moves this dimension (usually fit, negative). */
  freeEmail: z.object({ fieldKey: ZKey, dimension: ZKey, points: z.number().int().min(-1000).max(1000) }).optional(),
  /** Tiers from best to worst: the first whose minScore ≤ total wins; the last is the floor. */
  tiers: z
    .array(z.object({ key: ZKey, label: z.string().min(1).max(60), minScore: z.number().int().nullable() }))
    .min(1)
    .max(10),
  /** Any matching knock-out forces its tier whatever the score (student, competitor …). */
  knockouts: z.array(z.object({ id: z.string().min(1), label: z.string().min(1).max(200), when: ZCondition, tier: ZKey })).max(50).default([]),
  /** Estimated deal value: a base plus per-option amounts, or a number/currency field's value. */
  dealValue: z
    .object({
      currency: z.string().length(3).default("USD"),
      base: z.number().min(0).default(0),
      fromOptions: z.array(z.object({ fieldKey: ZKey, optionValue: z.string().min(1), amount: z.number().min(0) })).max(500).default([]),
      fromField: ZKey.optional(),
    })
    .optional(),
});
export type TScoringModel = z.infer<typeof ZScoringModel>;
export type TScoringModelInput = z.input<typeof ZScoringModel>;

export interface TBreakdownItem {
  kind: "option" | "rule" | "free_email" | "knockout";
  /** Dimension moved (knock-outs move none). */
  dimension: string | null;
  points: number;
  /** Rule id, "<fieldKey>=<optionValue>" for options, the field key for free-mail. */
  ref: string;
  /** "+30 value: budget ≥ $50k" — built from the model's labels at scoring time. */
  explanation: string;
}

export interface TScoreResult {
  total: number;
  dimensions: Record<string, number>;
  tier: string;
  tierLabel: string;
  knockedOutBy: string | null;
  estimatedValue: number | null;
  currency: string;
  breakdown: TBreakdownItem[];
}
