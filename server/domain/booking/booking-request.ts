// The booking API's request bodies and query (POST /api/v1/bookings, GET /api/v1/bookings/slots):
// the prospect's way names a signed booking token, an integrator's way (API key) a lead id.
import { z } from "zod";
import { isValidTimeZone } from "../reps/time-zone";
import { queryParameters } from "../validation/query-parameters";

const ZTimeZone = z.string().min(1).max(64).refine(isValidTimeZone, "Unknown time zone: use an IANA name such as America/New_York");
const ZInstant = z.iso.datetime({ offset: true, error: "Use an ISO 8601 instant such as 2026-03-09T14:00:00Z" });

export const ZCreateBookingRequest = z
  .object({
    /** The booking token of the submission's response (the prospect's way)… */
    token: z.string().min(1).max(400).optional(),
    /** …or the lead's id (with an API key holding bookings:write). */
    leadId: z.string().min(1).max(100).optional(),
    /** The slot's start, one of GET /api/v1/bookings/slots's. */
    start: ZInstant,
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
  from: z.union([ZInstant, z.iso.date()]).optional(),
  /** The zone days and labels are given in (default: the lead's, else UTC). */
  tz: ZTimeZone.optional(),
});
export type TSlotsQuery = z.infer<typeof ZSlotsQuery>;

/** POST /api/v1/bookings/requests: the prospect's preferred time (their words) when no slot is free soon. */
export const ZTimeRequest = z.object({ token: z.string().min(1).max(400), note: z.string().trim().min(1, "Write when would suit you").max(500) }).strict();
