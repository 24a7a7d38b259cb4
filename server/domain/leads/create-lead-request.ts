// The bodies of the leads API. `POST /api/v1/leads`: a lead from any source. With `form`, the answers are checked
// against that form's published version and scored like a submission; without, they are stored
// as given (flat values) and `tier` / `estimatedValue` may be set directly.
import { z } from "zod";
import { isValidTimeZone } from "../reps/time-zone";

export const MAX_LEAD_BYTES = 64 * 1024;
export const MAX_FREE_ANSWERS = 100;

const ZFreeAnswerValue = z.union([z.string().max(10_000), z.number().finite(), z.boolean(), z.array(z.string().max(1_000)).max(100)], {
  error: "Use a string, a number, a boolean or a list of strings",
});

/** Answers of a lead without a form: flat values, keys like field keys. */
export const ZFreeAnswers = z
  .record(z.string().regex(/^[A-Za-z0-9_.-]{1,64}$/, "Use 1–64 characters: letters, digits, _ . -"), ZFreeAnswerValue)
  .refine((answers) => Object.keys(answers).length <= MAX_FREE_ANSWERS, `At most ${MAX_FREE_ANSWERS} answers`);

export const ZLeadPerson = z.strictObject({
  email: z.email("Enter a valid email address").max(254),
  name: z.string().trim().max(200).optional(),
  company: z.string().trim().max(200).optional(),
  phone: z.string().trim().max(50).optional(),
});

export const ZCreateLeadRequest = z.strictObject({
  /** Slug of a published form of the workspace: validate and score the answers with it. */
  form: z.string().min(1).max(80).optional(),
  answers: z.record(z.string(), z.unknown()),
  person: ZLeadPerson.optional(),
  /** Where the lead came from ("api", "import", "webinar" …); default "api". */
  source: z.string().trim().min(1).max(50).optional(),
  utm: z.record(z.string().max(60), z.string().max(500)).refine((u) => Object.keys(u).length <= 20, "At most 20 UTM values").optional(),
  /** The prospect's IANA time zone, for routing on the lead's local time. */
  timeZone: z.string().min(1).max(64).refine(isValidTimeZone, "Unknown time zone (use an IANA name such as Europe/Berlin)").optional(),
  /** Without a form only: the tier key (default "unscored"). */
  tier: z.string().trim().regex(/^[a-z0-9_-]{1,40}$/, "Use 1–40 characters: a-z, 0-9, _ -").optional(),
  /** Without a form only: the estimated deal value (for value-based routing). */
  estimatedValue: z.number().finite().min(0).max(1e12).optional(),
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
