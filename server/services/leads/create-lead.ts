// A lead from any source (`POST /api/v1/leads`, imports). Load → decide → save in one transaction:
//   load:   the named form's published version (of this workspace only), an earlier lead with
//           this Idempotency-Key (answered again with 200), the person's latest lead;
//   decide: with a form, answers checked and scored exactly like a submission (validateSubmission,
//           scoreLead, resolveOutcome); without, flat answers stored as given, tier as sent or
//           "unscored", score 0;
//   save:   person, lead, events and — in the same transaction — its routing (routeLeadInTx).
//           An API key is a trusted source: the name, company and phone it gives update the
//           person record; the lead keeps the name and company it came with.
// Idempotency-Key retries are serialised by a transaction advisory lock on (workspace, scope, key);
// the scope is the calling API key: a key replays only leads that API key created (never a public
// submission's, whatever its key), whichever form the retry names.
// Never logs answer values.
import type { TSubmissionIssue } from "../../domain/forms/validate-answers";
import type { z } from "zod";
import { isUniqueViolation, latestLeadOf } from "../submissions/lead-history";
import type { Db, DbTx } from "../../db/client";
import type { Prisma } from "../../db/generated/client";
import { emailDomain } from "../../domain/conditions/email-domain";
import type { TAnswers, TFormDefinition } from "../../domain/forms/definition";
import { resolveOutcome } from "../../domain/forms/resolve-outcome";
import { validateSubmission } from "../../domain/forms/validate-answers";
import { matchRe2Pattern } from "../../domain/forms/re2-pattern";
import { UNSCORED_TIER, ZCreateLeadRequest, ZFreeAnswers, type TCreateLeadRequest } from "../../domain/leads/create-lead-request";
import { issuesToFieldErrors } from "../../domain/reps/issues-to-details";
import { isValidTimeZone } from "../../domain/reps/time-zone";
import { scoreLead } from "../../domain/scoring/score-lead";
import { validationError, type TErrorDetail } from "../../errors";
import { getPublishedForm, type TPublishedForm } from "../forms/published-form";
import type { TFollowUpDeps } from "../routing/after-assignment";
import { routeLeadInTx } from "../routing/route-lead";
import { apiKeyKeyScope, parseIdempotencyKey } from "../submissions/idempotency-key";
import { attributionOf, personFromAnswers, type TPersonFacts } from "../submissions/submission-facts";

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
  /** Answers kept on the lead as not applicable (hidden by the form's logic, unknown keys). */
  warnings: TSubmissionIssue[];
}


export async function createLead(db: Db, input: TCreateLeadInput): Promise<TCreateLeadResult> {
  const idempotencyKey = parseIdempotencyKey(input.idempotencyKey);
  const parsed = ZCreateLeadRequest.safeParse(input.body);
  if (!parsed.success) throw validationError(requestIssues(parsed.error.issues), "The request body is not valid");
  const request = parsed.data;
  if (request.timeZone !== undefined && !isValidTimeZone(request.timeZone)) {
    throw validationError([{ path: "timeZone", message: "Unknown time zone (use an IANA name such as Europe/Berlin)" }]);
  }

  // ── load ────────────────────────────────────────────────────────────────
  const published = request.form ? await getPublishedForm(db, request.form) : null;
  if (request.form && published?.form.workspaceId !== input.workspaceId) {
    throw validationError([{ path: "form", message: "No published form with this slug in the workspace" }], "Unknown form");
  }
  const workspaceId = input.workspaceId;
  const idempotencyScope = idempotencyKey ? apiKeyKeyScope(input.apiKeyId) : null;
  if (idempotencyKey && idempotencyScope) {
    const replay = await findByIdempotencyKey(db, workspaceId, idempotencyScope, idempotencyKey);
    if (replay) return { status: 200, leadId: replay, warnings: [] };
  }

  // ── decide ──────────────────────────────────────────────────────────────
  const facts = published ? formFacts(published, request) : freeFacts(request);
  const person = mergePerson(facts.person, request.person);
  const repeatOfLeadId = person ? await latestLeadOf(db, workspaceId, person.email, input.now) : null;
  const source = request.source ?? "api";
  const lead: Omit<Prisma.LeadUncheckedCreateInput, "personId"> = {
    ...facts.lead,
    workspaceId,
    source,
    utm: json({ ...facts.utm, ...(request.utm ?? {}) }),
    timeZone: request.timeZone ?? null,
    contactName: person?.name ?? null,
    contactCompany: person?.company ?? null,
    repeatOfLeadId,
    idempotencyKey,
    idempotencyScope,
    submittedAt: input.now,
    events: {
      create: [
        { type: "submitted", data: json({ formVersion: published?.version.version ?? null, source, isRepeat: repeatOfLeadId !== null, via: "api" }) },
        { type: "scored", data: json({ total: facts.lead.scoreTotal ?? 0, tier: facts.lead.tier }) },
      ].map((e) => ({ ...e, workspaceId, createdAt: input.now })),
    },
  };

  // ── save ────────────────────────────────────────────────────────────────
  // As in submitForm: should routing itself fail, the lead is stored and a job routes it.
  let routeNow = Boolean(input.routing);
  for (let attempt = 0; ; attempt++) {
    try {
      return await db.$transaction(async (tx) => {
        if (idempotencyKey && idempotencyScope) {
          await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`lead-key:${workspaceId}:${idempotencyScope}:${idempotencyKey}`}))`;
          const replay = await findByIdempotencyKey(tx, workspaceId, idempotencyScope, idempotencyKey);
          if (replay) return { status: 200 as const, leadId: replay, warnings: [] };
        }
        const personId = person ? await upsertPerson(tx, workspaceId, person) : null;
        const created = await tx.lead.create({ data: { ...lead, personId }, select: { id: true } });
        if (input.routing) {
          if (routeNow) await routeLeadInTx(tx, { workspaceId, leadId: created.id, now: input.now }, input.routing);
          else await input.routing.queue.send("routing.route-lead", { leadId: created.id, workspaceId }, { tx });
        }
        return { status: 201 as const, leadId: created.id, warnings: facts.warnings };
      });
    } catch (error) {
      if (isUniqueViolation(error) && attempt < 1) continue; // two first leads of one person raced on the Person row
      if (isUniqueViolation(error) || !routeNow) throw error;
      console.error(`[leads] routing failed in workspace ${workspaceId}; storing the lead and routing it in a job:`, (error as Error)?.name);
      routeNow = false;
    }
  }
}

interface TFacts {
  person: TPersonFacts | null;
  utm: Record<string, string>;
  warnings: TSubmissionIssue[];
  lead: Pick<Prisma.LeadUncheckedCreateInput, "formId" | "formVersionId" | "answers" | "notApplicableAnswers" | "scoreTotal" | "scores" | "breakdown" | "tier" | "knockedOutBy" | "estimatedValue" | "currency" | "outcome">;
}

function formFacts({ form, version }: TPublishedForm, request: TCreateLeadRequest): TFacts {
  const misplaced: TErrorDetail[] = (["tier", "estimatedValue"] as const)
    .filter((key) => request[key] !== undefined)
    .map((key) => ({ path: key, message: "Computed by the form's scoring: leave it out when you name a form" }));
  const checked = validateSubmission(version.definition, request.answers, matchRe2Pattern);
  const issues = [...misplaced, ...(checked.ok ? [] : checked.issues)];
  if (!checked.ok || issues.length > 0) throw validationError(issues);
  const answers: TAnswers = checked.answers;
  const score = scoreLead(version.scoring, answers, version.definition);
  const outcome = resolveOutcome(version.definition, { tier: score.tier, endOutcomeId: checked.endOutcomeId });
  return {
    person: personFromAnswers(version.definition as TFormDefinition, answers),
    utm: attributionOf(version.definition, answers, undefined).utm,
    warnings: checked.warnings,
    lead: {
      formId: form.id,
      formVersionId: version.id,
      answers: json(answers),
      notApplicableAnswers: json(checked.notApplicable),
      scoreTotal: score.total,
      scores: json(score.dimensions),
      breakdown: json(score.breakdown),
      tier: score.tier,
      knockedOutBy: score.knockedOutBy,
      estimatedValue: score.estimatedValue,
      currency: score.currency,
      outcome: json({ type: outcome.type, outcomeId: outcome.id }),
    },
  };
}

function freeFacts(request: TCreateLeadRequest): TFacts {
  const answers = ZFreeAnswers.safeParse(request.answers);
  if (!answers.success) throw validationError(issuesToFieldErrors(answers.error.issues).map((d) => ({ ...d, path: d.path ? `answers.${d.path}` : "answers" })));
  return {
    person: null,
    utm: {},
    warnings: [],
    lead: {
      formId: null,
      formVersionId: null,
      answers: json(answers.data),
      scoreTotal: 0,
      scores: json({}),
      breakdown: json([]),
      tier: request.tier ?? UNSCORED_TIER,
      knockedOutBy: null,
      estimatedValue: request.estimatedValue ?? null,
      currency: "USD",
      outcome: json({}),
    },
  };
}

/** The person from the answers, with what the request's `person` says winning. */
function mergePerson(fromAnswers: TPersonFacts | null, given: TCreateLeadRequest["person"]): (TPersonFacts & { phone: string | null }) | null {
  if (!given) return fromAnswers ? { ...fromAnswers, phone: null } : null;
  return {
    email: given.email.toLowerCase(),
    name: given.name || fromAnswers?.name || null,
    company: given.company || fromAnswers?.company || null,
    phone: given.phone || null,
  };
}

async function upsertPerson(tx: DbTx, workspaceId: string, person: TPersonFacts & { phone: string | null }): Promise<string> {
  const domain = emailDomain(person.email) ?? person.email.slice(person.email.lastIndexOf("@") + 1);
  const known = { ...(person.name ? { name: person.name } : {}), ...(person.company ? { company: person.company } : {}), ...(person.phone ? { phone: person.phone } : {}) };
  const row = await tx.person.upsert({
    where: { workspaceId_email: { workspaceId, email: person.email } },
    create: { workspaceId, email: person.email, emailDomain: domain, ...known },
    update: known,
    select: { id: true },
  });
  return row.id;
}

async function findByIdempotencyKey(db: DbTx, workspaceId: string, idempotencyScope: string, idempotencyKey: string): Promise<string | null> {
  const lead = await db.lead.findUnique({ where: { workspaceId_idempotencyScope_idempotencyKey: { workspaceId, idempotencyScope, idempotencyKey } }, select: { id: true } });
  return lead?.id ?? null;
}



function json(value: unknown): Prisma.InputJsonValue {
  return value as Prisma.InputJsonValue;
}

/** zod issues of the body as details; an unknown property is reported at its own path. */
function requestIssues(issues: readonly z.core.$ZodIssue[]): TErrorDetail[] {
  const at = (path: readonly PropertyKey[]) => path.map(String).join(".") || "body";
  return issues.flatMap((issue) =>
    issue.code === "unrecognized_keys" ? issue.keys.map((key) => ({ path: at([...issue.path, key]), message: "Unknown property" })) : [{ path: at(issue.path), message: issue.message }],
  );
}
