// OpenAPI parts of the booking API (/bookings/slots, /bookings, /bookings/{id}). The slots and
// booking endpoints take either the prospect's booking token (no API key: `security` lists `{}`)
// or an API key with bookings:write and a leadId.
import type { z } from "zod";
import { API_ROUTE_SCOPES } from "../../domain/api-keys/scopes";
import { ZCreateBookingRequest, ZSlotsQuery } from "../../domain/booking/booking-request";
import { unknownQueryParameterMessage } from "../../domain/validation/query-parameters";

type TJsonSchema = Record<string, unknown>;

const str = { type: "string" };
const dateTime = { type: "string", format: "date-time" };
const nullable = (schema: TJsonSchema) => ({ oneOf: [schema, { type: "null" }] });
const object = (properties: Record<string, unknown>, required = Object.keys(properties)) => ({ type: "object", required, properties });

export function bookingApiParts({ fromZod, ref, common }: { fromZod: (schema: z.ZodType, io: "input" | "output") => TJsonSchema; ref: (name: string) => { $ref: string }; common: Record<string, unknown> }) {
  const json = (schema: unknown) => ({ "application/json": { schema } });
  const error = (description: string, codes: string[]) => ({ description, content: json(ref("Error")), "x-error-codes": codes });
  /** What reading a JSON body answers before validation (read-json-body.ts; the handlers read at most 4 KB). */
  const bodyErrors = {
    "400": error('The body is not valid JSON (path "body")', ["MALFORMED_JSON"]),
    "413": error("The body is larger than 4096 bytes", ["PAYLOAD_TOO_LARGE"]),
    "415": error("The body is not application/json, or is in a charset other than UTF-8 (path \"headers.content-type\"; a body valid as UTF-8, such as plain ASCII, is read whatever its label)", ["UNSUPPORTED_MEDIA_TYPE"]),
  };
  const tooMany = (what: string) => ({
    ...error(`Too many ${what} from this address (the token way); with an API key, too many requests with the key (its per-key limit, told by RateLimit-*)`, ["RATE_LIMITED"]),
    headers: { "Retry-After": { description: "Seconds until a new request is accepted", schema: { type: "integer", minimum: 1 } } },
  });
  const rep = object({ id: str, name: str, initials: { ...str, examples: ["SC"] }, title: str, timeZone: str });
  const schemas: Record<string, TJsonSchema> = {
    CreateBookingRequest: fromZod(ZCreateBookingRequest, "input"),
    Slots: object({
      status: { enum: ["ready", "pending", "queued", "unavailable", "booked"], description: "ready: `days` holds the rep's free slots (maybe none); pending: the lead is not routed to a rep yet (ask again shortly); queued: the lead waits in the backup queue for a person to take it (the prospect is emailed a link to book once a rep has it); unavailable: booking is not offered for this lead; booked: the lead has a confirmed booking" },
      leadId: str,
      timeZone: { ...str, description: "The zone of `days[].date` and `slots[].label` (the `tz` asked for)" },
      meetingType: nullable(object({ title: str, durationMinutes: { type: "integer" }, locationKind: { enum: ["VIDEO", "PHONE", "IN_PERSON"] } })),
      rep: nullable(rep),
      days: { type: "array", items: object({ date: { ...str, format: "date" }, slots: { type: "array", items: object({ start: dateTime, end: dateTime, label: { ...str, examples: ["09:30"] } }) } }) },
      booking: nullable(object({ id: str, repId: str, start: dateTime, end: dateTime, manageUrl: { ...str, format: "uri", description: "The prospect's reschedule/cancel page (token requests only)" } }, ["id", "repId", "start", "end"])),
      fallback: nullable({
        ...object({ rep, days: { type: "array", items: object({ date: { ...str, format: "date" }, slots: { type: "array", items: object({ start: dateTime, end: dateTime, label: str }) } }) }, message: { ...str, examples: ["Sarah is fully booked for the next 2 working days — meet Priya, who also covers Enterprise."] } }),
        description: "The owner has no slot within the meeting type's window: the next best rep from the lead's routing (decided again without the owner). POST /bookings with `repId` books with them and moves the lead (reason BOOKING_FALLBACK).",
      }),
      canRequestTime: { type: "boolean", description: "Nobody has time soon: POST /bookings/requests leaves a preferred time and alerts the owner" },
    }),
    Booking: object({
      id: str,
      leadId: str,
      repId: str,
      repName: str,
      status: { enum: ["CONFIRMED", "CANCELLED"] },
      start: dateTime,
      end: dateTime,
      timeZone: { ...str, description: "The prospect's zone" },
      title: str,
      location: str,
      isFallback: { type: "boolean", description: "Booked with the next best rep (the lead moved to them, BOOKING_FALLBACK)" },
    }),
    BookedBooking: {
      allOf: [ref("Booking"), { type: "object", properties: { manageUrl: { ...str, format: "uri", description: "The prospect's reschedule/cancel page, the link their confirmation email carries (token requests only)" } } }],
    },
  };
  const tokenOrKey = (route: keyof typeof API_ROUTE_SCOPES) => [{ ApiKey: [API_ROUTE_SCOPES[route]] }, {}];
  const tokenNote =
    "Either the prospect's booking `token` (from the submission's response; signed, bound to the lead, expiring; no API key) or an API key with bookings:write and a `leadId`. Without a `token` the request is an API key's: the key and its scope are checked first (401, 403 naming the scope), then the query or body.";
  const paths = {
    "/bookings/slots": {
      get: {
        operationId: "listBookingSlots",
        summary: "The free slots of the lead's rep, grouped by day in the prospect's zone",
        description: `${tokenNote} Slots honour the rep's working hours in the rep's zone (across DST changes), time off, calendar busy time, bookings, the meeting type's buffers, minimum notice, horizon, slot step and daily cap.`,
        security: tokenOrKey("GET /api/v1/bookings/slots"),
        parameters: [
          { name: "token", in: "query", required: false, schema: { type: "string", maxLength: 400 } },
          { name: "leadId", in: "query", required: false, schema: { type: "string", maxLength: 100 } },
          { name: "from", in: "query", required: false, description: "Slots from this instant (a date-time with an offset, e.g. 2026-12-08T09:00:00Z) or day (YYYY-MM-DD in `tz`, e.g. 2026-12-08); default now. Anything else is a 422 at from saying the form it takes, or that the day does not exist (2026-02-30)", schema: { type: "string", examples: ["2026-12-08T09:00:00Z", "2026-12-08"] } },
          { name: "tz", in: "query", required: false, description: "IANA zone for days and labels, in any letter case (default the lead's, else UTC)", schema: { type: "string", examples: ["Europe/Paris"] } },
        ],
        responses: {
          "200": { description: "The slots", content: json(ref("Slots")) },
          "404": error("No such lead (in the key's workspace)", ["NOT_FOUND"]),
          "422": error(`Query not valid (tz, from, leadId missing; a parameter it does not take, at its name: "${unknownQueryParameterMessage("x", Object.keys(ZSlotsQuery.shape))}")`, ["VALIDATION"]),
          ...common,
          "429": tooMany("slot requests"),
        },
      },
    },
    "/bookings": {
      post: {
        operationId: "createBooking",
        summary: "Book one of the lead's slots",
        description: `${tokenNote} Race-free: confirmed bookings of one rep never overlap (an exclusion constraint), across any number of processes. The prospect and the rep get an email with the .ics invite. Idempotent: a lead has one confirmed booking at most, and the request that made it, sent again (same lead, same start and meeting type — with the same \`repId\` for a booking with the next best rep), answers 200 with that booking; nothing is saved or sent twice.`,
        security: tokenOrKey("POST /api/v1/bookings"),
        requestBody: { required: true, content: json(ref("CreateBookingRequest")) },
        responses: {
          "201": { description: "Booked", content: json(object({ booking: ref("BookedBooking") })) },
          "200": { description: "This same booking was made by an earlier request (a retry): the lead's booking, as the 201 answered it; nothing saved or sent again", content: json(object({ booking: ref("BookedBooking") })) },
          "409": {
            description: "The slot was taken meanwhile (`start`: \"Taken\"), or `start` was never one of the rep's slots (`start`: \"Not one of the rep's slots\": off the slot grid, outside working hours, inside the notice or past the horizon) — either way the body carries the rep's fresh `slots`; the lead already has a booking at another time (the body carries it as `booking`, and `slots` with status booked: reschedule or cancel it instead); or the lead is not offered booking, or not assigned yet",
            content: json({ allOf: [ref("Error"), { type: "object", properties: { slots: ref("Slots"), booking: ref("BookedBooking") } }] }),
            "x-error-codes": ["CONFLICT"],
          },
          "404": error("No such lead", ["NOT_FOUND"]),
          ...bodyErrors,
          "422": error("Body not valid (start, timeZone, token or leadId)", ["VALIDATION"]),
          ...common,
          "429": tooMany("booking requests"),
        },
      },
    },
    "/bookings/requests": {
      post: {
        operationId: "requestBookingTime",
        summary: "The prospect's preferred time when nobody has a free slot soon (booking token only); the owner is emailed",
        security: [{}],
        requestBody: { required: true, content: json(object({ token: str, note: { ...str, maxLength: 500 } })) },
        responses: {
          "201": { description: "Received; the owner is alerted", content: json(object({ received: { type: "boolean" } })) },
          "200": { description: "Already received for this lead (nothing sent again)", content: json(object({ received: { type: "boolean" } })) },
          "401": error("No booking token in the body (also when the body cannot be read), or one not valid or expired: checked before the rest of the body (details[0].path = token)", ["UNAUTHORIZED"]),
          ...bodyErrors,
          "422": error("Body not valid (note), once the token is valid", ["VALIDATION"]),
          "429": tooMany("booking requests"),
          // Served through withDatabase like every v1 route: a busy database is a 503, a bug a 500 (both were missing here).
          "500": common["500"],
          "503": common["503"],
        },
      },
    },
    "/bookings/{id}": {
      get: {
        operationId: "getBooking",
        summary: "One booking",
        security: [{ ApiKey: [API_ROUTE_SCOPES["GET /api/v1/bookings/{id}"]] }],
        parameters: [{ name: "id", in: "path", required: true, schema: { type: "string", maxLength: 100 } }],
        responses: {
          "200": { description: "The booking", content: json(object({ booking: ref("Booking") })) },
          "404": error("No such booking in the key's workspace", ["NOT_FOUND"]),
          ...common,
        },
      },
    },
  };
  return { schemas, paths };
}
