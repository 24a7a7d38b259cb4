// Can this form (and its scoring model) be published? Every problem, in words a marketer
// understands, naming the question or step by its label; `path` points into the definition
// (`steps.0.fields.2.key`, `logic.3.when`, `scoring.tiers.1.key` …). An empty list = publishable.
//
// Checked: duplicate field keys / step ids / outcome ids / option values; choice questions
// without options (company_size and yes_no have built-in options); empty steps and options still
// named "Option 1", "Option 2" … (content-problems.ts, which the builder's canvas shows as well); logic and scoring
// conditions on missing questions or missing options; rules checking a question answered after
// what they control; actions pointing to missing questions, steps or outcomes; jump/end rules
// without or with an unknown fromStepId; backward jumps (the only way to make a loop, since
// forward moves cannot cycle); unreachable steps; outcome references; the scoring model (see
// publish-check-scoring.ts); validation patterns the server's linear-time engine (RE2) or the
// browser cannot compile (the server checks answers with RE2 only); validation bounds that leave
// no room for an answer (a minimum above its maximum: validation-bounds.ts). Refs in form
// conditions are field keys.
import { CHOICE_FIELD_TYPES, type TFormDefinition } from "./definition";
import { emptyStepProblem, placeholderOptionsProblem } from "./content-problems";
import type { TScoringModel } from "../scoring/model";
import { fieldName, indexForm, stepName, type TFormIndex, type TPublishProblem } from "./publish-check-context";
import { checkLogicRules, checkReachability } from "./publish-check-logic";
import { checkScoring, duplicates } from "./publish-check-scoring";
import { re2PatternProblem } from "./re2-pattern";
import { validationBoundsProblems } from "./validation-bounds";

export type { TPublishProblem } from "./publish-check-context";

export function checkPublishable(definition: TFormDefinition, scoring?: TScoringModel): TPublishProblem[] {
  const index = indexForm(definition);
  return [
    ...checkStructure(index),
    ...checkPatterns(index),
    ...validationBoundsProblems(definition),
    ...checkLogicRules(index),
    ...checkReachability(index),
    ...checkOutcomes(index, scoring),
    ...(scoring ? checkScoring(index, scoring) : []),
  ];
}

function checkStructure(index: TFormIndex): TPublishProblem[] {
  const { definition } = index;
  const problems: TPublishProblem[] = [];
  duplicates(definition.steps.map((s) => s.id)).forEach((i) => {
    const id = definition.steps[i]?.id ?? "";
    const first = index.steps.get(id)?.index ?? 0;
    problems.push({ path: `steps.${i}.id`, stepId: id, message: `Steps ${stepName(definition, first)} and ${stepName(definition, i)} both use the id '${id}'; each step needs its own id` });
  });
  const seenKeys = new Set<string>();
  definition.steps.forEach((step, i) => {
    const empty = emptyStepProblem(definition, i);
    if (empty) problems.push(empty);
    step.fields.forEach((field, j) => {
      const path = `steps.${i}.fields.${j}`;
      const first = index.fields.get(field.key)?.field;
      if (seenKeys.has(field.key) && first) {
        problems.push({ path: `${path}.key`, fieldKey: field.key, message: `${fieldName(first)} and ${fieldName(field)} both use the key '${field.key}'; each question needs its own key` });
      }
      seenKeys.add(field.key);
      if (!CHOICE_FIELD_TYPES.includes(field.type)) return;
      if (field.type !== "company_size" && !field.options?.length) {
        problems.push({ path: `${path}.options`, fieldKey: field.key, message: `${fieldName(field)} has no options to choose from` });
      }
      duplicates((field.options ?? []).map((o) => o.value)).forEach((k) =>
        problems.push({ path: `${path}.options.${k}.value`, fieldKey: field.key, message: `${fieldName(field)} has two options with the value '${field.options?.[k]?.value}'` }),
      );
      const placeholders = placeholderOptionsProblem(field, path);
      if (placeholders) problems.push(placeholders);
    });
  });
  return problems;
}

/** A pattern RE2 refuses would check nothing on the server; one the browser refuses, nothing on the page. */
function checkPatterns(index: TFormIndex): TPublishProblem[] {
  const problems: TPublishProblem[] = [];
  index.definition.steps.forEach((step, i) =>
    step.fields.forEach((field, j) => {
      const pattern = field.validation?.pattern;
      if (pattern === undefined) return;
      const path = `steps.${i}.fields.${j}.validation.pattern`;
      const problem = re2PatternProblem(pattern) ?? nativeProblem(pattern);
      if (problem) problems.push({ path, fieldKey: field.key, message: `${fieldName(field)} has a validation pattern that cannot be used (${problem}); lookarounds and backreferences are not supported` });
    }),
  );
  return problems;
}

function nativeProblem(pattern: string): string | null {
  try {
    new RegExp(`^(?:${pattern})$`);
    return null;
  } catch {
    return "browsers cannot read it";
  }
}

function checkOutcomes(index: TFormIndex, scoring: TScoringModel | undefined): TPublishProblem[] {
  const { definition } = index;
  const problems: TPublishProblem[] = [];
  const outcomeIds = new Set(definition.outcomes.map((o) => o.id));
  duplicates(definition.outcomes.map((o) => o.id)).forEach((i) =>
    problems.push({ path: `outcomes.${i}.id`, message: `Two outcomes use the id '${definition.outcomes[i]?.id}'` }),
  );
  if (!outcomeIds.has(definition.defaultOutcomeId)) {
    problems.push({ path: "defaultOutcomeId", message: `The default outcome '${definition.defaultOutcomeId}' does not exist` });
  }
  const tierKeys = scoring ? new Set(scoring.tiers.map((t) => t.key)) : null;
  for (const [tier, outcomeId] of Object.entries(definition.tierOutcomes)) {
    if (!outcomeIds.has(outcomeId)) problems.push({ path: `tierOutcomes.${tier}`, message: `The outcome for tier '${tier}' ('${outcomeId}') does not exist` });
    if (tierKeys && !tierKeys.has(tier)) problems.push({ path: `tierOutcomes.${tier}`, message: `An outcome is set for tier '${tier}', which the scoring model does not have` });
  }
  return problems;
}
