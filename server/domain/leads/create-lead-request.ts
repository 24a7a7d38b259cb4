// The bodies of the leads API. `POST /api/v1/leads`: a lead from any source. With `form`, the answers are checked
// against that form's published version and scored like a submission; without, they are stored
// as given (flat values) and `tier` / `estimatedValue` may be set directly.
//
// Lenient where a lead would otherwise be lost to strictness (the API's promise):
// - null is "not given" for every optional property (GET /api/v1/leads/{id} answers null for what
//   a lead lacks, so echoing it back is fine), as it already is for answers;
// - free text (person.name/company/phone, source, utm values) takes a finite number as its text
//   ("phone": 12345 → "12345"); identifiers (person.email, form, timeZone, tier) are not coerced
//   and stay a 422 at their path when malformed.
import { z } from "zod";
import { isValidTimeZone } from "../reps/time-zone";

export const MAX_LEAD_BYTES = 64 * 1024;
/** Answers kept on a lead without a form; the rest are left out with a warning each. */
export const MAX_FREE_ANSWERS = 100;

const ZFreeAnswerValue = z.union([z.string().max(10_000), z.number().finite(), z.boolean(), z.array(z.string().max(1_000)).max(100)], {
  error: "Use a string, a number, a boolean or a list of strings",
});

/** Answers of a lead without a form: flat values, keys like field keys (the count is capped by buildLead, with warnings). */
export const ZFreeAnswers = z.record(z.string().regex(/^[A-Za-z0-9_.-]{1,64}$/, "Use 1–64 characters: letters, digits, _ . -"), ZFreeAnswerValue);

/** An optional property: null (or absent) is "not given". */
function optional<T extends z.ZodType>(schema: T) {
  return schema.nullish().transform((value): z.output<T> | undefined => value ?? undefined);
}

/** Free text of at most `max` characters (trimmed); a finite number is taken as its text (at most 24 characters). */
function freeText(max: number) {
  return z.union([z.string().trim().max(max, `At most ${max} characters`), z.number().finite().transform(String)], { error: "Use text (a number is taken as its text)" });
}

export const ZLeadPerson = z.strictObject({
  email: z.email("Enter a valid email address").max(254),
  name: optional(freeText(200)),
  company: optional(freeText(200)),
  phone: optional(freeText(50)),
});

/** UTM values by name; a null value is left out. */
const ZLeadUtm = z
  .record(z.string().max(60), optional(freeText(500)))
  .refine((u) => Object.keys(u).length <= 20, "At most 20 UTM values")
  .transform((u) => Object.fromEntries(Object.entries(u).filter((entry): entry is [string, string] => entry[1] !== undefined)));

export const ZCreateLeadRequest = z.strictObject({
  /** Slug of a published form of the workspace: validate and score the answers with it. */
  form: optional(z.string().min(1).max(80)),
  answers: z.record(z.string(), z.unknown()),
  person: optional(ZLeadPerson),
  /** Where the lead came from ("api", "import", "webinar" …); default "api". */
  source: optional(freeText(50).pipe(z.string().min(1, "Give a source or leave it out"))),
  utm: optional(ZLeadUtm),
  /** The prospect's IANA time zone, for routing on the lead's local time. */
  timeZone: optional(z.string().min(1).max(64).refine(isValidTimeZone, "Unknown time zone (use an IANA name such as Europe/Berlin)")),
  /** Without a form only (with one it is ignored with a warning: the form's scoring sets it): the tier key (default "unscored"). */
  tier: optional(z.string().trim().regex(/^[a-z0-9_-]{1,40}$/, "Use 1–40 characters: a-z, 0-9, _ -")),
  /** Without a form only (with one it is ignored with a warning): the estimated deal value (for value-based routing). */
  estimatedValue: optional(z.number().finite().min(0).max(1e12)),
  /** Marketing consent the caller recorded: nurture enrols the lead only with `marketing: true` (absent: the form's ticked consent question decides). */
  consent: optional(z.strictObject({ marketing: z.boolean() })),
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
