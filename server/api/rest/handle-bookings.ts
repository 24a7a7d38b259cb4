// The booking API. Two ways in, one service each:
// - the prospect's (public, no CORS needed: the form page is the app's own origin): a signed,
//   lead-bound, expiring booking token from the submission's response, in `token`;
// - an integrator's: a workspace API key with bookings:write, naming `leadId`.
// GET /api/v1/bookings/slots, POST /api/v1/bookings, GET /api/v1/bookings/{id} (leads:read).
// A taken slot is a 409 whose body also carries the rep's fresh `slots`. The same booking request
// again answers the lead's booking (200, nothing sent twice); another time for a lead already
// booked is a 409 naming its `booking`. The prospect's answers carry the booking's manage link.
// The writes take no query parameter: a 422 at query.<name> once the caller is known, before
// anything is written (no-query-parameters.ts).
import type { Db } from "../../db/client";
import type { TApiRoute } from "../../domain/api-keys/scopes";
import { ZCreateBookingRequest, ZSlotsQuery, ZTimeRequest } from "../../domain/booking/booking-request";
import { instantOfFrom } from "../../domain/booking/slot-days";
import { requestIssues } from "../../domain/validation/request-issues";
import { AppError, validationError } from "../../errors";
import type { TLoadBusy } from "../../services/bookings/booking-context";
import { bookSlot, type TBookingView } from "../../services/bookings/book-slot";
import { getBooking } from "../../services/bookings/get-booking";
import { listSlots } from "../../services/bookings/list-slots";
import { manageUrl } from "../../services/bookings/notify-booking";
import { requestPreferredTime } from "../../services/bookings/request-time";
import { resolveBookingToken } from "../../services/bookings/resolve-token";
import type { TFollowUpDeps } from "../../services/routing/follow-up-jobs";
import { privateJson, withApiKey } from "./authenticate";
import { jsonResponse } from "./cors";
import { errorBody, errorResponse, jsonError } from "./json-error";
import { refuseQueryParameters } from "./no-query-parameters";
import { readJsonBody } from "./read-json-body";
import { clientIp } from "./client-ip";
import { appRateLimits, type TRateLimits } from "../../services/rate-limit/rate-limits";

export interface TBookingApiDeps {
  /** The app's follow-up deps (queue for job rows, app URL, signing secret), obtained lazily. */
  deps: () => Promise<TFollowUpDeps>;
  loadBusy?: TLoadBusy;
  /** The public (token) way's limits per address; the app's when omitted. API keys have their own. */
  limits?: Pick<TRateLimits, "bookingRead" | "bookingWrite">;
}

/** The token way is public: every request counts against its address (a forged token too), 429 with Retry-After over the limit. */
function limitToken(request: Request, api: TBookingApiDeps, kind: "read" | "write"): Promise<void> {
  const limits = api.limits ?? appRateLimits();
  return (kind === "read" ? limits.bookingRead : limits.bookingWrite).consume(clientIp(request.headers));
}

const MAX_BOOKING_BYTES = 4 * 1024;

/** The prospect's (token) answers name their booking's reschedule/cancel page, the link their confirmation email carries. */
function forProspect<T extends { id: string; end: string }>(booking: T, bookedBy: string, deps: TFollowUpDeps): T & { manageUrl?: string } {
  return bookedBy === "prospect" ? { ...booking, manageUrl: manageUrl(deps, booking.id, new Date(booking.end)) } : booking;
}

/** Runs `handle` for the lead a token names (public way) or for an API key's workspace. */
async function asCaller(db: Db, request: Request, now: Date, token: string | undefined, route: TApiRoute, authSecret: () => Promise<string>, handle: (workspaceId: string, leadId: string | null, bookedBy: string) => Promise<Response>, limit: () => Promise<void>): Promise<Response> {
  if (token !== undefined) {
    try {
      await limit();
      const lead = await resolveBookingToken(db, token, await authSecret(), now);
      // As the key's way (withApiKey): a write that takes no query parameter refuses one once the caller is known.
      refuseQueryParameters(route, request.url);
      return await handle(lead.workspaceId, lead.leadId, "prospect");
    } catch (error) {
      return errorResponse(error, route);
    }
  }
  return withApiKey(db, request, now, route, async ({ workspaceId }) => handle(workspaceId, null, "api"));
}

export async function handleListSlots(db: Db, request: Request, now: Date, api: TBookingApiDeps): Promise<Response> {
  const url = new URL(request.url);
  const parsed = ZSlotsQuery.safeParse(Object.fromEntries(url.searchParams));
  if (!parsed.success) return privateJson(422, errorBody("VALIDATION", "The query is not valid", requestIssues(parsed.error.issues)));
  const query = parsed.data;
  return asCaller(db, request, now, query.token, "GET /api/v1/bookings/slots", async () => (await api.deps()).authSecret, async (workspaceId, tokenLeadId, asWho) => {
    const leadId = tokenLeadId ?? query.leadId;
    if (!leadId) throw validationError([{ path: "leadId", message: "Give the lead's id (or a booking token)" }]);
    const lead = await db.lead.findFirst({ where: { id: leadId, workspaceId }, select: { timeZone: true } });
    if (!lead) throw new AppError("NOT_FOUND", "Lead not found");
    const timeZone = query.tz ?? lead.timeZone ?? "UTC";
    const from = query.from ? instantOfFrom(query.from, timeZone) : undefined;
    const slots = await listSlots(db, { workspaceId, leadId, timeZone, from, now, loadBusy: api.loadBusy });
    return jsonResponse(200, slots.booking ? { ...slots, booking: forProspect(slots.booking, asWho, await api.deps()) } : slots);
  }, () => limitToken(request, api, "read"));
}

export async function handleCreateBooking(db: Db, request: Request, now: Date, api: TBookingApiDeps): Promise<Response> {
  const body = await readJsonBody(request, MAX_BOOKING_BYTES);
  if (!body.ok) return jsonError(body.status, body.code, body.message, [{ path: body.path, message: body.message }]);
  const parsed = ZCreateBookingRequest.safeParse(body.value);
  if (!parsed.success) return jsonError(422, "VALIDATION", "The request body is not valid", requestIssues(parsed.error.issues));
  const input = parsed.data;
  return asCaller(db, request, now, input.token, "POST /api/v1/bookings", async () => (await api.deps()).authSecret, async (workspaceId, tokenLeadId, bookedBy) => {
    const leadId = tokenLeadId ?? input.leadId;
    if (!leadId) throw validationError([{ path: "leadId", message: "Give the lead's id (or a booking token)" }]);
    const deps = await api.deps();
    const result = await bookSlot(db, deps, { workspaceId, leadId, start: new Date(input.start), timeZone: input.timeZone, bookedBy, now, loadBusy: api.loadBusy, repId: input.repId });
    const booking = (b: TBookingView) => forProspect(b, bookedBy, deps);
    if (result.ok) return jsonResponse(result.isReplay ? 200 : 201, { booking: booking(result.booking) });
    if (result.alreadyBooked) {
      const message = "This lead already has a meeting booked: reschedule or cancel it instead";
      return jsonResponse(409, { ...errorBody("CONFLICT", message, [{ path: "leadId", message: "Already booked" }]), booking: booking(result.alreadyBooked), slots: result.slots });
    }
    return jsonResponse(409, { ...errorBody("CONFLICT", "That time is no longer free: pick another", [{ path: "start", message: "Taken" }]), slots: result.slots });
  }, () => limitToken(request, api, "write"));
}

export async function handleGetBooking(db: Db, request: Request, id: string, now: Date): Promise<Response> {
  return withApiKey(db, request, now, "GET /api/v1/bookings/{id}", async ({ workspaceId }) => privateJson(200, { booking: await getBooking(db, workspaceId, id) }));
}

/** POST /api/v1/bookings/requests { token, note }: the prospect's preferred time when nobody has a slot soon (token only). */
export async function handleRequestTime(db: Db, request: Request, now: Date, api: TBookingApiDeps): Promise<Response> {
  const body = await readJsonBody(request, MAX_BOOKING_BYTES);
  if (!body.ok) return jsonError(body.status, body.code, body.message, [{ path: body.path, message: body.message }]);
  const parsed = ZTimeRequest.safeParse(body.value);
  if (!parsed.success) return jsonError(422, "VALIDATION", "The request body is not valid", requestIssues(parsed.error.issues));
  try {
    await limitToken(request, api, "write");
    const deps = await api.deps();
    const lead = await resolveBookingToken(db, parsed.data.token, deps.authSecret, now);
    refuseQueryParameters("POST /api/v1/bookings/requests", request.url);
    const result = await requestPreferredTime(db, deps, { ...lead, note: parsed.data.note, now });
    return jsonResponse(result.isNew ? 201 : 200, { received: true });
  } catch (error) {
    return errorResponse(error, "POST /api/v1/bookings/requests");
  }
}
