// Form evaluation: logic (active fields) + validation + scoring of a 40-field form, against a
// baseline of a plain zod object validation of the same 40 answers.
import { z } from "zod";
import { ZFormDefinition } from "../domain/forms/definition";
import { activeFieldKeys } from "../domain/forms/logic";
import { validateSubmission } from "../domain/forms/validate-answers";
import { matchRe2Pattern } from "../domain/forms/re2-pattern";
import { ZScoringModel } from "../domain/scoring/model";
import { scoreLead } from "../domain/scoring/score-lead";
import { fortyFieldForm } from "./forty-field-form";
import { fmt, microsPerOp } from "./stats";

export function runFormEvaluationBench(iterations = 5000): string[] {
  const workload = fortyFieldForm();
  const definition = ZFormDefinition.parse(workload.definition);
  const scoring = ZScoringModel.parse(workload.scoring);
  const answers = workload.answers;
  const active = activeFieldKeys(definition, answers);
  const submitted = Object.fromEntries(Object.entries(answers).filter(([key]) => active.has(key)));
  const check = validateSubmission(definition, submitted, matchRe2Pattern);
  if (!check.ok) throw new Error(`bench workload is invalid: ${check.issues[0]?.path} ${check.issues[0]?.message}`);

  const flat = z.object(Object.fromEntries(Object.keys(submitted).map((k) => [k, z.union([z.string().max(500), z.number(), z.array(z.string())])])));
  const baseline = microsPerOp(() => flat.parse(submitted), iterations);
  const evaluate = microsPerOp(() => {
    activeFieldKeys(definition, submitted);
    const result = validateSubmission(definition, submitted, matchRe2Pattern);
    if (result.ok) scoreLead(scoring, result.answers, definition);
  }, iterations);
  const scoreOnly = microsPerOp(() => scoreLead(scoring, submitted, definition), iterations);
  return [
    `Form evaluation, ${Object.keys(answers).length}-field form, ${iterations} iterations`,
    `  logic + validation + scoring   ${fmt(evaluate)} µs/op   (${fmt(evaluate / baseline, 1)}× the baseline)`,
    `  scoring alone                  ${fmt(scoreOnly)} µs/op`,
    `  baseline: flat zod object      ${fmt(baseline)} µs/op`,
  ];
}
