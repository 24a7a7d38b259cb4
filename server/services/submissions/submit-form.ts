// A prospect submits a published form (public API). Load → decide → save in one transaction:
//   load:   the published version, an earlier lead with this Idempotency-Key (replayed with 200),
//           the rate limit, the person's latest lead (repeat detection);
//   decide: request shape, answers against the definition and its logic, spam, score, outcome;
//   save:   person, lead and its events, atomically. The name and company given are stored on
//           this lead only: an anonymous submission creates a person it does not know yet, but
//           never changes a known one (only trusted sources do: an API key, a rep), so earlier
//           leads keep their own values. Concurrent retries with one key are settled
//           by the (workspaceId, idempotencyScope, idempotencyKey) unique index; the scope is this
//           form's public endpoint, so API keys' leads are never replayed here (nor ours there).
// Never logs answer values.
import type { Db } from "../../db/client";
import { isUniqueViolation, latestLeadOf } from "./lead-history";
import type { Prisma } from "../../db/generated/client";
import { validateSubmission } from "../../domain/forms/validate-answers";
import { matchRe2Pattern } from "../../domain/forms/re2-pattern";
import { resolveOutcome } from "../../domain/forms/resolve-outcome";
import { emailDomain } from "../../domain/conditions/email-domain";
import { scoreLead } from "../../domain/scoring/score-lead";
import { ZSubmissionRequest, type TSubmissionResponse } from "../../domain/forms/submission-contract";
import { AppError, validationError, type TErrorDetail } from "../../errors";
import { getPublishedForm } from "../forms/published-form";
import { appRateLimits, type TLimiter } from "../rate-limit/rate-limits";
import { isValidTimeZone } from "../../domain/reps/time-zone";
import type { TFollowUpDeps } from "../routing/after-assignment";
import { routeLeadInTx } from "../routing/route-lead";
import { formKeyScope, parseIdempotencyKey } from "./idempotency-key";
import { attributionOf, personFromAnswers, spamReasonOf } from "./submission-facts";
import { responseForStoredLead, toSubmissionOutcome, type TStoredOutcome } from "./submission-response";
import type { z } from "zod";

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

/** The tier stored on spam: never scored, never routed. */
export const SPAM_TIER = "spam";

export async function submitForm(db: Db, input: TSubmitFormInput): Promise<TSubmitFormResult> {
  const idempotencyKey = parseIdempotencyKey(input.idempotencyKey);

  // ── load ────────────────────────────────────────────────────────────────
  const published = await getPublishedForm(db, input.slug);
  if (!published) throw new AppError("NOT_FOUND", "Form not found");
  const { form, version } = published;
  if (idempotencyKey) {
    const replay = await findByIdempotencyKey(db, form.workspaceId, form.id, idempotencyKey);
    if (replay) return { status: 200, response: replay };
  }
  // Throws RateLimitError (429 + Retry-After); an idempotent replay above is not counted.
  await (input.rateLimit ?? appRateLimits().formSubmission).consume(form.id, input.ip);

  // ── decide (and load the person's history once the answers are known) ───
  const parsed = ZSubmissionRequest.safeParse(input.body);
  if (!parsed.success) throw validationError(requestIssues(parsed.error.issues), "The request body is not valid");
  const request = parsed.data;
  const checked = validateSubmission(version.definition, request.answers, matchRe2Pattern);
  if (!checked.ok) throw validationError(checked.issues);
  const { answers, endOutcomeId, notApplicable, warnings } = checked;

  const spamReason = spamReasonOf(request, input.now);
  const person = spamReason ? null : personFromAnswers(version.definition, answers);
  const repeatOfLeadId = person ? await latestLeadOf(db, form.workspaceId, person.email, input.now) : null;
  const score = spamReason ? null : scoreLead(version.scoring, answers, version.definition);
  const tier = score?.tier ?? SPAM_TIER;
  const outcome = resolveOutcome(version.definition, { tier, endOutcomeId });
  const { utm, referrer } = attributionOf(version.definition, answers, request.context);
  const source = request.context?.source ?? "api";
  const storedOutcome: TStoredOutcome = { type: outcome.type, outcomeId: outcome.id };

  const events: { type: string; data: Prisma.InputJsonValue }[] = [
    { type: "submitted", data: { formVersion: version.version, source, isRepeat: repeatOfLeadId !== null } },
    spamReason ? { type: "flagged_spam", data: { reason: spamReason } } : { type: "scored", data: { total: score!.total, tier } },
  ];
  const lead: Omit<Prisma.LeadUncheckedCreateInput, "personId"> = {
    workspaceId: form.workspaceId,
    formId: form.id,
    formVersionId: version.id,
    answers: json(answers),
    notApplicableAnswers: json(notApplicable),
    scoreTotal: score?.total ?? 0,
    scores: json(score?.dimensions ?? {}),
    breakdown: json(score?.breakdown ?? []),
    tier,
    knockedOutBy: score?.knockedOutBy ?? null,
    estimatedValue: score?.estimatedValue ?? null,
    currency: score?.currency ?? "USD",
    outcome: json(storedOutcome),
    isSpam: spamReason !== null,
    spamReason,
    repeatOfLeadId,
    source,
    utm: json(utm),
    referrer,
    contactName: person?.name ?? null,
    contactCompany: person?.company ?? null,
    timeZone: request.context?.timeZone && isValidTimeZone(request.context.timeZone) ? request.context.timeZone : null,
    idempotencyKey,
    idempotencyScope: idempotencyKey ? formKeyScope(form.id) : null,
    submittedAt: input.now,
    events: { create: events.map((e) => ({ ...e, workspaceId: form.workspaceId, createdAt: input.now })) },
  };

  // ── save ────────────────────────────────────────────────────────────────
  // The lead and its routing commit together. Should routing itself fail, the lead is stored
  // anyway and a durable job routes it (with retries): a lead is never lost.
  let routeNow = Boolean(input.routing) && !spamReason;
  for (let attempt = 0; ; attempt++) {
    try {
      const leadId = await db.$transaction(async (tx) => {
        const personId = person
          ? (
              await tx.person.upsert({
                where: { workspaceId_email: { workspaceId: form.workspaceId, email: person.email } },
                create: { workspaceId: form.workspaceId, email: person.email, emailDomain: emailDomain(person.email) ?? person.email.slice(person.email.lastIndexOf("@") + 1), name: person.name, company: person.company },
                update: {},
                select: { id: true },
              })
            ).id
          : null;
        const created = await tx.lead.create({ data: { ...lead, personId }, select: { id: true } });
        if (input.routing && !spamReason) {
          if (routeNow) await routeLeadInTx(tx, { workspaceId: form.workspaceId, leadId: created.id, now: input.now }, input.routing);
          else await input.routing.queue.send("routing.route-lead", { leadId: created.id, workspaceId: form.workspaceId }, { tx });
        }
        return created.id;
      });
      return { status: 201, response: { leadId, outcome: toSubmissionOutcome(outcome), ...(warnings.length > 0 ? { warnings } : {}) } };
    } catch (error) {
      if (!isUniqueViolation(error)) {
        if (!routeNow) throw error;
        console.error(`[submissions] routing failed for form ${form.id}; storing the lead and routing it in a job:`, (error as Error)?.name);
        routeNow = false;
        continue;
      }
      // Another request with this key won the race: answer as it did.
      if (idempotencyKey) {
        const replay = await findByIdempotencyKey(db, form.workspaceId, form.id, idempotencyKey);
        if (replay) return { status: 200, response: replay };
      }
      // Otherwise two first submissions of one person raced on the Person row: once more.
      if (attempt >= 1) throw error;
    }
  }
}

async function findByIdempotencyKey(db: Db, workspaceId: string, formId: string, idempotencyKey: string): Promise<TSubmissionResponse | null> {
  const lead = await db.lead.findUnique({
    where: { workspaceId_idempotencyScope_idempotencyKey: { workspaceId, idempotencyScope: formKeyScope(formId), idempotencyKey } },
    select: { id: true, outcome: true, formVersion: { select: { definition: true } } },
  });
  return lead ? responseForStoredLead(lead, lead.formVersion?.definition) : null;
}



function json(value: unknown): Prisma.InputJsonValue {
  return value as Prisma.InputJsonValue;
}

/** zod issues of the request body as details; an unknown property is reported at its own path. */
function requestIssues(issues: readonly z.core.$ZodIssue[]): TErrorDetail[] {
  const at = (path: readonly PropertyKey[]) => path.map(String).join(".") || "body";
  return issues.flatMap((issue) =>
    issue.code === "unrecognized_keys"
      ? issue.keys.map((key) => ({ path: at([...issue.path, key]), message: "Unknown property" }))
      : [{ path: at(issue.path), message: issue.message }],
  );
}
