// A prospect submits a published form (hosted page, embed, public submissions API). One intake
// pipeline with `POST /api/v1/leads` (server/services/leads/create-lead.ts):
//   load:   the published version, an earlier lead with this Idempotency-Key (replayed with 200,
//           with the warnings the first answer had: stored with the key; rebuilt from the request
//           for a lead stored before they were kept, as createLead does);
//   decide: the request's shape, spam, the source (never "api": that is an API key's; a missing
//           one is "public_api", domain/forms/submission-source.ts), then buildLead
//           (domain/leads): answers against the definition and its logic, score, outcome;
//           then the address's rate limit: only a submission that will be stored counts (a 422
//           costs nothing, spam counts, a replay is free);
//   save:   saveLead (services/leads/intake-lead.ts): person, lead, events and its routing in one
//           transaction. The name and company given are stored on this lead only: an anonymous
//           submission creates a person it does not know yet, but never changes a known one.
// The Idempotency-Key's scope is this form's public endpoint, so API keys' leads are never
// replayed here (nor ours there). A replay (with the lead's booking token) needs the same body as
// the first request, `context` aside (idempotency-key.ts): another body is a 422 at the header.
// Never logs answer values.
import type { Db } from "../../db/client";
import { answerIssuesBesideShape } from "../../domain/leads/answer-issues";
import { buildLead, type TBuiltLead } from "../../domain/leads/build-lead";
import { spamReasonOf } from "../../domain/leads/lead-facts";
import { matchRe2Pattern } from "../../domain/forms/re2-pattern";
import { ZSubmissionRequest, type TSubmissionResponse } from "../../domain/forms/submission-contract";
import { publicSubmissionSource } from "../../domain/forms/submission-source";
import { requestIssues, type TRequestIssue } from "../../domain/validation/request-issues";
import { AppError, validationError } from "../../errors";
import { bookingOfferFor } from "../bookings/booking-offer";
import { getPublishedForm, intakeFormOf, type TPublishedForm } from "../forms/published-form";
import { findLeadByIdempotencyKey, replayedWarnings, saveLead, type TIdempotency, type TStoredLeadRef } from "../leads/intake-lead";
import { appRateLimits, type TLimiter } from "../rate-limit/rate-limits";
import type { TFollowUpDeps } from "../routing/follow-up-jobs";
import { formKeyScope, parseIdempotencyKey, submissionFingerprint } from "./idempotency-key";
import { responseForStoredLead, toSubmissionOutcome } from "./submission-response";

export interface TSubmitFormInput {
  slug: string;
  body: unknown;
  /** The raw Idempotency-Key header, or null. */
  idempotencyKey: string | null;
  ip: string;
  now: Date;
  /** Submissions per address and form (default: the app's, RATE_LIMIT_FORM_SUBMISSIONS_PER_10_MIN). */
  rateLimit?: TLimiter;
  /** Route the lead in the same transaction (the app always does; absent = store only). */
  routing?: TFollowUpDeps;
}

export interface TSubmitFormResult {
  /** 201 for a new lead, 200 when an Idempotency-Key replays an earlier one. */
  status: 201 | 200;
  response: TSubmissionResponse;
}

export async function submitForm(db: Db, input: TSubmitFormInput): Promise<TSubmitFormResult> {
  const key = parseIdempotencyKey(input.idempotencyKey);

  // ── load ────────────────────────────────────────────────────────────────
  const published = await getPublishedForm(db, input.slug);
  if (!published) throw new AppError("NOT_FOUND", "Form not found");
  const { form } = published;
  const idempotency: TIdempotency | null = key ? { scope: formKeyScope(form.id), key, fingerprint: submissionFingerprint(input.body) } : null;
  const stored = idempotency ? await findLeadByIdempotencyKey(db, form.workspaceId, idempotency) : null;

  // ── decide ──────────────────────────────────────────────────────────────
  const submission = decideSubmission(published, input);
  // A replay (the same answers again) answers as the first time did, warnings included, and costs
  // nothing of the budget: the warnings stored with the key (see replayWarnings).
  if (stored) return replayOf(db, form.workspaceId, stored, replayWarnings(stored, submission), input);
  if (!submission.ok) throw submission.error;
  const { built, warnings } = submission;
  // Only a submission that will be stored counts against the address's budget (after every 422,
  // spam included: it is stored): throws RateLimitError (429 + Retry-After).
  await (input.rateLimit ?? appRateLimits().formSubmission).consume(form.id, input.ip);

  // ── save ────────────────────────────────────────────────────────────────
  const saved = await saveLead(db, {
    workspaceId: form.workspaceId,
    lead: built.lead,
    person: built.person,
    isTrustedSource: false,
    isRoutable: built.isRoutable,
    idempotency,
    warnings,
    routing: input.routing,
    now: input.now,
    // Read with the published form in its one statement: no second read for the value's conversion.
    exchangeRates: published.rates,
  });
  // Another request with this key was stored first (a double click): answered as its replay.
  if (saved.status === 200) return replayOf(db, form.workspaceId, saved.replay, replayedWarnings(saved.replay, warnings), input);
  const response = { leadId: saved.leadId, outcome: toSubmissionOutcome(built.outcome!), ...withWarnings(warnings) };
  return { status: 201, response: await withBookingOffer(db, form.workspaceId, response, input) };
}

type TDecidedSubmission = { ok: true; built: Extract<TBuiltLead, { ok: true }>; warnings: TRequestIssue[] } | { ok: false; error: AppError };

/** decide: the request's shape, spam, its source, then buildLead; a refused request's error (422) names every problem. */
function decideSubmission(published: TPublishedForm, input: TSubmitFormInput): TDecidedSubmission {
  const parsed = ZSubmissionRequest.safeParse(input.body);
  if (!parsed.success) {
    // Every problem in one answer: the body's shape and its answers' (domain/leads/answer-issues.ts).
    const shape = requestIssues(parsed.error.issues);
    return { ok: false, error: validationError([...shape, ...answerIssuesBesideShape(intakeFormOf(published), input.body, shape, matchRe2Pattern, input.now)], "The request body is not valid") };
  }
  const request = parsed.data;
  // No API key here: never "api" (submission-source.ts) — missing or "api" is "public_api".
  const source = publicSubmissionSource(request.context?.source);
  const built = buildLead({
    form: intakeFormOf(published),
    answers: request.answers,
    source: source.source,
    pageUrl: request.context?.pageUrl,
    referrer: request.context?.referrer,
    timeZone: request.context?.timeZone,
    spamReason: spamReasonOf(request, input.now),
    matchPattern: matchRe2Pattern,
    now: input.now,
  });
  if (!built.ok) return { ok: false, error: validationError(built.issues) };
  return { ok: true, built, warnings: [...source.warnings, ...built.warnings] };
}

/**
 * The warnings a replay answers with: those the first request got, stored with its key. A lead
 * stored before they were kept has none: rebuilt from this request (the same answers, or it would
 * not be a replay; its context aside, which the fingerprint leaves out), with the version published
 * now; none when this request is refused (only its context can be, or a version published since
 * makes its answers invalid): the replay still gets its lead.
 */
function replayWarnings(stored: TStoredLeadRef, submission: TDecidedSubmission): TRequestIssue[] {
  return replayedWarnings(stored, submission.ok ? submission.warnings : []);
}

/** The answer to a replay: 200, the stored lead's end screen (of the version it was submitted to), these warnings. */
async function replayOf(db: Db, workspaceId: string, stored: TStoredLeadRef, warnings: TRequestIssue[], input: TSubmitFormInput): Promise<TSubmitFormResult> {
  const response = { ...responseForStoredLead(stored, stored.definition), ...withWarnings(warnings) };
  return { status: 200, response: await withBookingOffer(db, workspaceId, response, input) };
}

/** `warnings` only when there are some (a clean submission's answer has none). */
function withWarnings(warnings: TRequestIssue[]): Pick<TSubmissionResponse, "warnings"> {
  return warnings.length > 0 ? { warnings } : {};
}

/** A booking end screen gets the booking token when the lead may book (booking-offer.ts). */
async function withBookingOffer(db: Db, workspaceId: string, response: TSubmissionResponse, input: TSubmitFormInput): Promise<TSubmissionResponse> {
  if (response.outcome.type !== "booking" || !input.routing) return response;
  const offer = await bookingOfferFor(db, { workspaceId, leadId: response.leadId, secret: input.routing.authSecret, now: input.now });
  return offer ? { ...response, booking: offer } : response;
}
