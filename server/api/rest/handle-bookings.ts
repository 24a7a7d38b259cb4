// The booking API. Two ways in, one service each:
// - the prospect's (public, no CORS needed: the form page is the app's own origin): a signed,
//   lead-bound, expiring booking token from the submission's response, in `token`;
// - an integrator's: a workspace API key with bookings:write, naming `leadId`.
// GET /api/v1/bookings/slots, POST /api/v1/bookings, GET /api/v1/bookings/{id} (leads:read).
// A taken slot is a 409 whose body also carries the rep's fresh `slots`; so is a start that was
// never one of the rep's slots (17:31), in words that tell the two apart (slot-refusal.ts). The
// same booking request again answers the lead's booking (200, nothing sent twice); another time
// for a lead already booked is a 409 naming its `booking`. The prospect's answers carry the
// booking's manage link. An API key's way checks the key and its scope (401, 429, 403) before it
// reads the query or body (400, 413, 422); the token's way reads the token with them.
// The writes take no query parameter: a 422 at query.<name> once the caller is known, before
// anything is written (no-query-parameters.ts).
import type { Db } from "../../db/client";
import type { TApiRoute } from "../../domain/api-keys/scopes";
import { ZCreateBookingRequest, ZSlotsQuery, ZTimeRequest, type TCreateBookingRequest, type TSlotsQuery } from "../../domain/booking/booking-request";
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
import { slotRefusal } from "../../services/bookings/slot-refusal";
import type { TFollowUpDeps } from "../../services/routing/follow-up-jobs";
import { privateJson, withApiKey } from "./authenticate";
import { jsonResponse } from "./cors";
import { errorBody, errorResponse } from "./json-error";
import { refuseQueryParameters } from "./no-query-parameters";
import { readJsonBody } from "./read-json-body";
import { parseReadBody } from "./read-parsed-body";
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
async function limitToken(request: Request, api: TBookingApiDeps, kind: "read" | "write"): Promise<void> {
  const limits = api.limits ?? appRateLimits();
  await (kind === "read" ? limits.bookingRead : limits.bookingWrite).consume(clientIp(request.headers));
}

const MAX_BOOKING_BYTES = 4 * 1024;
const SLOTS_ROUTE = "GET /api/v1/bookings/slots";
const BOOK_ROUTE = "POST /api/v1/bookings";

/** A slot of the rep's that a booking (or the rep's calendar) holds now. */
export const TAKEN_MESSAGE = "That time is no longer free: pick another";
/** A start that was never one of the rep's slots (off the slot grid, outside working hours, inside the notice, past the horizon). */
export const NOT_A_SLOT_MESSAGE = "That time is not one of the rep's slots: pick one of `slots` (GET /api/v1/bookings/slots)";
export const NOT_A_SLOT_DETAIL = "Not one of the rep's slots";

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
  const list = async (query: TSlotsQuery, workspaceId: string, tokenLeadId: string | null, asWho: string) => {
    const leadId = tokenLeadId ?? query.leadId;
    if (!leadId) throw validationError([{ path: "leadId", message: "Give the lead's id (or a booking token)" }]);
    const lead = await db.lead.findFirst({ where: { id: leadId, workspaceId }, select: { timeZone: true } });
    if (!lead) throw new AppError("NOT_FOUND", "Lead not found");
    const timeZone = query.tz ?? lead.timeZone ?? "UTC";
    const from = query.from ? instantOfFrom(query.from, timeZone) : undefined;
    const slots = await listSlots(db, { workspaceId, leadId, timeZone, from, now, loadBusy: api.loadBusy });
    return jsonResponse(200, slots.booking ? { ...slots, booking: forProspect(slots.booking, asWho, await api.deps()) } : slots);
  };
  const parse = () => ZSlotsQuery.safeParse(Object.fromEntries(url.searchParams));
  // An API key's way (no token): the key and its scope first (401, 429, 403), then the query (a 422 naming each parameter).
  if (!url.searchParams.has("token")) {
    return withApiKey(db, request, now, SLOTS_ROUTE, async ({ workspaceId }) => {
      const parsed = parse();
      if (!parsed.success) throw validationError(requestIssues(parsed.error.issues), "The query is not valid");
      return list(parsed.data, workspaceId, null, "api");
    });
  }
  const parsed = parse();
  if (!parsed.success) return privateJson(422, errorBody("VALIDATION", "The query is not valid", requestIssues(parsed.error.issues)));
  const query = parsed.data;
  return asCaller(db, request, now, query.token, SLOTS_ROUTE, async () => (await api.deps()).authSecret, (workspaceId, tokenLeadId, asWho) => list(query, workspaceId, tokenLeadId, asWho), () => limitToken(request, api, "read"));
}

export async function handleCreateBooking(db: Db, request: Request, now: Date, api: TBookingApiDeps): Promise<Response> {
  const body = await readJsonBody(request, MAX_BOOKING_BYTES);
  // An API key's way (no token in the body): the key and its scope first (401, 429, 403), then the body (400, 413, 422).
  if (!(body.ok && typeof body.value === "object" && body.value !== null && Object.hasOwn(body.value, "token"))) {
    return withApiKey(db, request, now, BOOK_ROUTE, async ({ workspaceId }) => {
      const parsed = parseReadBody(body, ZCreateBookingRequest);
      if (!parsed.ok) return parsed.response;
      return book(db, now, api, parsed.value, workspaceId, null, "api");
    });
  }
  // The prospect's way: the token is in the body, read with it.
  const parsed = parseReadBody(body, ZCreateBookingRequest);
  if (!parsed.ok) return parsed.response;
  const input = parsed.value;
  return asCaller(db, request, now, input.token, BOOK_ROUTE, async () => (await api.deps()).authSecret, (workspaceId, tokenLeadId, bookedBy) => book(db, now, api, input, workspaceId, tokenLeadId, bookedBy), () => limitToken(request, api, "write"));
}

/** The booking, for the lead the token names or the body's leadId (in the key's workspace). */
async function book(db: Db, now: Date, api: TBookingApiDeps, input: TCreateBookingRequest, workspaceId: string, tokenLeadId: string | null, bookedBy: string): Promise<Response> {
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
  // Taken (a slot of the rep's, held now) or never a slot (17:31, outside hours): the 409 says which; both carry the fresh slots.
  const isTaken = (await slotRefusal(db, { workspaceId, leadId, start: new Date(input.start), now, repId: input.repId })) === "taken";
  const [message, detail] = isTaken ? [TAKEN_MESSAGE, "Taken"] : [NOT_A_SLOT_MESSAGE, NOT_A_SLOT_DETAIL];
  return jsonResponse(409, { ...errorBody("CONFLICT", message, [{ path: "start", message: detail }]), slots: result.slots });
}

export async function handleGetBooking(db: Db, request: Request, id: string, now: Date): Promise<Response> {
  return withApiKey(db, request, now, "GET /api/v1/bookings/{id}", async ({ workspaceId }) => privateJson(200, { booking: await getBooking(db, workspaceId, id) }));
}

/** The 401 of a time request that carries no booking token (none in the body, or a body that cannot be read). */
export const NO_TOKEN_MESSAGE = "A booking token is required: send `token` (from the submission's answer or the /book link) in the JSON body";

/**
 * POST /api/v1/bookings/requests { token, note }: the prospect's preferred time when nobody has a slot soon (token only).
 * Credentials first, as on the other booking routes: the address's rate limit (429), then the token
 * (401 without one — also when the body cannot be read — or with a bad one, 404 for a lead gone),
 * then the query (422) and only then the rest of the body (400/413/415, 422 naming `note`).
 */
export async function handleRequestTime(db: Db, request: Request, now: Date, api: TBookingApiDeps): Promise<Response> {
  const route = "POST /api/v1/bookings/requests";
  const body = await readJsonBody(request, MAX_BOOKING_BYTES);
  const sent = body.ok && typeof body.value === "object" && body.value !== null ? (body.value as Record<string, unknown>).token : undefined;
  try {
    await limitToken(request, api, "write");
    if (typeof sent !== "string" || sent === "") throw new AppError("UNAUTHORIZED", NO_TOKEN_MESSAGE, [{ path: "token", message: NO_TOKEN_MESSAGE }]);
    const deps = await api.deps();
    const lead = await resolveBookingToken(db, sent, deps.authSecret, now);
    refuseQueryParameters(route, request.url);
    const parsed = parseReadBody(body, ZTimeRequest);
    if (!parsed.ok) return parsed.response;
    const result = await requestPreferredTime(db, deps, { ...lead, note: parsed.value.note, now });
    return jsonResponse(result.isNew ? 201 : 200, { received: true });
  } catch (error) {
    return errorResponse(error, route);
  }
}
