// The booking API's request bodies and query (POST /api/v1/bookings, GET /api/v1/bookings/slots):
// the prospect's way names a signed booking token, an integrator's way (API key) a lead id.
import { z } from "zod";
import { resolveLeadTimeZone } from "../leads/lead-time-zone";
import { isValidTimeZone } from "../reps/time-zone";
import { queryParameters } from "../validation/query-parameters";

/** An IANA zone in any letter case, read as its canonical name ("europe/berlin" → "Europe/Berlin"). */
const ZTimeZone = z
  .string()
  .min(1)
  .max(64)
  .transform((text) => resolveLeadTimeZone(text) ?? text)
  .refine(isValidTimeZone, "Unknown time zone: use an IANA name such as America/New_York");

const ISO_DATE = z.iso.date();
const ISO_INSTANT = z.iso.datetime({ offset: true });
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** "2026-02-30 does not exist (February 2026 has 28 days)" for a well-formed day that is not in the calendar; null for any other text. */
export function missingDayMessage(text: string): string | null {
  const day = /^(\d{4})-(\d{2})-(\d{2})(?:$|T)/.exec(text);
  if (!day) return null;
  const [year, month, date] = [Number(day[1]), Number(day[2]), Number(day[3])];
  if (month < 1 || month > 12) return `${day[1]}-${day[2]}-${day[3]} does not exist (a month is 01 to 12)`;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return date < 1 || date > days ? `${day[1]}-${day[2]}-${day[3]} does not exist (${MONTHS[month - 1]} ${year} has ${days} days)` : null;
}

/**
 * One instant (with an offset) — or, when `isDayTaken`, a day too — as text, with our own words:
 * what `name` must be and an example (zod's union said "Invalid input"), or that the day does not exist.
 */
function instantText(name: string, isDayTaken: boolean) {
  const form = isDayTaken ? "a date-time with an offset (e.g. 2026-12-08T09:00:00Z) or a day (e.g. 2026-12-08)" : "a date-time with an offset, e.g. 2026-12-08T09:00:00Z";
  return z.string({ error: `${name} must be ${form}` }).superRefine((text, ctx) => {
    if (ISO_INSTANT.safeParse(text).success || (isDayTaken && ISO_DATE.safeParse(text).success)) return;
    const missing = missingDayMessage(text);
    ctx.addIssue({ code: "custom", input: text, message: missing ? `${name}: ${missing}` : `${name} must be ${form}` });
  });
}

export const ZCreateBookingRequest = z
  .object({
    /** The booking token of the submission's response (the prospect's way)… */
    token: z.string().min(1).max(400).optional(),
    /** …or the lead's id (with an API key holding bookings:write). */
    leadId: z.string().min(1).max(100).optional(),
    /** The slot's start, one of GET /api/v1/bookings/slots's. */
    start: instantText("start", false),
    /** The prospect's IANA zone (their emails show times in it). */
    timeZone: ZTimeZone,
    /** Book with the next best rep the slots offered (`fallback.rep.id`); the lead then moves to them. */
    repId: z.string().min(1).max(100).optional(),
  })
  .strict();
export type TCreateBookingRequest = z.infer<typeof ZCreateBookingRequest>;

/** A parameter it does not take is a 422 at its name in the GET routes' words (query-parameters.ts), not zod's unknown property. */
export const ZSlotsQuery = queryParameters({
  token: z.string().min(1).max(400).optional(),
  leadId: z.string().min(1).max(100).optional(),
  /** Slots from this instant or day (default now). */
  from: instantText("from", true).optional(),
  /** The zone days and labels are given in (default: the lead's, else UTC). */
  tz: ZTimeZone.optional(),
});
export type TSlotsQuery = z.infer<typeof ZSlotsQuery>;

/** POST /api/v1/bookings/requests: the prospect's preferred time (their words) when no slot is free soon. */
export const ZTimeRequest = z.object({ token: z.string().min(1).max(400), note: z.string().trim().min(1, "Write when would suit you").max(500) }).strict();
