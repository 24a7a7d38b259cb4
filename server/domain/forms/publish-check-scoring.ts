// Publish checks of a scoring model against the form it scores. Paths start with `scoring.`.
// Besides references and tier order: a model under which no answers reach any tier above the
// floor (every lead Disqualified) is refused, naming the fix (score-range.ts computes the bound).
import { CHOICE_FIELD_TYPES, optionsOf } from "./definition";
import type { TScoringModel } from "../scoring/model";
import { checkCondition, fieldName, type TFormIndex, type TPublishProblem } from "./publish-check-context";
import { floorOnlyProblem } from "./score-range";

export function checkScoring(index: TFormIndex, scoring: TScoringModel): TPublishProblem[] {
  const problems: TPublishProblem[] = [];
  const dimensionKeys = new Set(scoring.dimensions.map((d) => d.key));
  const tierKeys = new Set(scoring.tiers.map((t) => t.key));
  const checkDimension = (dimension: string, path: string, what: string) => {
    if (!dimensionKeys.has(dimension)) problems.push({ path, message: `${what} adds points to dimension '${dimension}', which does not exist` });
  };
  /** A question's option, as used by option points and deal values. */
  const checkOption = (fieldKey: string, optionValue: string, path: string, what: string) => {
    const field = index.fields.get(fieldKey)?.field;
    if (!field) return problems.push({ path: `${path}.fieldKey`, message: `${what} refer to '${fieldKey}', which is not a question on this form` });
    const isChoice = CHOICE_FIELD_TYPES.includes(field.type) || field.type === "yes_no";
    if (!isChoice) return problems.push({ path: `${path}.fieldKey`, fieldKey, message: `${what} refer to ${fieldName(field)}, which has no options` });
    if (!optionsOf(field).some((o) => o.value === optionValue)) {
      problems.push({ path: `${path}.optionValue`, fieldKey, message: `${what} refer to option '${optionValue}' of ${fieldName(field)}, which has no such option` });
    }
  };

  duplicates(scoring.dimensions.map((d) => d.key)).forEach((i) =>
    problems.push({ path: `scoring.dimensions.${i}.key`, message: `Two dimensions use the key '${scoring.dimensions[i]?.key}'` }),
  );
  duplicates(scoring.tiers.map((t) => t.key)).forEach((i) =>
    problems.push({ path: `scoring.tiers.${i}.key`, message: `Two tiers use the key '${scoring.tiers[i]?.key}'` }),
  );
  let lowestSoFar = Infinity;
  scoring.tiers.forEach((tier, i) => {
    const isLast = i === scoring.tiers.length - 1;
    if (tier.minScore === null) {
      if (!isLast) problems.push({ path: `scoring.tiers.${i}.minScore`, message: `Tier '${tier.label}' needs a minimum score; only the last tier may have none` });
      return;
    }
    if (!isLast && tier.minScore >= lowestSoFar) {
      problems.push({ path: `scoring.tiers.${i}.minScore`, message: `Tier '${tier.label}' can never be reached: its minimum score must be lower than those of the tiers above it` });
    }
    lowestSoFar = Math.min(lowestSoFar, tier.minScore);
  });

  scoring.optionPoints.forEach((entry, i) => {
    const path = `scoring.optionPoints.${i}`;
    checkOption(entry.fieldKey, entry.optionValue, path, "Points");
    checkDimension(entry.dimension, `${path}.dimension`, `Points for '${entry.optionValue}'`);
  });
  scoring.rules.forEach((rule, i) => {
    const name = `Scoring rule '${rule.label}'`;
    problems.push(...checkCondition(index, rule.when, `scoring.rules.${i}.when`, name));
    checkDimension(rule.dimension, `scoring.rules.${i}.dimension`, name);
  });
  if (scoring.freeEmail) {
    const { fieldKey, dimension } = scoring.freeEmail;
    const field = index.fields.get(fieldKey)?.field;
    if (!field) problems.push({ path: "scoring.freeEmail.fieldKey", message: `The free-mail penalty checks '${fieldKey}', which is not a question on this form` });
    else if (field.type !== "email") problems.push({ path: "scoring.freeEmail.fieldKey", fieldKey, message: `The free-mail penalty must check an email question; ${fieldName(field)} is not one` });
    checkDimension(dimension, "scoring.freeEmail.dimension", "The free-mail penalty");
  }
  scoring.knockouts.forEach((knockout, i) => {
    const name = `Knock-out '${knockout.label}'`;
    problems.push(...checkCondition(index, knockout.when, `scoring.knockouts.${i}.when`, name));
    if (!tierKeys.has(knockout.tier)) problems.push({ path: `scoring.knockouts.${i}.tier`, message: `${name} sends leads to tier '${knockout.tier}', which does not exist` });
  });
  const deal = scoring.dealValue;
  if (deal?.fromField !== undefined) {
    const field = index.fields.get(deal.fromField)?.field;
    if (!field) problems.push({ path: "scoring.dealValue.fromField", message: `The deal value comes from '${deal.fromField}', which is not a question on this form` });
    else if (field.type !== "number" && field.type !== "currency") {
      problems.push({ path: "scoring.dealValue.fromField", fieldKey: field.key, message: `The deal value must come from a number or currency question; ${fieldName(field)} is not one` });
    }
  }
  deal?.fromOptions.forEach((entry, i) => checkOption(entry.fieldKey, entry.optionValue, `scoring.dealValue.fromOptions.${i}`, "Deal value amounts"));
  const floorOnly = tierProblemsFound(problems) ? null : floorOnlyMessage(index, scoring);
  if (floorOnly) problems.push(floorOnly);
  return problems;
}

/** Tier order problems first: "can never be reached" already says what to fix. */
const tierProblemsFound = (problems: TPublishProblem[]) => problems.some((p) => p.path.startsWith("scoring.tiers."));

/**
 * Every lead in the floor tier (a Blank form published without scoring: score 0, Nurture needs
 * 20, every lead Disqualified): the problem, at the minimum of the tier to lower. See score-range.ts.
 */
export function floorOnlyMessage(index: Pick<TFormIndex, "definition">, scoring: TScoringModel): TPublishProblem | null {
  const found = floorOnlyProblem(index.definition, scoring);
  if (!found) return null;
  const { floor, easiest, easiestIndex, range } = found;
  const lower = range.lowest === range.highest ? `set '${easiest.label}' to ${range.highest} to keep every lead` : `set '${easiest.label}' to ${range.highest} or lower (${range.lowest} keeps every lead)`;
  return {
    path: `scoring.tiers.${easiestIndex}.minScore`,
    message: `Every lead would be '${floor.label}': no combination of answers scores more than ${range.highest}, and '${easiest.label}' needs ${easiest.minScore}. Give answers points in Scoring, or ${lower}`,
  };
}

/** Indexes of entries whose value already appeared earlier. */
export function duplicates(values: readonly string[]): number[] {
  const seen = new Set<string>();
  return values.flatMap((v, i) => {
    if (seen.has(v)) return [i];
    seen.add(v);
    return [];
  });
}
