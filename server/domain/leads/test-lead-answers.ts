// "Test a lead" (POST /api/v1/routing/test) checks the sample answers the way the intake does, so
// a test never routes a lead the intake would refuse: a given answer that the intake answers 422
// for (not one of the options, not a number, too long …) is refused at `lead.answers.<key>`, and
// a choice question's message lists its options. A test lead is a sample, not a submission, so a
// question left unanswered is never a problem (required or not), and answers to questions that
// do not apply or that the form does not have are dropped as the intake keeps them: not scored
// or routed. The options are listed as POST /api/v1/leads lists them (allowed-options.ts: the
// first 20 values, then "…and N more"). The answers are read as the intake reads an API key's
// (numbers-as-text.ts: a number for a text question is its text, an option's value in another
// letter case is that option), so what the intake takes is tested, not refused. Pure: the service loads the form.
import { withAllowedOptions } from "../forms/allowed-options";
import type { TFormDefinition } from "../forms/definition";
import type { TPatternMatcher } from "../forms/pattern-matcher";
import { isEmptyValue, validateSubmission } from "../forms/validate-answers";
import { withNumbersAsText } from "./numbers-as-text";
import type { TRequestIssue } from "../validation/request-issues";

/** Problems of the given answers that the intake would refuse, at `<prefix><key>`; none = the intake would accept them. */
export function testLeadAnswerIssues(definition: TFormDefinition, answers: Record<string, unknown>, matchPattern: TPatternMatcher, prefix = "lead."): TRequestIssue[] {
  const checked = validateSubmission(definition, withNumbersAsText(definition, answers).answers, matchPattern);
  if (checked.ok) return [];
  // Unanswered (the intake's "required"): a sample lead may leave any question out.
  const given = checked.issues.filter((issue) => {
    const key = issue.path.replace(/^answers\./, "");
    return Object.hasOwn(answers, key) && !isEmptyValue(answers[key]);
  });
  // A choice question's message lists its values, as the leads API's 422 does (allowed-options.ts).
  return withAllowedOptions(definition, given).map((issue) => ({ path: `${prefix}${issue.path}`, message: issue.message }));
}
