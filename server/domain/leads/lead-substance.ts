// The least a lead from an API key must carry: a person or at least one answer. `POST /api/v1/leads`
// with `{}` (or only `source`, `utm`, `tier`, `estimatedValue`, `consent`, `submittedAt`, or answers
// that are all empty) made a lead nobody could tell from another — routed, counted, and mailed to a
// rep as "New lead: Unknown". Refusing it loses nothing (nothing was sent): a 422 at `person`.
// What counts, after empty answers (null, "", [], blank text) are left out:
//   - a person: `person` (its email), or one the form's email answer gives; or a contact given
//     without an email (a name, company or phone: kept on the lead, build-lead.ts) — an empty
//     `person` ({}, or blank text only) is none;
//   - an answer kept on the lead — a question's, a form-less key's, or one kept as not applicable
//     (a key the form does not have, an answer its logic hides): it was sent and is kept.
// A lead with only a company answer and no person is kept (README "A lead nobody can reply to").
// The public submissions endpoint does not apply this: there the form's own required questions
// are the rule (a form whose questions are all optional takes an empty submission, as any form
// builder does). Pure.
import { isEmptyValue } from "../forms/validate-answers";
import type { TRequestIssue } from "../validation/request-issues";

export const NO_PERSON_OR_ANSWER_MESSAGE =
  "A lead needs a person (an email, name, phone or company) or at least one answer, and this request has neither (empty answers are left out): nothing was stored. " +
  "Send person with an email, name, phone or company, or answers such as email, name, phone or company";

/** What the rule reads of a built lead. */
export interface TLeadSubstance {
  person: { email: string } | null;
  lead: {
    answers: Record<string, unknown>;
    notApplicableAnswers: Record<string, unknown> | null;
    /** The contact the lead keeps itself (a person given without an email, or the answers'). */
    contactName: string | null;
    contactCompany: string | null;
    contactPhone: string | null;
  };
}

function hasAnswer(answers: Record<string, unknown> | null): boolean {
  return answers !== null && Object.values(answers).some((value) => !isEmptyValue(value));
}

/** One issue at `person` when the lead has neither a person nor an answer; none otherwise. */
export function personOrAnswerIssues(built: TLeadSubstance): TRequestIssue[] {
  const { lead } = built;
  if (built.person?.email || lead.contactName || lead.contactCompany || lead.contactPhone || hasAnswer(lead.answers) || hasAnswer(lead.notApplicableAnswers)) return [];
  return [{ path: "person", message: NO_PERSON_OR_ANSWER_MESSAGE }];
}
