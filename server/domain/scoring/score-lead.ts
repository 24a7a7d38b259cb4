// Answers → score per dimension, total, tier and estimated deal value, with every contribution
// explained. The same function gives the live score in the editor preview and the stored score.
//
// Decisions:
// - Order of the breakdown: option points (model order), rules (model order), free-mail penalty,
//   then the knock-out item (0 points) if one matched.
// - Option points count once per selected option (each selected option of a multiple choice).
//   Options and rule conditions compare like the condition evaluator (trimmed, case-insensitive).
// - Points on a dimension the model does not list still count in the total and appear under
//   their own key in `dimensions`.
// - Tier: the first tier with a minScore ≤ total; tiers without minScore are skipped; the last
//   tier is the floor. The first matching knock-out forces its tier whatever the score.
// - Estimated value: no dealValue → null. A numeric answer to dealValue.fromField wins. Else
//   base + the amounts of selected fromOptions; null when the base is 0 and no option matched.
// - Explanations: "+30 value: budget ≥ $50k", "−20 fit: free-mail address", "+10 fit: Company
//   size is 201–1,000" (field and option labels when the definition is given), "Knock-out: student".
import { evaluateCondition, toNumber } from "../conditions/evaluate-condition";
import { isFreeEmail } from "../conditions/email-domain";
import { allFields, optionsOf, type TAnswers, type TFormDefinition } from "../forms/definition";
import { MAX_MONEY_AMOUNT } from "../validation/money-amount";
import type { TBreakdownItem, TScoreResult, TScoringModel } from "./model";

export function scoreLead(model: TScoringModel, answers: TAnswers, definition?: Pick<TFormDefinition, "steps">): TScoreResult {
  const breakdown: TBreakdownItem[] = [];
  const dimensions: Record<string, number> = Object.fromEntries(model.dimensions.map((d) => [d.key, 0]));
  const add = (item: Omit<TBreakdownItem, "explanation">, reason: string) => {
    if (item.dimension !== null) dimensions[item.dimension] = (dimensions[item.dimension] ?? 0) + item.points;
    breakdown.push({ ...item, explanation: `${signed(item.points)} ${dimensionName(model, item.dimension)}: ${reason}` });
  };
  const resolve = (ref: string) => (Object.hasOwn(answers, ref) ? answers[ref] : undefined);

  for (const entry of model.optionPoints) {
    if (!isSelected(answers, entry.fieldKey, entry.optionValue)) continue;
    const ref = `${entry.fieldKey}=${entry.optionValue}`;
    add({ kind: "option", dimension: entry.dimension, points: entry.points, ref }, optionText(definition, entry.fieldKey, entry.optionValue));
  }
  for (const rule of model.rules) {
    if (evaluateCondition(rule.when, resolve)) add({ kind: "rule", dimension: rule.dimension, points: rule.points, ref: rule.id }, rule.label);
  }
  const email = model.freeEmail ? resolve(model.freeEmail.fieldKey) : undefined;
  if (model.freeEmail && typeof email === "string" && isFreeEmail(email)) {
    const { fieldKey, dimension, points } = model.freeEmail;
    add({ kind: "free_email", dimension, points, ref: fieldKey }, "free-mail address");
  }

  const total = breakdown.reduce((sum, item) => sum + item.points, 0);
  const tierByScore = model.tiers.find((t) => t.minScore !== null && t.minScore <= total) ?? model.tiers[model.tiers.length - 1];
  const knockout = model.knockouts.find((k) => evaluateCondition(k.when, resolve));
  if (knockout) breakdown.push({ kind: "knockout", dimension: null, points: 0, ref: knockout.id, explanation: `Knock-out: ${knockout.label}` });
  const tierKey = knockout ? knockout.tier : (tierByScore?.key ?? "");
  const tier = model.tiers.find((t) => t.key === tierKey);

  return {
    total,
    dimensions,
    tier: tierKey,
    tierLabel: tier?.label ?? tierKey,
    knockedOutBy: knockout?.id ?? null,
    estimatedValue: estimateValue(model, answers),
    currency: model.dealValue?.currency ?? "USD",
    breakdown,
  };
}

function isSelected(answers: TAnswers, fieldKey: string, optionValue: string): boolean {
  const answer = Object.hasOwn(answers, fieldKey) ? answers[fieldKey] : undefined;
  const same = (v: unknown) => typeof v === "string" && v.trim().toLowerCase() === optionValue.trim().toLowerCase();
  return Array.isArray(answer) ? answer.some(same) : same(answer);
}

function estimateValue(model: TScoringModel, answers: TAnswers): number | null {
  const deal = model.dealValue;
  if (!deal) return null;
  if (deal.fromField !== undefined && Object.hasOwn(answers, deal.fromField)) {
    const fromField = toNumber(answers[deal.fromField]);
    if (fromField !== null) return storableEstimate(fromField);
  }
  const matched = deal.fromOptions.filter((o) => isSelected(answers, o.fieldKey, o.optionValue));
  if (deal.base === 0 && matched.length === 0) return null;
  return storableEstimate(matched.reduce((sum, o) => sum + o.amount, deal.base));
}

/**
 * An estimate is a deal's size: never below 0, never above what a lead's estimated value stores
 * (MAX_MONEY_AMOUNT). A plain number question read as the deal value takes any number (-5,
 * 10^20), and a model's amounts add up without a ceiling; past it the lead's insert would fail and
 * the lead be lost. The answer itself is kept as given.
 */
function storableEstimate(amount: number): number {
  return Math.min(Math.max(amount, 0), MAX_MONEY_AMOUNT);
}

function signed(points: number): string {
  return points < 0 ? `−${Math.abs(points)}` : `+${points}`;
}

/** "Fit" → "fit", "Product fit" → "product fit"; all-capital labels ("ICP") stay as they are. */
function dimensionName(model: TScoringModel, key: string | null): string {
  const label = model.dimensions.find((d) => d.key === key)?.label ?? key ?? "";
  return label === label.toUpperCase() ? label : label.charAt(0).toLowerCase() + label.slice(1);
}

function optionText(definition: Pick<TFormDefinition, "steps"> | undefined, fieldKey: string, optionValue: string): string {
  const field = definition ? allFields(definition).find((f) => f.key === fieldKey) : undefined;
  if (!field) return `${fieldKey} is ${optionValue}`;
  const option = optionsOf(field).find((o) => o.value === optionValue);
  return `${field.label} is ${option?.label ?? optionValue}`;
}
