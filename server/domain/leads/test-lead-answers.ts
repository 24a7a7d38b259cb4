// "Test a lead" (POST /api/v1/routing/test) checks the sample answers the way the intake does, so
// a test never routes a lead the intake would refuse: a given answer that the intake answers 422
// for (not one of the options, not a number, too long …) is refused at `lead.answers.<key>`, and
// a choice question's message lists its options. A test lead is a sample, not a submission, so a
// question left unanswered is never a problem (required or not), and answers to questions that
// do not apply or that the form does not have are dropped as the intake keeps them: not scored
// or routed. Pure: the service loads the form.
import { allFields, type TFormDefinition } from "../forms/definition";
import { CHOICE_FIELD_TYPES, optionsOf } from "../forms/form-fields";
import type { TPatternMatcher } from "../forms/pattern-matcher";
import { isEmptyValue, validateSubmission } from "../forms/validate-answers";
import type { TRequestIssue } from "../validation/request-issues";

const CHOICE_TYPES: ReadonlySet<string> = new Set([...CHOICE_FIELD_TYPES, "yes_no"]);

/** Problems of the given answers that the intake would refuse, at `<prefix><key>`; none = the intake would accept them. */
export function testLeadAnswerIssues(definition: TFormDefinition, answers: Record<string, unknown>, matchPattern: TPatternMatcher, prefix = "lead."): TRequestIssue[] {
  const checked = validateSubmission(definition, answers, matchPattern);
  if (checked.ok) return [];
  const fields = new Map(allFields(definition).map((f) => [f.key, f]));
  return checked.issues.flatMap((issue) => {
    const key = issue.path.replace(/^answers\./, "");
    // Unanswered (the intake's "required"): a sample lead may leave any question out.
    if (!Object.hasOwn(answers, key) || isEmptyValue(answers[key])) return [];
    const field = fields.get(key);
    const options = field && CHOICE_TYPES.has(field.type) ? optionsOf(field).map((o) => `“${o.value}”`) : [];
    const message = options.length > 0 ? `${issue.message}: ${options.join(", ")}` : issue.message;
    return [{ path: `${prefix}${issue.path}`, message }];
  });
}
