// A prospect submits a published form (hosted page, embed, public submissions API). One intake
// pipeline with `POST /api/v1/leads` (server/services/leads/create-lead.ts):
//   load:   the published version, an earlier lead with this Idempotency-Key (replayed with 200),
//           the rate limit;
//   decide: the request's shape, spam, the source (never "api": that is an API key's; a missing
//           one is "public_api", domain/forms/submission-source.ts), then buildLead
//           (domain/leads): answers against the definition and its logic, score, outcome;
//   save:   saveLead (services/leads/intake-lead.ts): person, lead, events and its routing in one
//           transaction. The name and company given are stored on this lead only: an anonymous
//           submission creates a person it does not know yet, but never changes a known one.
// The Idempotency-Key's scope is this form's public endpoint, so API keys' leads are never
// replayed here (nor ours there). A replay (with the lead's booking token) needs the same body as
// the first request, `context` aside (idempotency-key.ts): another body is a 422 at the header.
// Never logs answer values.
import type { Db } from "../../db/client";
import { answerIssuesBesideShape } from "../../domain/leads/answer-issues";
import { buildLead } from "../../domain/leads/build-lead";
import { spamReasonOf } from "../../domain/leads/lead-facts";
import { matchRe2Pattern } from "../../domain/forms/re2-pattern";
import { ZSubmissionRequest, type TSubmissionResponse } from "../../domain/forms/submission-contract";
import { publicSubmissionSource } from "../../domain/forms/submission-source";
import { requestIssues } from "../../domain/validation/request-issues";
import { AppError, validationError } from "../../errors";
import { bookingOfferFor } from "../bookings/booking-offer";
import { getPublishedForm, intakeFormOf } from "../forms/published-form";
import { findLeadByIdempotencyKey, saveLead, type TIdempotency } from "../leads/intake-lead";
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
  if (idempotency) {
    const replay = await findLeadByIdempotencyKey(db, form.workspaceId, idempotency);
    if (replay) return { status: 200, response: await withBookingOffer(db, form.workspaceId, responseForStoredLead(replay, replay.definition), input) };
  }
  // Throws RateLimitError (429 + Retry-After); an idempotent replay above is not counted.
  await (input.rateLimit ?? appRateLimits().formSubmission).consume(form.id, input.ip);

  // ── decide ──────────────────────────────────────────────────────────────
  const parsed = ZSubmissionRequest.safeParse(input.body);
  if (!parsed.success) {
    // Every problem in one answer: the body's shape and its answers' (domain/leads/answer-issues.ts).
    const shape = requestIssues(parsed.error.issues);
    throw validationError([...shape, ...answerIssuesBesideShape(intakeFormOf(published), input.body, shape, matchRe2Pattern, input.now)], "The request body is not valid");
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
  if (!built.ok) throw validationError(built.issues);

  // ── save ────────────────────────────────────────────────────────────────
  const saved = await saveLead(db, {
    workspaceId: form.workspaceId,
    lead: built.lead,
    person: built.person,
    isTrustedSource: false,
    isRoutable: built.isRoutable,
    idempotency,
    routing: input.routing,
    now: input.now,
  });
  if (saved.status === 200) return { status: 200, response: await withBookingOffer(db, form.workspaceId, responseForStoredLead(saved.replay, saved.replay.definition), input) };
  const warnings = [...source.warnings, ...built.warnings];
  const response = { leadId: saved.leadId, outcome: toSubmissionOutcome(built.outcome!), ...(warnings.length > 0 ? { warnings } : {}) };
  return { status: 201, response: await withBookingOffer(db, form.workspaceId, response, input) };
}

/** A booking end screen gets the booking token when the lead may book (booking-offer.ts). */
async function withBookingOffer(db: Db, workspaceId: string, response: TSubmissionResponse, input: TSubmitFormInput): Promise<TSubmissionResponse> {
  if (response.outcome.type !== "booking" || !input.routing) return response;
  const offer = await bookingOfferFor(db, { workspaceId, leadId: response.leadId, secret: input.routing.authSecret, now: input.now });
  return offer ? { ...response, booking: offer } : response;
}
