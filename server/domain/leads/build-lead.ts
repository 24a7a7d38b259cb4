// One lead from any way it enters — the hosted form, the embed, the public submissions API,
// `POST /api/v1/leads`, imports — built the same way from (the form's published version or none,
// the answers, the facts of the request, now). Pure: the intake service loads, calls this, saves.
//
// With a form: answers are checked against its definition and logic (answers the logic hides and
// unknown keys are kept as not applicable and listed as warnings), scored, given an outcome. A
// required answer left out is a 422, except from an API key (requiredAnswers "warn"): the lead is
// kept, scored on what was given, with a warning per missing answer (missing-required.ts).
// Without (API only): flat answers stored as given (a key that is not an answer key kept as not
// applicable, with a warning); tier and estimated value as sent.
// Leniencies that keep a lead instead of refusing it, each with a warning: intake-leniency.ts —
// among them a lead with no email and no phone, kept and routed like any other (a rep can research
// the company) with a warning that nobody can reply to it.
// Warnings come in one order, whichever endpoint: the request's own values (timeZone, tier, estimatedValue,
// person.email; the submissions endpoint puts its context.source first), then the answers as
// validated (unknown keys as sent, then the form's questions in order: not applicable, then
// required ones left out), then the lead's contact, then submittedAt. Each is { path, message }.
// Spam (the caller's verdict: honeypot, too fast) is stored but never scored, routed or linked to
// a person. Who a lead shows (contactName / contactCompany) is the person's name and company, else
// the answers' (lead-facts.ts contactFromAnswers): a lead with no email still shows the name it
// gave. A person given by a trusted caller (an API key) wins over the one in the answers. A person
// given without an email (a CRM contact with only a phone), when the answers give none either, is
// no Person (people are matched by email): its name, company and phone stay on the lead
// (contactName, contactCompany, contactPhone), and its phone is a way to reply.
// A lead from the past (API `submittedAt`: a CRM sync, a backfill) is stored at that time — the
// lead list, GET /leads and analytics count it then. Not in the future (past a clock-skew
// tolerance: a 422 at submittedAt). Older than HISTORICAL_LEAD_MS it is history, not a new lead
// to work: scored and stored, never routed (no owner, alert, SLA timer or nurture enrolment), with
// a warning at submittedAt saying so. A more recent one is routed now like any lead.
import type { TAnswers, TFormDefinition, TOutcome } from "../forms/definition";
import type { TPatternMatcher } from "../forms/pattern-matcher";
import { resolveOutcome } from "../forms/resolve-outcome";
import { isEmptyValue, notPlainReason, plainValue } from "../forms/validate-answers";
import type { TScoringModel } from "../scoring/model";
import { scoreLead } from "../scoring/score-lead";
import { requestIssues, type TRequestIssue } from "../validation/request-issues";
import { FREE_ANSWER_KEY, FREE_ANSWER_KEY_MESSAGE, HISTORICAL_LEAD_MS, MAX_FREE_ANSWERS, submittedAtIssues, UNSCORED_TIER, ZFreeAnswers } from "./create-lead-request";
import { answeredEmailKey, capFreeAnswers, emailConflictWarning, formComputedWarnings, hasWayToReply, noContactPath, withNoContactWarning, withPersonEmail } from "./intake-leniency";
import { attributionOf, contactFromAnswers, personFromAnswers, type TPersonFacts } from "./lead-facts";
import { leadTimeZone } from "./lead-time-zone";
import { checkAnswers, type TRequiredAnswers } from "./missing-required";

/** The tier stored on spam: never scored, never routed. */
export const SPAM_TIER = "spam";

export interface TIntakeForm {
  formId: string;
  versionId: string;
  version: number;
  definition: TFormDefinition;
  scoring: TScoringModel;
}

export interface TLeadIntake {
  /** The form's published version; null for a lead without a form (API, imports). */
  form: TIntakeForm | null;
  answers: Record<string, unknown>;
  /** "hosted", "embed", "api", "import", "webinar" … */
  source: string;
  /** Recorded on the "submitted" event when the lead came through the leads API. */
  via?: "api";
  pageUrl?: string;
  referrer?: string;
  /** The prospect's IANA zone, any letter case (stored canonically); an unknown one is dropped with a warning at timeZone (context.timeZone for a submission). */
  timeZone?: string;
  /** UTM values given outright (API): they win over those found in the answers. */
  utm?: Record<string, string>;
  /** A person named by a trusted caller: wins over the answers'. Without an email (and none in the answers) it is kept on the lead, not as a person. */
  person?: { email?: string; name?: string; company?: string; phone?: string };
  /** Without a form only. */
  tier?: string;
  estimatedValue?: number;
  /** A required answer left out: "enforce" (default: the public submissions, a 422) or "warn" (an API key: kept, with a warning; missing-required.ts). */
  requiredAnswers?: TRequiredAnswers;
  /** The caller's spam verdict ("honeypot", "too_fast"), or null. */
  spamReason: string | null;
  matchPattern: TPatternMatcher;
  /** When the lead was submitted at its source (API only); default `now`. */
  submittedAt?: Date;
  now: Date;
}

export const HISTORICAL_LEAD_MESSAGE = `Submitted more than ${HISTORICAL_LEAD_MS / 3_600_000} hours ago: stored as history, not routed (no owner, alert or SLA timer)`;

export type TIntakePerson = TPersonFacts & { phone: string | null };

/** The lead row's own values (the intake service adds ids, the person and idempotency). */
export interface TLeadDraft {
  formId: string | null;
  formVersionId: string | null;
  answers: TAnswers | Record<string, unknown>;
  notApplicableAnswers: TAnswers | null;
  scoreTotal: number;
  scores: Record<string, number>;
  breakdown: unknown[];
  tier: string;
  knockedOutBy: string | null;
  estimatedValue: number | null;
  currency: string;
  /** estimatedValue in the workspace's routing currency (Lead.routingValue): set by the intake from its exchange rates (intake-routing-value.ts); absent = null. */
  routingValue?: number | null;
  /** What Lead.outcome stores: the outcome shown ({} without a form). */
  outcome: { type: TOutcome["type"]; outcomeId: string } | Record<string, never>;
  isSpam: boolean;
  spamReason: string | null;
  repeatOfLeadId: string | null;
  source: string;
  utm: Record<string, string>;
  referrer: string | null;
  contactName: string | null;
  contactCompany: string | null;
  /** The phone of a contact given without an email (no person); null with a person (its own phone) or none. */
  contactPhone: string | null;
  timeZone: string | null;
  submittedAt: Date;
  events: { type: string; data: Record<string, unknown> }[];
}

export type TBuiltLead =
  | { ok: false; issues: TRequestIssue[] }
  | {
      ok: true;
      lead: TLeadDraft;
      person: TIntakePerson | null;
      /** The end screen (null without a form). */
      outcome: TOutcome | null;
      /** Answers kept as not applicable, required answers not given (API key only), other leniencies; by path. */
      warnings: TRequestIssue[];
      /** Routed now (or by a job): every lead but spam and history (submitted more than HISTORICAL_LEAD_MS ago). */
      isRoutable: boolean;
    };

export function buildLead(intake: TLeadIntake): TBuiltLead {
  const facts = intake.form ? formFacts(intake.form, intake) : freeFacts(intake);
  const timeIssues = submittedAtIssues(intake.submittedAt, intake.now);
  if (!facts.ok || timeIssues.length > 0) return { ok: false, issues: [...(facts.ok ? [] : facts.issues), ...timeIssues] };
  const isSpam = intake.spamReason !== null;
  const submittedAt = intake.submittedAt ?? intake.now;
  const isHistorical = intake.now.getTime() - submittedAt.getTime() > HISTORICAL_LEAD_MS;
  const given = mergePerson(facts.person, intake.person);
  const person = isSpam ? null : given;
  // A contact given with no email, and none in the answers: no person, the lead keeps it.
  const unlinked = given ? null : contactWithoutEmail(intake.person);
  const fromAnswers = contactFromAnswers(facts.lead.answers);
  const zone = leadTimeZone(intake.timeZone, intake.via === "api" ? "timeZone" : "context.timeZone");
  const formVersion = intake.form?.version ?? null;
  const submitted = { formVersion, source: intake.source, isRepeat: false, ...(intake.via ? { via: intake.via } : {}), ...(isHistorical ? { isHistorical: true } : {}) };
  const verdict = isSpam ? { type: "flagged_spam", data: { reason: intake.spamReason } } : { type: "scored", data: { total: facts.lead.scoreTotal, tier: facts.lead.tier } };
  const lead: TLeadDraft = {
    ...facts.lead,
    isSpam,
    spamReason: intake.spamReason,
    repeatOfLeadId: null,
    source: intake.source,
    utm: { ...facts.utm, ...(intake.utm ?? {}) },
    referrer: facts.referrer,
    // Who the lead shows: the person's name and company, else the contact given without an email,
    // else the answers' (a lead with no email still shows the name it gave); none on spam.
    contactName: isSpam ? null : (person?.name ?? unlinked?.name ?? fromAnswers.name),
    contactCompany: isSpam ? null : (person?.company ?? unlinked?.company ?? fromAnswers.company),
    contactPhone: isSpam ? null : (unlinked?.phone ?? null),
    timeZone: zone.timeZone,
    submittedAt,
    events: [{ type: "submitted", data: submitted }, verdict],
  };
  // One order for every endpoint: the request's own values, the answers (as validated), the lead's contact, then its time.
  // The contact is judged on what was sent, spam or not (the answer does not tell a bot its verdict).
  const definition = intake.form?.definition ?? null;
  // The time zone is one of the request's own values: its warning first.
  const own = [...zone.warnings, ...facts.warnings];
  const answered = hasWayToReply(definition, facts.lead.answers, given ?? unlinked) ? own : withNoContactWarning(own, noContactPath(definition, intake.via));
  const warnings = isHistorical && !isSpam ? [...answered, { path: "submittedAt", message: HISTORICAL_LEAD_MESSAGE }] : answered;
  return { ok: true, lead, person, outcome: facts.outcome, warnings, isRoutable: !isSpam && !isHistorical };
}

/** The draft marked as a repeat of the person's earlier lead (found by the intake service). */
export function markRepeat(lead: TLeadDraft, repeatOfLeadId: string | null): TLeadDraft {
  if (!repeatOfLeadId) return lead;
  const events = lead.events.map((e) => (e.type === "submitted" ? { ...e, data: { ...e.data, isRepeat: true } } : e));
  return { ...lead, repeatOfLeadId, events };
}

type TFacts =
  | { ok: false; issues: TRequestIssue[] }
  | {
      ok: true;
      person: TPersonFacts | null;
      utm: Record<string, string>;
      referrer: string | null;
      outcome: TOutcome | null;
      warnings: TRequestIssue[];
      lead: Pick<TLeadDraft, "formId" | "formVersionId" | "answers" | "notApplicableAnswers" | "scoreTotal" | "scores" | "breakdown" | "tier" | "knockedOutBy" | "estimatedValue" | "currency" | "outcome">;
    };

function formFacts(form: TIntakeForm, intake: TLeadIntake): TFacts {
  // A trusted caller's person.email answers the form's email question the answers leave out.
  const sent = withPersonEmail(form.definition, intake.answers, intake.person?.email);
  const checked = checkAnswers(form.definition, sent, intake.matchPattern, intake.requiredAnswers ?? "enforce");
  if (!checked.ok) return { ok: false, issues: checked.issues };
  const { answers } = checked;
  const emailKey = answeredEmailKey(form.definition, answers);
  const warnings = [...formComputedWarnings(intake), ...emailConflictWarning(emailKey, emailKey && answers[emailKey], intake.person?.email), ...checked.warnings];
  const isSpam = intake.spamReason !== null;
  const score = isSpam ? null : scoreLead(form.scoring, answers, form.definition);
  const tier = score?.tier ?? SPAM_TIER;
  const outcome = resolveOutcome(form.definition, { tier, endOutcomeId: checked.endOutcomeId });
  const { utm, referrer } = attributionOf(form.definition, answers, { pageUrl: intake.pageUrl, referrer: intake.referrer });
  return {
    ok: true,
    person: personFromAnswers(form.definition, answers),
    utm,
    referrer,
    outcome,
    warnings,
    lead: {
      formId: form.formId,
      formVersionId: form.versionId,
      answers,
      notApplicableAnswers: checked.notApplicable,
      scoreTotal: score?.total ?? 0,
      scores: score?.dimensions ?? {},
      breakdown: score?.breakdown ?? [],
      tier,
      knockedOutBy: score?.knockedOutBy ?? null,
      estimatedValue: score?.estimatedValue ?? null,
      currency: score?.currency ?? "USD",
      outcome: { type: outcome.type, outcomeId: outcome.id },
    },
  };
}

/**
 * A form-less lead's answers as the schema takes them, the way a form's unknown keys are treated:
 * an empty value (null, "", []) carries nothing and is left out; a value that is not plain (an
 * object, a list of non-text, text over 10,000 characters) is left out with a warning — the
 * lead is kept, not refused for one answer. A key that is not an answer key (FREE_ANSWER_KEY: over
 * 64 characters, a question's text as the key …) cannot be routed on: its answer is kept as not
 * applicable with a warning, as a form keeps a key it does not have (it was a 422 for the lead).
 */
function plainFreeAnswers(raw: Record<string, unknown>): { answers: Record<string, unknown>; notApplicable: TAnswers | null; warnings: TRequestIssue[] } {
  const answers: Record<string, unknown> = {};
  const notApplicable: TAnswers = {};
  let notApplicableCount = 0;
  const warnings: TRequestIssue[] = [];
  for (const [key, value] of Object.entries(raw)) {
    if (isEmptyValue(value)) continue;
    const plain = plainValue(value);
    const reason = plain === null ? notPlainReason(value) : null;
    if (plain === null) warnings.push({ path: `answers.${key}`, message: reason ? `This answer ${reason}: not kept` : FREE_ANSWER_NOT_KEPT_MESSAGE });
    else if (FREE_ANSWER_KEY.test(key)) answers[key] = plain;
    else if (notApplicableCount >= MAX_FREE_ANSWERS) warnings.push({ path: `answers.${key}`, message: TOO_MANY_ODD_KEYS_MESSAGE });
    else {
      notApplicable[key] = plain;
      notApplicableCount += 1;
      warnings.push({ path: `answers.${key}`, message: FREE_ANSWER_KEY_NOT_ROUTED_MESSAGE });
    }
  }
  return { answers, notApplicable: notApplicableCount > 0 ? notApplicable : null, warnings };
}

export const FREE_ANSWER_NOT_KEPT_MESSAGE = "Not a plain answer value (text up to 10,000 characters, a number, yes/no or a short list of text): not kept";
const ODD_KEY = `Not a valid answer key (${FREE_ANSWER_KEY_MESSAGE.replace(/^Use /, "")})`;
export const FREE_ANSWER_KEY_NOT_ROUTED_MESSAGE = `${ODD_KEY}: kept on the lead as not applicable (not routed; read it back in notApplicableAnswers), or send it as e.g. first_name to route on it`;
const TOO_MANY_ODD_KEYS_MESSAGE = `${ODD_KEY}, and at most ${MAX_FREE_ANSWERS} such answers are kept: not kept`;

function freeFacts(intake: TLeadIntake): TFacts {
  const plain = plainFreeAnswers(intake.answers);
  const parsed = ZFreeAnswers.safeParse(plain.answers);
  if (!parsed.success) return { ok: false, issues: requestIssues(parsed.error.issues, ["answers"]) };
  const capped = capFreeAnswers(parsed.data);
  const conflict = emailConflictWarning("email", capped.answers.email, intake.person?.email);
  return {
    ok: true,
    person: null,
    utm: {},
    referrer: intake.referrer ?? null,
    outcome: null,
    warnings: [...conflict, ...plain.warnings, ...capped.warnings],
    lead: {
      formId: null,
      formVersionId: null,
      answers: capped.answers,
      notApplicableAnswers: plain.notApplicable,
      scoreTotal: 0,
      scores: {},
      breakdown: [],
      tier: intake.tier ?? UNSCORED_TIER,
      knockedOutBy: null,
      estimatedValue: intake.estimatedValue ?? null,
      currency: "USD",
      outcome: {},
    },
  };
}

/** The person from the answers, with what a trusted caller says winning (its email, else the answers'; none without an email). */
function mergePerson(fromAnswers: TPersonFacts | null, given: TLeadIntake["person"]): TIntakePerson | null {
  if (!given) return fromAnswers ? { ...fromAnswers, phone: null } : null;
  const email = given.email?.toLowerCase() || fromAnswers?.email;
  if (!email) return null;
  return {
    email,
    name: given.name || fromAnswers?.name || null,
    company: given.company || fromAnswers?.company || null,
    phone: given.phone || null,
  };
}

/** A trusted caller's contact given without an email (name, company, phone; blank text is none), or null when it gives nothing. */
function contactWithoutEmail(given: TLeadIntake["person"]): { name: string | null; company: string | null; phone: string | null } | null {
  const contact = { name: given?.name || null, company: given?.company || null, phone: given?.phone || null };
  return contact.name || contact.company || contact.phone ? contact : null;
}
