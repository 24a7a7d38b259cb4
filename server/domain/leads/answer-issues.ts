// Every problem of a refused request in one answer. A body refused for its shape (an unknown
// property, a bad context or person) may still carry readable answers for a known form: their
// problems join the shape's in the same 422, so an integrator fixes everything in one round
// instead of finding the answers' problems only after the shape is right. Used by both intake
// endpoints (the form submissions API and POST /api/v1/leads, where a missing required answer is
// a warning, not an issue: requiredAnswers "warn"). Pure: the caller loads the form.
import type { TPatternMatcher } from "../forms/pattern-matcher";
import type { TRequestIssue } from "../validation/request-issues";
import { buildLead, type TIntakeForm } from "./build-lead";
import type { TRequiredAnswers } from "./missing-required";

/** The answers' problems to add to `shape` (the body's own problems); none when the answers themselves are unreadable or already named. */
export function answerIssuesBesideShape(form: TIntakeForm, body: unknown, shape: readonly TRequestIssue[], matchPattern: TPatternMatcher, now: Date, requiredAnswers: TRequiredAnswers = "enforce"): TRequestIssue[] {
  if (typeof body !== "object" || body === null || Array.isArray(body)) return [];
  const { answers } = body as { answers?: unknown };
  if (typeof answers !== "object" || answers === null || Array.isArray(answers)) return [];
  if (shape.some((issue) => issue.path === "answers" || issue.path.startsWith("answers."))) return [];
  // person.email answers the form's email question when the answers leave it out (as in a valid body).
  const email = (body as { person?: { email?: unknown } | null }).person?.email;
  const person = typeof email === "string" && !shape.some((issue) => issue.path === "person" || issue.path === "person.email") ? { email } : undefined;
  const built = buildLead({ form, answers: answers as Record<string, unknown>, source: "api", person, spamReason: null, matchPattern, now, requiredAnswers });
  return built.ok ? [] : built.issues.filter((issue) => issue.path === "answers" || issue.path.startsWith("answers."));
}
