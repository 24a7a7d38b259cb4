// A lead from any source through the leads API (`POST /api/v1/leads`, imports). One intake
// pipeline with the form submissions (server/services/submissions/submit-form.ts):
//   read:   empty or blank text for an optional property ("" for a field a CRM does not have) is
//           null, not given, with a warning at its path, first in the 201 (readCreateLeadRequest);
//   load:   the named form's published version (of this workspace only), an earlier lead with
//           this Idempotency-Key (answered again with 200);
//   decide: buildLead (domain/leads): with a form, answers checked and scored exactly like a
//           submission, except that a required answer left out is a warning, not a 422
//           (missing-required.ts: the lead is scored on what was given and routed as usual); without, flat answers stored as given, tier as sent or "unscored";
//           an answer that is not one of a choice question's options is a 422 listing the allowed
//           values (allowed-options.ts; the hosted form's message stays short); a lead with
//           neither a person nor an answer (`{}`, only `source`/`utm`/`tier`/`estimatedValue`, all
//           answers empty) is a 422 at `person` (lead-substance.ts: nothing was sent, nothing is lost);
//           `submittedAt` (a lead from the past) dates the lead; one older than a day is stored
//           as history and not routed (build-lead.ts); it is part of the Idempotency-Key's fingerprint;
//           a workspace with no published routing stores the lead unrouted, with a warning at
//           `routing` (not-routed-warning.ts; whether one is published is read before the save);
//   save:   saveLead (services/leads/intake-lead.ts): person, lead, events and its routing in
//           one transaction. An API key is a trusted source: the name, company and phone it gives
//           update the person record; the lead keeps the name and company it came with.
// The Idempotency-Key's scope is the calling API key: a key replays only leads that API key
// created (never a public submission's, whatever its key), whichever form the retry names.
// replayLead answers only such a replay (nothing written): for a key over its rate limit, whose
// retry after a lost answer must still get its lead (handle-leads.ts).
// Never logs answer values.
import { rawSqlOf, type Db } from "../../db/client";
import { withAllowedOptions } from "../../domain/forms/allowed-options";
import { matchRe2Pattern } from "../../domain/forms/re2-pattern";
import { answerIssuesBesideShape } from "../../domain/leads/answer-issues";
import { buildLead, type TBuiltLead } from "../../domain/leads/build-lead";
import { withLeadingWarnings } from "../../domain/leads/intake-leniency";
import { personOrAnswerIssues } from "../../domain/leads/lead-substance";
import { notRoutedWarnings } from "../../domain/leads/not-routed-warning";
import { readCreateLeadRequest } from "../../domain/leads/create-lead-request";
import { requestIssues, type TRequestIssue } from "../../domain/validation/request-issues";
import { AppError, validationError } from "../../errors";
import { CONSENT_EVENT } from "../../domain/nurture/marketing-consent";
import { getPublishedForm, intakeFormOf } from "../forms/published-form";
import type { TFollowUpDeps } from "../routing/follow-up-jobs";
import { cachedRoster } from "../routing/roster-cache";
import { apiKeyKeyScope, parseIdempotencyKey, requestFingerprint } from "../submissions/idempotency-key";
import { findLeadByIdempotencyKey, replayedWarnings, saveLead, type TIdempotency, type TIntakeWritten } from "./intake-lead";

export interface TCreateLeadInput {
  workspaceId: string;
  /** The API key making the request: the scope of its Idempotency-Key. */
  apiKeyId: string;
  body: unknown;
  /** The raw Idempotency-Key header, or null. */
  idempotencyKey: string | null;
  now: Date;
  /** Route the lead in the same transaction (absent = store only). */
  routing?: TFollowUpDeps;
}

export interface TCreateLeadResult {
  /** 201 for a new lead, 200 when an Idempotency-Key replays an earlier one. */
  status: 201 | 200;
  leadId: string;
  /** Answers kept on the lead as not applicable (hidden by the form's logic, unknown keys), required answers not given, other leniencies. */
  warnings: TRequestIssue[];
  /** A new lead: what the intake wrote, for the answer (intake-answer.ts); absent for a replay, or when not known. */
  written?: TIntakeWritten;
}

export async function createLead(db: Db, input: TCreateLeadInput): Promise<TCreateLeadResult> {
  const prepared = await prepareLead(db, input);
  // A replay (the same request again) answers as the first time did, warnings included.
  if (prepared.replay) return prepared.replay;
  const { request, built, idempotency } = prepared;
  if (!built.ok) throw validationError(built.issues);
  // The caller's explicit marketing consent, kept on the lead for nurture enrolment (marketing-consent.ts).
  if (request.consent) built.lead.events.push({ type: CONSENT_EVENT, data: { marketing: request.consent.marketing, via: "api" } });

  // ── save ────────────────────────────────────────────────────────────────
  const saved = await saveLead(db, {
    workspaceId: input.workspaceId,
    lead: built.lead,
    person: built.person,
    isTrustedSource: true,
    isRoutable: built.isRoutable,
    idempotency,
    warnings: built.warnings,
    routing: input.routing,
    now: input.now,
    // Read with the named form (published-form.ts); a lead without a form: the intake reads them.
    exchangeRates: prepared.rates,
    // The 201 is made from what the save wrote (no read after the commit).
    isAnswered: true,
  });
  // Another request with this key was stored first: answered as its replay, with its warnings.
  if (saved.status === 200) return { status: 200, leadId: saved.replay.id, warnings: replayedWarnings(saved.replay, built.warnings) };
  return { status: 201, leadId: saved.leadId, warnings: built.warnings, ...(saved.written ? { written: saved.written } : {}) };
}

/**
 * Only the answer to an idempotent replay — the same Idempotency-Key of this API key with the same
 * request — as createLead would give it (200, the first lead, its warnings); null for anything else
 * (no key, another request, a body createLead would refuse). For a caller over its rate limit: a
 * retry after a lost answer is answered, everything else stays refused. Writes nothing.
 */
export async function replayLead(db: Db, input: Omit<TCreateLeadInput, "routing">): Promise<TCreateLeadResult | null> {
  if (input.idempotencyKey === null) return null;
  try {
    return (await prepareLead(db, input)).replay;
  } catch (error) {
    if (error instanceof AppError && error.code === "VALIDATION") return null;
    throw error;
  }
}

/** load and decide: the request checked, its form loaded, an earlier lead of this key found (throws VALIDATION for a refused request). */
async function prepareLead(db: Db, input: Omit<TCreateLeadInput, "routing">) {
  const key = parseIdempotencyKey(input.idempotencyKey);
  const { workspaceId } = input;
  // Empty text for an optional property is null, "not given" (a warning each: blanks).
  const { body, warnings: blanks, parsed } = readCreateLeadRequest(input.body);
  if (!parsed.success) {
    // Every problem in one answer: the body's shape and, when it names a form of this workspace, its answers'.
    const shape = requestIssues(parsed.error.issues);
    const named = (body as { form?: unknown } | null)?.form;
    const published = typeof named === "string" && !shape.some((issue) => issue.path === "form") ? await getPublishedForm(db, named) : null;
    const form = published?.form.workspaceId === workspaceId ? intakeFormOf(published) : null;
    const answers = form ? withAllowedOptions(form.definition, answerIssuesBesideShape(form, body, shape, matchRe2Pattern, input.now, "warn")) : [];
    throw validationError([...shape, ...answers], "The request body is not valid");
  }
  const request = parsed.data;

  // ── load ────────────────────────────────────────────────────────────────
  const published = request.form ? await getPublishedForm(db, request.form) : null;
  if (request.form && published?.form.workspaceId !== workspaceId) {
    throw validationError([{ path: "form", message: "No published form with this slug in the workspace" }], "Unknown form");
  }
  const idempotency: TIdempotency | null = key ? { scope: apiKeyKeyScope(input.apiKeyId), key, fingerprint: requestFingerprint(request) } : null;
  const stored = idempotency ? await findLeadByIdempotencyKey(db, workspaceId, idempotency) : null;

  // ── decide ──────────────────────────────────────────────────────────────
  const form = published && intakeFormOf(published);
  const checked = buildLead({
    form,
    answers: request.answers,
    source: request.source ?? "api",
    via: "api",
    timeZone: request.timeZone,
    utm: request.utm,
    person: request.person,
    tier: request.tier,
    estimatedValue: request.estimatedValue,
    spamReason: null,
    // A trusted caller's lead is kept when it leaves required answers out (a warning each).
    requiredAnswers: "warn",
    matchPattern: matchRe2Pattern,
    ...(request.submittedAt ? { submittedAt: new Date(request.submittedAt) } : {}),
    now: input.now,
  });
  // An answer that is not one of a choice question's options: the 422 lists the allowed values (the hosted form keeps the short message).
  // The request's own values first (build-lead.ts's order): an empty one taken as not given.
  const shaped = withBlanks(blanks, withPersonOrAnswer(checked.ok || !form ? checked : { ...checked, issues: withAllowedOptions(form.definition, checked.issues) }));
  // No routing published: the lead is stored, not routed, and the 201 says so at `routing` (kept with the key, so a replay says it too). Read here, before any transaction.
  const built = shaped.ok && shaped.isRoutable ? withNotRouted(shaped, await hasPublishedRouting(db, workspaceId, input.now)) : shaped;
  // A replay answers the warnings its first answer carried (stored with the key); for a lead stored
  // before they were kept, rebuilt from this request (the same request, the version published now).
  const replay: TCreateLeadResult | null = stored ? { status: 200, leadId: stored.id, warnings: replayedWarnings(stored, built.ok ? built.warnings : []) } : null;
  return { request, idempotency, built, replay, rates: published?.rates };
}

/**
 * Whether the workspace has published a routing, outside any transaction and lock. The process's
 * routing roster (roster-cache.ts, which the routing reads anyway) answers the usual case without a
 * statement: a published routing is never unpublished, so a cached "published" is true. Only a
 * roster saying "none" is checked afresh (a publish through another process may be newer).
 */
async function hasPublishedRouting(db: Db, workspaceId: string, now: Date): Promise<boolean> {
  if ((await cachedRoster(rawSqlOf(db), workspaceId, now)).publishedVersionId) return true;
  const settings = await db.routingSettings.findUnique({ where: { workspaceId }, select: { publishedVersionId: true } });
  return Boolean(settings?.publishedVersionId);
}

/** The lead's warnings with the one about no published routing last (after submittedAt's order: the lead's fate). */
function withNotRouted(built: Extract<TBuiltLead, { ok: true }>, isPublished: boolean): TBuiltLead {
  const notRouted = notRoutedWarnings(built, isPublished);
  return notRouted.length > 0 ? { ...built, warnings: [...built.warnings, ...notRouted] } : built;
}

/** The warnings of empty text taken as not given first (a refused lead has none). */
function withBlanks(blanks: TRequestIssue[], built: TBuiltLead): TBuiltLead {
  return built.ok && blanks.length > 0 ? { ...built, warnings: withLeadingWarnings(blanks, built.warnings) } : built;
}

/** A lead with neither a person nor an answer is refused (422 at `person`): it was a lead nobody could tell from another, routed and mailed as "Unknown". */
function withPersonOrAnswer(built: TBuiltLead): TBuiltLead {
  const issues = built.ok ? personOrAnswerIssues(built) : [];
  return issues.length > 0 ? { ok: false, issues } : built;
}
