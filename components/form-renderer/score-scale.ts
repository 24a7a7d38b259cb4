// The most points each dimension can reach under a scoring model (the live score panel's bar scale).
// Rough on purpose: per field the best option (every positive option for multiple choice), plus
// every positive rule. Never below 1 so a bar never divides by zero.
import type { TFormDefinition } from "@/server/domain/forms/definition";
import { allFields } from "@/server/domain/forms/definition";
import type { TScoringModel } from "@/server/domain/scoring/model";

export function dimensionMaxima(model: TScoringModel, definition?: Pick<TFormDefinition, "steps">): Record<string, number> {
  const multiple = new Set(definition ? allFields(definition).filter((f) => f.type === "multiple_choice").map((f) => f.key) : []);
  const perField = new Map<string, number[]>();
  for (const p of model.optionPoints) {
    const key = `${p.dimension}\u0000${p.fieldKey}`;
    perField.set(key, [...(perField.get(key) ?? []), p.points]);
  }
  const maxima: Record<string, number> = Object.fromEntries(model.dimensions.map((d) => [d.key, 0]));
  for (const [key, points] of perField) {
    const [dimension, fieldKey] = key.split("\u0000") as [string, string];
    const best = multiple.has(fieldKey) ? points.filter((p) => p > 0).reduce((a, b) => a + b, 0) : Math.max(0, ...points);
    maxima[dimension] = (maxima[dimension] ?? 0) + best;
  }
  for (const rule of model.rules) if (rule.points > 0) maxima[rule.dimension] = (maxima[rule.dimension] ?? 0) + rule.points;
  if (model.freeEmail && model.freeEmail.points > 0) maxima[model.freeEmail.dimension] = (maxima[model.freeEmail.dimension] ?? 0) + model.freeEmail.points;
  for (const key of Object.keys(maxima)) maxima[key] = Math.max(1, maxima[key]!);
  return maxima;
}

/** A bar's filled share, 0..1. */
export function barShare(points: number, max: number): number {
  return Math.min(1, Math.max(0, points / Math.max(1, max)));
}
