// The lowest and highest total score any submission of this form can get under this scoring
// model, and whether any tier above the floor (the last tier, "Disqualified" by default) can be
// reached at all. The publish check uses it to refuse a form that would put every lead in the
// floor tier (a Blank form whose tiers start above 0 and whose answers earn no points).
//
// Bounds, never too narrow (a form is never refused when some answers could pass), exact when
// every question may be left unanswered and rule conditions are independent:
// - Option points (scoreLead counts each entry whose option is selected; values compared trimmed
//   and case-insensitive): per question, the points of each of its options summed over all
//   dimensions (dimensions only split the total). A one-answer question adds its best option or
//   nothing (it may be optional or hidden by logic). A multiple-choice question adds its positive
//   options, at most `validation.maxSelected` of them (the best ones). Lowest: mirror images.
//   Points for a question not on the form are never earned; on a question without options (only a
//   publish problem of its own) any one entry's value may be typed in.
// - Rules: a rule that reads no question is always or never true (evaluated once); any other may
//   match or not, so positive points raise the highest and negative ones lower the lowest.
// - Free-mail adjustment: applies or not.
// - Knock-outs force their tier whatever the score: one sending leads to a tier above the floor
//   makes that tier reachable (its condition reads answers; a constant one is evaluated).
import { conditionRefs, evaluateCondition } from "../conditions/evaluate-condition";
import type { TScoringModel } from "../scoring/model";
import { allFields, optionsOf, type TFormDefinition } from "./definition";

export interface TScoreRange {
  lowest: number;
  highest: number;
}

const norm = (value: string) => value.trim().toLowerCase();
const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
const canHold = (when: TScoringModel["rules"][number]["when"]) => conditionRefs(when).length > 0 || evaluateCondition(when, () => undefined);

export function scoreRange(definition: Pick<TFormDefinition, "steps">, model: TScoringModel): TScoreRange {
  let lowest = 0;
  let highest = 0;
  const fields = new Map(allFields(definition).map((f) => [f.key, f] as const));
  const entriesByField = new Map<string, TScoringModel["optionPoints"]>();
  for (const entry of model.optionPoints) entriesByField.set(entry.fieldKey, [...(entriesByField.get(entry.fieldKey) ?? []), entry]);
  for (const [fieldKey, entries] of entriesByField) {
    const field = fields.get(fieldKey);
    if (!field) continue;
    const offered = optionsOf(field).map((o) => o.value);
    const values = offered.length > 0 ? offered : entries.map((e) => e.optionValue);
    const totals = values.map((v) => sum(entries.filter((e) => norm(e.optionValue) === norm(v)).map((e) => e.points)));
    if (field.type === "multiple_choice") {
      const cap = field.validation?.maxSelected ?? totals.length;
      highest += sum(totals.filter((t) => t > 0).sort((a, b) => b - a).slice(0, cap));
      lowest += sum(totals.filter((t) => t < 0).sort((a, b) => a - b).slice(0, cap));
    } else {
      highest += Math.max(0, ...totals);
      lowest += Math.min(0, ...totals);
    }
  }
  for (const rule of model.rules) {
    if (!canHold(rule.when)) continue;
    if (conditionRefs(rule.when).length === 0) {
      highest += rule.points;
      lowest += rule.points;
    } else if (rule.points > 0) highest += rule.points;
    else lowest += rule.points;
  }
  if (model.freeEmail && fields.has(model.freeEmail.fieldKey)) {
    highest += Math.max(0, model.freeEmail.points);
    lowest += Math.min(0, model.freeEmail.points);
  }
  return { lowest, highest };
}

export interface TFloorOnly {
  /** The tier every lead lands in (the last). */
  floor: TScoringModel["tiers"][number];
  /** The easiest tier above it (lowest minimum): the one to lower. */
  easiest: TScoringModel["tiers"][number] & { minScore: number };
  easiestIndex: number;
  range: TScoreRange;
}

/**
 * Null when some answers can reach a tier above the floor (or there is only one tier); else the
 * floor, the easiest tier above it and the score range, to explain the problem.
 */
export function floorOnlyProblem(definition: Pick<TFormDefinition, "steps">, model: TScoringModel): TFloorOnly | null {
  const floor = model.tiers.at(-1);
  const above = model.tiers.slice(0, -1).flatMap((t, i) => (t.minScore === null ? [] : [{ tier: { ...t, minScore: t.minScore }, index: i }]));
  if (!floor || above.length === 0) return null;
  const range = scoreRange(definition, model);
  if (above.some(({ tier }) => tier.minScore <= range.highest)) return null;
  const aboveKeys = new Set(model.tiers.slice(0, -1).map((t) => t.key));
  if (model.knockouts.some((k) => aboveKeys.has(k.tier) && k.tier !== floor.key && canHold(k.when))) return null;
  const easiest = above.reduce((best, next) => (next.tier.minScore < best.tier.minScore ? next : best));
  return { floor, easiest: easiest.tier, easiestIndex: easiest.index, range };
}
