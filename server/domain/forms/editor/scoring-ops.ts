// Editor operations on the scoring model: option points, rules, dimensions, tiers, knock-outs and
// the estimated deal value. Removing a dimension or tier still in use is refused (say which);
// a removed tier's end screen choice goes with it.
import type { TCondition } from "../../conditions/condition";
import type { TScoringModel } from "../../scoring/model";
import { dedupe, fail, nextId, ok, slugKey, type TEditorState, type TEditResult } from "./editor-state";

type TRule = TScoringModel["rules"][number];
type TKnockout = TScoringModel["knockouts"][number];
type TTier = TScoringModel["tiers"][number];
type TDeal = NonNullable<TScoringModel["dealValue"]>;
const ALWAYS: TCondition = { kind: "group", op: "and", conditions: [] };

const withScoring = (state: TEditorState, scoring: TScoringModel): TEditorState => ({ ...state, scoring });
const isPoints = (n: number) => Number.isInteger(n) && n >= -1000 && n <= 1000;

/** Points for choosing an option on a dimension; 0 removes the entry. */
export function setOptionPoints(state: TEditorState, input: { fieldKey: string; optionValue: string; dimension: string; points: number }): TEditResult {
  if (!isPoints(input.points)) return fail("Points are whole numbers from -1000 to 1000");
  if (!state.scoring.dimensions.some((d) => d.key === input.dimension)) return fail(`There is no dimension '${input.dimension}'`);
  const same = (p: TScoringModel["optionPoints"][number]) => p.fieldKey === input.fieldKey && p.optionValue === input.optionValue && p.dimension === input.dimension;
  const rest = state.scoring.optionPoints.filter((p) => !same(p));
  const index = state.scoring.optionPoints.findIndex(same);
  const optionPoints = input.points === 0 ? rest : index < 0 ? [...rest, { ...input }] : state.scoring.optionPoints.map((p) => (same(p) ? { ...input } : p));
  return ok(withScoring(state, { ...state.scoring, optionPoints }));
}

export function optionPointsOf(scoring: TScoringModel, fieldKey: string, optionValue: string, dimension: string): number {
  return scoring.optionPoints.find((p) => p.fieldKey === fieldKey && p.optionValue === optionValue && p.dimension === dimension)?.points ?? 0;
}

export function addScoringRule(state: TEditorState, input: Partial<Omit<TRule, "id">> = {}): TEditResult<{ ruleId: string }> {
  const { scoring } = state;
  if (scoring.rules.length >= 300) return fail("A scoring model has at most 300 rules");
  const ruleId = nextId("score_rule", scoring.rules.map((r) => r.id));
  const rule: TRule = { id: ruleId, label: input.label ?? "New rule", when: input.when ?? ALWAYS, dimension: input.dimension ?? scoring.dimensions[0]!.key, points: input.points ?? 10 };
  return ok(withScoring(state, { ...scoring, rules: [...scoring.rules, rule] }), { ruleId });
}

export function updateScoringRule(state: TEditorState, ruleId: string, patch: Partial<Omit<TRule, "id">>): TEditResult {
  if (!state.scoring.rules.some((r) => r.id === ruleId)) return fail(`There is no scoring rule '${ruleId}'`);
  if (patch.points !== undefined && !isPoints(patch.points)) return fail("Points are whole numbers from -1000 to 1000");
  return ok(withScoring(state, { ...state.scoring, rules: state.scoring.rules.map((r) => (r.id === ruleId ? { ...r, ...patch } : r)) }));
}

export function removeScoringRule(state: TEditorState, ruleId: string): TEditResult {
  if (!state.scoring.rules.some((r) => r.id === ruleId)) return fail(`There is no scoring rule '${ruleId}'`);
  return ok(withScoring(state, { ...state.scoring, rules: state.scoring.rules.filter((r) => r.id !== ruleId) }));
}

export function addDimension(state: TEditorState, label: string): TEditResult<{ key: string }> {
  const { scoring } = state;
  if (scoring.dimensions.length >= 10) return fail("A scoring model has at most 10 dimensions");
  const text = label.trim() || "Dimension";
  const key = dedupe(slugKey(text, "dimension"), scoring.dimensions.map((d) => d.key));
  return ok(withScoring(state, { ...scoring, dimensions: [...scoring.dimensions, { key, label: text }] }), { key });
}

export function renameDimension(state: TEditorState, key: string, label: string): TEditResult {
  if (!state.scoring.dimensions.some((d) => d.key === key)) return fail(`There is no dimension '${key}'`);
  return ok(withScoring(state, { ...state.scoring, dimensions: state.scoring.dimensions.map((d) => (d.key === key ? { ...d, label } : d)) }));
}

export function removeDimension(state: TEditorState, key: string): TEditResult {
  const { scoring } = state;
  const dimension = scoring.dimensions.find((d) => d.key === key);
  if (!dimension) return fail(`There is no dimension '${key}'`);
  if (scoring.dimensions.length === 1) return fail("A scoring model needs at least one dimension");
  const uses = scoring.optionPoints.filter((p) => p.dimension === key).length + scoring.rules.filter((r) => r.dimension === key).length + (scoring.freeEmail?.dimension === key ? 1 : 0);
  if (uses > 0) return fail(`'${dimension.label}' still gets points from ${uses} ${uses === 1 ? "entry" : "entries"}; move or remove them first`);
  return ok(withScoring(state, { ...scoring, dimensions: scoring.dimensions.filter((d) => d.key !== key) }));
}

/** Adds a tier just above the floor (the last tier). */
export function addTier(state: TEditorState, label: string, minScore: number): TEditResult<{ key: string }> {
  const { tiers } = state.scoring;
  if (tiers.length >= 10) return fail("A scoring model has at most 10 tiers");
  if (!Number.isInteger(minScore)) return fail("A minimum score is a whole number");
  const text = label.trim() || "Tier";
  const key = dedupe(slugKey(text, "tier"), tiers.map((t) => t.key));
  const tier: TTier = { key, label: text, minScore };
  return ok(withScoring(state, { ...state.scoring, tiers: [...tiers.slice(0, -1), tier, ...tiers.slice(-1)] }), { key });
}

/** Label and minimum score; only the last tier (the floor) has no minimum. */
export function updateTier(state: TEditorState, key: string, patch: { label?: string; minScore?: number | null }): TEditResult {
  const { tiers } = state.scoring;
  const index = tiers.findIndex((t) => t.key === key);
  if (index < 0) return fail(`There is no tier '${key}'`);
  if (patch.minScore === null && index !== tiers.length - 1) return fail("Only the last tier may have no minimum score");
  if (patch.minScore !== undefined && patch.minScore !== null && !Number.isInteger(patch.minScore)) return fail("A minimum score is a whole number");
  return ok(withScoring(state, { ...state.scoring, tiers: tiers.map((t) => (t.key === key ? { ...t, ...patch } : t)) }));
}

export function removeTier(state: TEditorState, key: string): TEditResult {
  const { tiers, knockouts } = state.scoring;
  const index = tiers.findIndex((t) => t.key === key);
  if (index < 0) return fail(`There is no tier '${key}'`);
  if (index === tiers.length - 1) return fail(`'${tiers[index]!.label}' is the floor tier; every model keeps one`);
  const used = knockouts.filter((k) => k.tier === key);
  if (used.length > 0) return fail(`Knock-out '${used[0]!.label}' sends leads to '${tiers[index]!.label}'; change it first`);
  // The tier's end screen goes with it (publish refuses an end screen for a tier that is gone).
  const { [key]: _dropped, ...tierOutcomes } = state.definition.tierOutcomes;
  const definition = _dropped === undefined ? state.definition : { ...state.definition, tierOutcomes };
  return ok({ definition, scoring: { ...state.scoring, tiers: tiers.filter((t) => t.key !== key) } });
}

export function addKnockout(state: TEditorState, input: Partial<Omit<TKnockout, "id">> = {}): TEditResult<{ knockoutId: string }> {
  const { scoring } = state;
  if (scoring.knockouts.length >= 50) return fail("A scoring model has at most 50 knock-outs");
  const knockoutId = nextId("knockout", scoring.knockouts.map((k) => k.id));
  const knockout: TKnockout = { id: knockoutId, label: input.label ?? "New knock-out", when: input.when ?? ALWAYS, tier: input.tier ?? scoring.tiers.at(-1)!.key };
  return ok(withScoring(state, { ...scoring, knockouts: [...scoring.knockouts, knockout] }), { knockoutId });
}

export function updateKnockout(state: TEditorState, knockoutId: string, patch: Partial<Omit<TKnockout, "id">>): TEditResult {
  if (!state.scoring.knockouts.some((k) => k.id === knockoutId)) return fail(`There is no knock-out '${knockoutId}'`);
  if (patch.tier !== undefined && !state.scoring.tiers.some((t) => t.key === patch.tier)) return fail(`There is no tier '${patch.tier}'`);
  return ok(withScoring(state, { ...state.scoring, knockouts: state.scoring.knockouts.map((k) => (k.id === knockoutId ? { ...k, ...patch } : k)) }));
}

export function removeKnockout(state: TEditorState, knockoutId: string): TEditResult {
  if (!state.scoring.knockouts.some((k) => k.id === knockoutId)) return fail(`There is no knock-out '${knockoutId}'`);
  return ok(withScoring(state, { ...state.scoring, knockouts: state.scoring.knockouts.filter((k) => k.id !== knockoutId) }));
}

/** Base amount, currency and the number/currency question it comes from (null = no estimate). */
export function setDealValue(state: TEditorState, patch: Partial<Omit<TDeal, "fromOptions">> | null): TEditResult {
  const scoring = { ...state.scoring };
  if (patch === null) {
    delete scoring.dealValue;
    return ok(withScoring(state, scoring));
  }
  if (patch.base !== undefined && !(patch.base >= 0)) return fail("The base amount cannot be negative");
  if (patch.currency !== undefined && !/^[A-Z]{3}$/.test(patch.currency)) return fail("Use a three-letter currency code (USD, EUR …)");
  const deal: TDeal = { currency: "USD", base: 0, fromOptions: [], ...scoring.dealValue, ...patch };
  if (deal.fromField === undefined || deal.fromField === "") delete deal.fromField;
  return ok(withScoring(state, { ...scoring, dealValue: deal }));
}

/** Amount added to the deal value when this option is chosen; 0 removes it. */
export function setOptionAmount(state: TEditorState, input: { fieldKey: string; optionValue: string; amount: number }): TEditResult {
  if (!(input.amount >= 0)) return fail("An amount cannot be negative");
  const deal: TDeal = state.scoring.dealValue ?? { currency: "USD", base: 0, fromOptions: [] };
  const same = (o: TDeal["fromOptions"][number]) => o.fieldKey === input.fieldKey && o.optionValue === input.optionValue;
  const rest = deal.fromOptions.filter((o) => !same(o));
  const fromOptions = input.amount === 0 ? rest : deal.fromOptions.some(same) ? deal.fromOptions.map((o) => (same(o) ? { ...input } : o)) : [...rest, { ...input }];
  return ok(withScoring(state, { ...state.scoring, dealValue: { ...deal, fromOptions } }));
}
