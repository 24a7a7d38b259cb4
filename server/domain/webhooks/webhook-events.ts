// The webhook event catalogue: every event type a workspace can subscribe to, what it means and
// the shape of its payload's `data` (payload version 1). It is the one list: REST and Settings
// validate subscriptions against it, the Settings page shows its checkboxes, `emitWebhookEvent`
// types each event's data by it, and the OpenAPI `webhooks` section documents each entry.
//
// A summary is read by people on the Settings page (and in the API docs): plain words about what
// happened, no reason codes, statuses or transactions (the payload's own fields document those).
// Adding an event is one line in WEBHOOK_EVENTS: `"area.thing": event("What happened", ZData)`,
// then emit it with `emitWebhookEvent(tx, queue, { type: "area.thing", … })` in the change's
// transaction. An event about a lead has `lead: { id, …, ...LEAD_ROUTING_VALUE }` and `contact:
// ZWebhookLeadContact` in its schema; the emitter leaves `contact` and the lead's routing value out
// (the fan-out adds them). Version 1 only gains fields: never remove or retype one.
import { z } from "zod";

const iso = z.string().describe("ISO 8601 date-time");

/**
 * The lead's value as routing counted it, on every event about a lead (`data.lead.routingValue` and
 * `data.lead.routingCurrency`), exactly as GET /api/v1/leads/{id} answers them: the emitter leaves
 * them out (TWebhookEventData); the fan-out adds them, once, with the contact, from the stored lead
 * (services/leads/lead-routing-value.ts), so every delivery, retry and replay carries the same.
 */
export const LEAD_ROUTING_VALUE = {
  routingValue: z
    .number()
    .nullable()
    .describe(
      "The lead's estimated value converted into the workspace's routing currency (routingCurrency) with the exchange rate an admin set in Settings → Currencies: what routing compares with value thresholds, pipeline caps and the review's minimum value. " +
        "Null when the lead has no value, or no rate exists for its currency (routed as a lead without value). As GET /api/v1/leads/{id} answered it when the event was sent out",
    ),
  routingCurrency: z.string().describe("The workspace's routing currency (ISO 4217), routingValue's currency"),
};
/** The keys of `data.lead` the fan-out adds (the emitter leaves them out). */
export const FAN_OUT_LEAD_KEYS = ["routingValue", "routingCurrency"] as const satisfies readonly (keyof typeof LEAD_ROUTING_VALUE)[];

const ZLeadRef = z.object({ id: z.string(), ...LEAD_ROUTING_VALUE });

/**
 * Who the lead is, on every event about a lead (`data.contact`, next to `data.lead`): the event's
 * emitter leaves it out (TWebhookEventData); the fan-out adds it, once, from the stored lead and
 * person with leadContactView — the function GET /api/v1/leads/{id} answers `contact` with
 * (services/webhooks/lead-event-contact.ts) — so every delivery, retry and replay carries the same.
 */
export const ZWebhookLeadContact = z
  .object({
    name: z.string().nullable().describe("The name given with this lead, else its person's"),
    email: z.string().nullable().describe("Its person's email; null for a lead with no email (no person)"),
    company: z.string().nullable().describe("The company given with this lead, else its person's"),
    phone: z
      .string()
      .nullable()
      .describe("Its person's phone as stored (the latest an API key or a rep gave), or, for a contact sent without an email (no person), the phone sent with the lead; a phone question's answer stays in answers"),
  })
  .describe(
    "Who the lead is, exactly as `contact` on GET /api/v1/leads/{id} answered it when the event was sent out (read once, right after the change; retries and replays carry the same): " +
      "also for a contact sent without an email, which has no person; all null for spam",
  );

const ZLeadCreated = z.object({
  lead: z.object({
    id: z.string(),
    formId: z.string().nullable(),
    tier: z.string(),
    scoreTotal: z.number(),
    source: z.string(),
    isSpam: z.boolean(),
    answers: z.record(z.string(), z.unknown()),
    notApplicableAnswers: z
      .record(z.string(), z.unknown())
      .describe("Answers kept on the lead that its form did not ask for (a key the form does not have, a question its logic hid or skipped): never scored or routed; {} when none"),
    ...LEAD_ROUTING_VALUE,
  }),
  person: z.object({ email: z.string(), name: z.string().nullable(), company: z.string().nullable() }).nullable().describe("The person given with this lead (people are matched by email): null for a lead with no email, and for spam"),
  contact: ZWebhookLeadContact,
});

const ZLeadAssigned = z.object({
  lead: ZLeadRef,
  contact: ZWebhookLeadContact,
  assignment: z.object({ id: z.string(), kind: z.string(), repId: z.string().nullable(), isProvisional: z.boolean(), assignedAt: iso, configVersion: z.number().nullable() }),
});

/** Why a lead.reassigned happened: the kind of reassignment (its own text is `reason.text`). */
export const REASSIGN_CAUSES = ["manual", "next_best", "sla", "returned", "booking_next_best", "owner_removed", "owner_role_changed"] as const;
export type TReassignCause = (typeof REASSIGN_CAUSES)[number];

const ZLeadReassigned = ZLeadAssigned.extend({
  previous: z
    .object({ assignmentId: z.string().nullable().describe("The assignment that ended (null: the lead had none)"), repId: z.string().nullable().describe("The owner it was taken from (null: it had none)") })
    .describe("Where the lead came from; assignment.repId is where it went (the fallback owner when assignment.kind is FALLBACK)"),
  reason: z.object({
    code: z
      .enum(REASSIGN_CAUSES)
      .describe(
        "manual: a manager (dashboard or POST /api/v1/leads/{id}/reassign with toRepId) chose the rep; next_best: a manager asked for the next best rep; sla: not accepted in time; returned: the owner returned it; " +
          "booking_next_best: the prospect booked with the next best rep; owner_removed / owner_role_changed: the owner left the workspace or became a Marketer",
      ),
    text: z.string().describe("The reason as given (the assignment's note): a manager's or returning rep's words, or the system's"),
  }),
  byUserId: z.string().nullable().describe("The member who made the change (null: the API, the SLA, a booking)"),
});

const ZLeadUnassigned = z.object({
  lead: z.object({ id: z.string(), status: z.literal("NEW").describe("Waiting, with no owner, for a manager to assign it"), ...LEAD_ROUTING_VALUE }),
  contact: ZWebhookLeadContact,
  previous: z.object({ assignmentId: z.string().nullable().describe("The assignment that ended"), repId: z.string().describe("The owner it no longer has") }),
  reason: z.enum(["owner_removed", "owner_role_changed"]).describe("owner_removed: the owner was removed from the workspace; owner_role_changed: the owner's role cannot work leads any more (a Marketer)"),
});

const ZLeadAccepted = z.object({
  lead: ZLeadRef,
  contact: ZWebhookLeadContact,
  assignment: z.object({ id: z.string(), repId: z.string(), acceptedAt: iso, timeToAcceptMs: z.number() }),
});

export const ZWebhookBooking = z.object({
  id: z.string(),
  status: z.enum(["CONFIRMED", "CANCELLED"]),
  repId: z.string(),
  meetingTypeId: z.string().nullable(),
  startsAt: iso,
  endsAt: iso,
  timeZone: z.string().describe("The prospect's IANA time zone"),
  title: z.string(),
  location: z.string(),
  sequence: z.number().describe("The invite's SEQUENCE: bumped on every reschedule and on cancel"),
  isFallback: z.boolean().describe("Booked with the next best rep because the owner had no time"),
  bookedBy: z.string().describe('"prospect", "api" or "rep:<userId>"'),
  cancelledAt: iso.nullable(),
  cancelReason: z.string().nullable(),
});

const ZBookingChanged = z.object({ lead: ZLeadRef, contact: ZWebhookLeadContact, booking: ZWebhookBooking });
const ZBookingRescheduled = ZBookingChanged.extend({ previous: z.object({ startsAt: iso, endsAt: iso }) });

const STAGES = ["OPEN", "ACCEPTED", "CONTACTED", "MEETING_BOOKED", "MEETING_HELD", "NO_SHOW", "OPPORTUNITY", "WON", "LOST", "NOT_A_FIT"] as const;
const ZLeadOutcome = z.object({
  lead: z.object({
    id: z.string(),
    stage: z.enum(STAGES).describe("The lead's stage after this outcome"),
    stageChangedAt: iso.nullable(),
    firstContactAt: iso.nullable(),
    opportunityAmount: z.string().nullable().describe('Decimal as a string ("12500.00")'),
    wonAmount: z.string().nullable(),
    closedAt: iso.nullable(),
    ...LEAD_ROUTING_VALUE,
  }),
  contact: ZWebhookLeadContact,
  outcome: z.object({
    id: z.string(),
    stage: z.enum(STAGES),
    occurredAt: iso,
    recordedAt: iso,
    amount: z.string().nullable().describe('Decimal as a string ("12500.00")'),
    reason: z.string().nullable(),
    source: z.enum(["INBOX", "LEAD_PAGE", "API", "BOOKING", "SYSTEM"]),
    externalId: z.string().nullable(),
    repId: z.string().nullable().describe("The lead's owner when it was recorded"),
    stageChanged: z.boolean().describe("False for a late event of an earlier stage: recorded as history, the stage stays"),
  }),
});

const ZNurtureGraduated = z.object({
  lead: z.object({ id: z.string(), tier: z.string().describe("The tier it reached (sales-ready)"), scoreTotal: z.number(), intentPoints: z.number().describe("Intent points earned in the sequence"), ...LEAD_ROUTING_VALUE }),
  contact: ZWebhookLeadContact,
  sequence: z.object({ id: z.string() }),
  engagement: z.object({ kind: z.enum(["click", "return_visit", "return_submission"]), points: z.number() }),
  routing: z.object({ outcome: z.string().nullable().describe('"assigned" or "fallback"'), repId: z.string().nullable(), assignmentId: z.string().nullable() }),
});


function event<T extends z.ZodType>(summary: string, data: T) {
  return { summary, data };
}

export const WEBHOOK_EVENTS = {
  "lead.created": event("A lead entered (form, embed or API), scored; before routing", ZLeadCreated),
  "lead.routed": event("Routing assigned the lead to a rep (or to the fallback queue's owner), once the assignment is saved", ZLeadAssigned),
  "lead.reassigned": event(
    "The lead moved to another owner: a manager picked a rep or asked for the next best one (dashboard, review or API), it was not accepted in time, its owner returned it, the prospect booked with the next best rep, or its owner was removed. Sent once per reassignment and never also as lead.routed, even when the lead lands in the fallback queue",
    ZLeadReassigned,
  ),
  "lead.unassigned": event("The lead lost its owner and waits, with no owner, for a manager to assign it: its owner was removed or can no longer work leads, and no published routing could hand it on", ZLeadUnassigned),
  "lead.accepted": event("The owner accepted the lead", ZLeadAccepted),
  "lead.outcome": event("An outcome was recorded on the lead (accepted, contacted, meeting, opportunity, won, lost, not a fit)", ZLeadOutcome),
  "booking.created": event("A meeting was booked for the lead", ZBookingChanged),
  "booking.rescheduled": event("A meeting moved to a new time (previous holds the old one)", ZBookingRescheduled),
  "booking.cancelled": event("A meeting was cancelled", ZBookingChanged),
  "nurture.graduated": event("A nurture lead's engagement made it sales-ready: it left its sequence and was routed to a rep at the same moment", ZNurtureGraduated),
} as const;

export type TWebhookEventType = keyof typeof WEBHOOK_EVENTS;
export const WEBHOOK_EVENT_TYPES = Object.keys(WEBHOOK_EVENTS) as [TWebhookEventType, ...TWebhookEventType[]];
/** The `data` of an event of type T as delivered: with the lead's `contact` (every event carries a lead). */
export type TWebhookDeliveredData<T extends TWebhookEventType> = z.input<(typeof WEBHOOK_EVENTS)[T]["data"]>;
/** The `data` of an event of type T as emitted, in the change's transaction: without `contact` and the lead's routing value, which the fan-out adds (ZWebhookLeadContact, LEAD_ROUTING_VALUE). */
export type TWebhookEventData<T extends TWebhookEventType> = Omit<TWebhookDeliveredData<T>, "contact" | "lead"> & { lead: Omit<TWebhookDeliveredData<T>["lead"], (typeof FAN_OUT_LEAD_KEYS)[number]> };

/** The schema of an event's `data` as emitted (TWebhookEventData): without what the fan-out adds. For tests of the stored payload before the fan-out. */
export function webhookEmittedData(type: TWebhookEventType) {
  const data = WEBHOOK_EVENTS[type].data as unknown as z.ZodObject<{ lead: z.ZodObject<typeof LEAD_ROUTING_VALUE>; contact: typeof ZWebhookLeadContact }>;
  return data.omit({ contact: true }).extend({ lead: data.shape.lead.omit({ routingValue: true, routingCurrency: true }) });
}

/** "Send test event": not subscribable, sent to one endpoint on request. */
export const WEBHOOK_TEST_EVENT = { type: "webhook.test", ...event("A test sent from Settings → Webhooks or the API to one endpoint", z.object({ endpointId: z.string() })) } as const;
