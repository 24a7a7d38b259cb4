// The bodies of the leads API. `POST /api/v1/leads`: a lead from any source. With `form`, the answers are checked
// against that form's published version and scored like a submission; without, they are stored
// as given (flat values) and `tier` / `estimatedValue` may be set directly.
//
// Lenient where a lead would otherwise be lost to strictness (the API's promise):
// - null is "not given" for every optional property (GET /api/v1/leads/{id} answers null for what
//   a lead lacks, so echoing it back is fine), as it already is for answers; so is empty or blank
//   text (a CRM's "" for a field it does not have), with a warning at its path (readCreateLeadRequest);
// - free text (person.name/company/phone, source, utm values) takes a finite number as its text
//   ("phone": 12345 → "12345"); identifiers (person.email, form, tier) are not coerced
//   and stay a 422 at their path when malformed (empty is not malformed: not given, as above);
// - timeZone is metadata: any letter case is read as the canonical IANA name, an unknown zone
//   is a warning at timeZone (the lead kept without one); only a non-text value is a 422;
// - person.email is optional: a contact with only a name, company or phone is kept on the lead.
// `submittedAt` (a lead from the past: a CRM sync, a backfill) is an instant with an offset, not
// before 2000 and not in the future past a clock-skew tolerance (the future rule needs `now`:
// submittedAtIssues, applied by buildLead). A lead older than HISTORICAL_LEAD_MS is history: see
// build-lead.ts.
import { z } from "zod";
import { isEmailAddress } from "../validation/email-address";
import { MONEY_AMOUNT_MESSAGE } from "../validation/money-amount";
import { moneyAmountDescription, ZMoneyAmount } from "../validation/money-amount-schema";
import type { TRequestIssue } from "../validation/request-issues";
import { resolveLeadTimeZone } from "./lead-time-zone";

export const MAX_LEAD_BYTES = 64 * 1024;
/** Answers kept on a lead without a form; the rest are left out with a warning each. */
export const MAX_FREE_ANSWERS = 100;

const ZFreeAnswerValue = z.union([z.string().max(10_000), z.number().finite(), z.boolean(), z.array(z.string().max(1_000)).max(100)], {
  error: "Use a string, a number, a boolean or a list of strings",
});

/** The key of an answer of a lead without a form (also what routing's `apiAnswerKeys` may list). */
export const FREE_ANSWER_KEY = /^[A-Za-z0-9_.-]{1,64}$/;
export const FREE_ANSWER_KEY_MESSAGE = "Use 1–64 characters: letters, digits, _ . -";

/** Answers of a lead without a form: flat values, keys like field keys (the count is capped by buildLead, with warnings). */
export const ZFreeAnswers = z.record(z.string().regex(FREE_ANSWER_KEY, FREE_ANSWER_KEY_MESSAGE), ZFreeAnswerValue, {
  // zod's own words for a bad key are "Invalid key in record": say which keys are allowed.
  error: (issue) => (issue.code === "invalid_key" ? `Not a valid answer key: ${FREE_ANSWER_KEY_MESSAGE} (e.g. first_name), or name a form to send its question keys` : undefined),
});

/**
 * A lead's estimated value is an amount of money (money-amount.ts): a number from 0 to
 * 999,999,999,999.99 (what it stores; 1e12 was taken and could not be stored), or its text as CRMs
 * export money — "50000", "42000.50", with thousands commas "1,200" or "1,200,000.50" (the outcome
 * events' amount reads the same way: one reader, readMoneyAmount; "1,200" was a 422 here while the
 * events took it). A sign, an exponent, a currency symbol or an ambiguous spelling ("1,20",
 * "1.200,50", "1 200") is a 422 at estimatedValue. Either way the output is a number, so the
 * spellings are one request for an Idempotency-Key.
 */
export const ESTIMATED_VALUE_MESSAGE = MONEY_AMOUNT_MESSAGE;
const ZEstimatedValue = ZMoneyAmount;

/** How far ahead of the server's clock a submittedAt may be (the sender's clock may run fast). */
export const SUBMITTED_AT_SKEW_MS = 5 * 60_000;
/** The earliest submittedAt taken: older is a typo (a year 0026, a zero timestamp), not a lead. */
export const EARLIEST_SUBMITTED_AT = "2000-01-01T00:00:00.000Z";
/** A lead submitted longer ago than this is history: stored, counted at its time, not routed (build-lead.ts). */
export const HISTORICAL_LEAD_MS = 24 * 60 * 60_000;

/** An ISO 8601 instant with its offset ("Z" or "+01:00"), kept as its UTC ISO text (so two spellings of one instant fingerprint the same). */
const ZSubmittedAt = z.iso
  .datetime({ offset: true, error: "Use an ISO 8601 date-time with an offset, e.g. 2026-11-02T09:30:00Z or 2026-11-02T10:30:00+01:00" })
  .transform((text) => new Date(text).toISOString())
  .refine((iso) => iso >= EARLIEST_SUBMITTED_AT, "Give a time from 2000-01-01 on");

/** The rule on submittedAt that needs the clock: not later than `now` plus the skew tolerance. */
export function submittedAtIssues(submittedAt: Date | undefined, now: Date): TRequestIssue[] {
  if (submittedAt === undefined || submittedAt.getTime() <= now.getTime() + SUBMITTED_AT_SKEW_MS) return [];
  return [{ path: "submittedAt", message: `Must not be in the future (at most ${SUBMITTED_AT_SKEW_MS / 60_000} minutes ahead of the server's clock, ${now.toISOString()})` }];
}

/** An optional property: null (or absent) is "not given". */
function optional<T extends z.ZodType>(schema: T) {
  return schema.nullish().transform((value): z.output<T> | undefined => value ?? undefined);
}

/** Free text of at most `max` characters (trimmed); a finite number is taken as its text (at most 24 characters). */
function freeText(max: number) {
  return z.union([z.string().trim().max(max, `At most ${max} characters`), z.number().finite().transform(String)], { error: "Use text (a number is taken as its text)" });
}

/** What a malformed person.email (and POST /api/v1/routing/test's lead.email: the same check) is answered with. */
export const EMAIL_ADDRESS_MESSAGE = "Enter a valid email address (one @, a domain with a dot, no spaces; at most 254 characters)";

/**
 * The lead's contact. Its email is optional (a CRM contact with only a phone is a lead: the API's
 * promise): people are matched by email, so a person without one is kept on the lead itself
 * (contactName, contactCompany, contactPhone; build-lead.ts), not as a Person. A person with
 * nothing given (`{}`) is no person: lead-substance.ts judges it. Strict: an unknown property is a
 * 422 at its path.
 */
export const ZLeadPerson = z.strictObject({
  /** One check with the forms' email answers (validation/email-address.ts): internationalized addresses and one-letter TLDs taken. Also routing/test's lead.email. */
  email: optional(
    z.string({ error: "Enter an email address as text (or leave email out)" }).trim().refine(isEmailAddress, EMAIL_ADDRESS_MESSAGE),
  ),
  name: optional(freeText(200)),
  company: optional(freeText(200)),
  phone: optional(freeText(50)),
});

/** UTM values by name; a null value is left out. */
const ZLeadUtm = z
  .record(z.string().max(60), optional(freeText(500)), {
    error: (issue) => (issue.code === "invalid_key" ? "Not a valid UTM name: at most 60 characters" : issue.code === "invalid_type" ? "Give the UTM values as an object of name → text" : undefined),
  })
  .refine((u) => Object.keys(u).length <= 20, "At most 20 UTM values")
  .transform((u) => Object.fromEntries(Object.entries(u).filter((entry): entry is [string, string] => entry[1] !== undefined)));

export const ZCreateLeadRequest = z.strictObject({
  /** Slug of a published form of the workspace: validate and score the answers with it. */
  form: optional(z.string().min(1).max(80)),
  /** The answers by key; absent or null = none ({}): a lead may be only its person. */
  answers: z
    .record(z.string(), z.unknown(), { error: "Give the answers as an object of key → value (or leave answers out)" })
    .nullish()
    .transform((answers): Record<string, unknown> => answers ?? {}),
  person: optional(ZLeadPerson),
  /** Where the lead came from ("api", "import", "webinar" …); default "api". */
  source: optional(freeText(50).pipe(z.string().min(1, "Give a source or leave it out"))),
  utm: optional(ZLeadUtm),
  /**
   * The prospect's IANA time zone, for routing on the lead's local time: any letter case, read as
   * its canonical name (so two spellings fingerprint the same); an unknown one is kept as sent here
   * and dropped by buildLead with a warning (lead-time-zone.ts: never a 422 for metadata).
   */
  timeZone: optional(z.string({ error: "Use an IANA time zone name as text, e.g. Europe/Berlin (or leave timeZone out)" }).transform((text) => resolveLeadTimeZone(text) ?? text)),
  /** Without a form only (with one it is ignored with a warning: the form's scoring sets it): the tier key (default "unscored"). */
  tier: optional(z.string().trim().regex(/^[a-z0-9_-]{1,40}$/, "Use 1–40 characters: a-z, 0-9, _ -")),
  /** Without a form only (with one it is ignored with a warning): the estimated deal value (for value-based routing); a number or money's text. */
  estimatedValue: optional(ZEstimatedValue).describe(
    `Without a form only (with one it is ignored with a warning): the estimated deal value. ${moneyAmountDescription("estimatedValue")}`,
  ),
  /** Marketing consent the caller recorded: nurture enrols the lead only with `marketing: true` (absent: the form's ticked consent question decides). */
  consent: optional(z.strictObject({ marketing: z.boolean() })),
  /** When the lead was submitted at its source (a CRM sync, a backfill); default now. */
  submittedAt: optional(ZSubmittedAt).describe(
    "When the lead was submitted at its source (ISO 8601 with an offset; default: now). From 2000-01-01 on, at most 5 minutes ahead of the server's clock. " +
      "Analytics, the lead list and GET /leads count the lead at this time. A lead submitted more than 24 hours ago is stored as history: scored and kept, but not routed " +
      "(no owner, alert, SLA timer or nurture enrolment; a warning at submittedAt says so; give it an owner with POST /leads/{id}/reassign). A more recent one is routed now, like any lead.",
  ),
});
export type TCreateLeadRequest = z.output<typeof ZCreateLeadRequest>;

export const UNSCORED_TIER = "unscored";

/** A person's reason for a reassignment (API, dashboard, review change). */
export const ZReassignReason = z.string().trim().min(1, "Give a reason").max(500, "At most 500 characters");

/** The body of `POST /api/v1/leads/{id}/reassign`. */
export const ZReassignRequest = z.strictObject({
  /** The new owner; absent or null = the next best rep (the current owner excluded). */
  toRepId: z.string().min(1).max(80).nullable().optional(),
  reason: ZReassignReason,
});

// Empty text for an optional property. A CRM sends "" (or spaces) for a field it does not have;
// refusing it lost the lead while null was taken. So, for POST /api/v1/leads (an API key; and the
// sample lead of POST /api/v1/routing/test, read the same way: routing-test-request.ts), an empty
// or blank string for an optional property — every top-level property, every person property, a
// UTM value — is null ("not given") before the schema reads the body, and a warning at its path
// says so: person.email "" with a name is a contact without an email, form "" a lead without a form (its answers stored as given, not checked or scored: the warning says it), source
// "" the default "api". What is not an optional property (an unknown one, consent.marketing) is
// read as sent: still a 422 at its path. The public submissions endpoint has its own body and
// stays strict (its form page always sends proper values).
export const BLANK_MESSAGE = "Empty: taken as not given (as null)";
/** A blank form's warning: the lead is `done` without a form, and what that means. One wording: the intake's ("stored"), routing/test's dry run ("tested"). */
export const blankFormMessage = (done: "stored" | "tested") =>
  `${BLANK_MESSAGE}: the lead is ${done} without a form — its answers as given, not checked or scored (tier "${UNSCORED_TIER}" unless tier is sent)`;
export const BLANK_FORM_MESSAGE = blankFormMessage("stored");

const isBlank = (value: unknown) => typeof value === "string" && value.trim() === "";
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);
/**
 * Which properties of an object are optional (blank = null), which objects inside it are read the
 * same way (person, utm), and the warning of a blank one where it says more (form).
 */
export interface TBlankRule {
  isOptional: (key: string) => boolean;
  nested?: ReadonlyMap<string, TBlankRule>;
  messages?: ReadonlyMap<string, string>;
}
/** The rule of an object schema: its properties that may be left out (read from the schema: a required one stays a 422 when empty). */
export function blankRuleOf(shape: Record<string, z.ZodType>, nested: [string, TBlankRule][] = []): TBlankRule {
  const optionalKeys = new Set(Object.keys(shape).filter((key) => shape[key]!.safeParse(undefined).success));
  return { isOptional: (key) => optionalKeys.has(key), nested: new Map(nested), messages: optionalKeys.has("form") ? new Map([["form", BLANK_FORM_MESSAGE]]) : undefined };
}
/** UTM values: each is optional. */
export const UTM_BLANK_RULE: TBlankRule = { isOptional: () => true };
const CREATE_LEAD_BLANK_RULE = blankRuleOf(ZCreateLeadRequest.shape, [
  ["person", blankRuleOf(ZLeadPerson.shape)],
  ["utm", UTM_BLANK_RULE],
]);

/**
 * The object with each blank value at an optional key as null, a warning at `prefix` + key each,
 * and each object under a nested rule read the same way, optional or not (routing/test's required
 * `lead`). fromEntries: a "__proto__" key stays a key.
 */
export function blanksAsNull(object: Record<string, unknown>, rule: TBlankRule, prefix: string, warnings: TRequestIssue[]): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(object).map(([key, value]) => {
      const inner = rule.nested?.get(key);
      if (inner && isObject(value)) return [key, blanksAsNull(value, inner, `${prefix}${key}.`, warnings)];
      if (!rule.isOptional(key) || !isBlank(value)) return [key, value];
      warnings.push({ path: `${prefix}${key}`, message: rule.messages?.get(key) ?? BLANK_MESSAGE });
      return [key, null];
    }),
  );
}

/**
 * A body as an endpoint reads it: its blank values under `rule` taken as null (a warning each, in
 * the body's order), then `schema`. `body` is what the schema read (the sent value when nothing
 * was blank). Shared by POST /api/v1/leads and POST /api/v1/routing/test.
 */
export function readWithBlanks<TSchema extends z.ZodType>(sent: unknown, rule: TBlankRule, schema: TSchema): { body: unknown; warnings: TRequestIssue[]; parsed: ReturnType<TSchema["safeParse"]> } {
  const warnings: TRequestIssue[] = [];
  const read = isObject(sent) ? blanksAsNull(sent, rule, "", warnings) : sent;
  const body = warnings.length > 0 ? read : sent;
  return { body, warnings, parsed: schema.safeParse(body) as ReturnType<TSchema["safeParse"]> };
}

/**
 * A POST /api/v1/leads body as the intake reads it: empty text for an optional property taken as
 * null (a warning each, in the body's order), then the schema. `body` is what the schema read.
 */
export function readCreateLeadRequest(sent: unknown) {
  return readWithBlanks(sent, CREATE_LEAD_BLANK_RULE, ZCreateLeadRequest);
}
