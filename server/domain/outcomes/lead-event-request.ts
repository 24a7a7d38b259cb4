// POST /api/v1/leads/{id}/events: what a CRM (or any integrator) sends when something happened to a
// lead. One schema: the route validates with it, the OpenAPI document is generated from it.
// `amount` takes a number or a decimal string (what GET answers), so an outcome read can be sent back.
import { z } from "zod";
import { DECIMAL_AMOUNT, MAX_MONEY_AMOUNT, moneyAmountText } from "../validation/money-amount";
import { MAX_REASON_LENGTH, type TLeadStage } from "./lead-stages";

/** The event types and the stage each records ("meeting" = a meeting booked). */
export const LEAD_EVENT_STAGES = {
  contacted: "CONTACTED",
  meeting: "MEETING_BOOKED",
  meeting_booked: "MEETING_BOOKED",
  meeting_held: "MEETING_HELD",
  no_show: "NO_SHOW",
  opportunity: "OPPORTUNITY",
  won: "WON",
  lost: "LOST",
  not_a_fit: "NOT_A_FIT",
} as const satisfies Record<string, TLeadStage>;
export type TLeadEventType = keyof typeof LEAD_EVENT_STAGES;
const TYPES = Object.keys(LEAD_EVENT_STAGES) as [TLeadEventType, ...TLeadEventType[]];

export const MAX_LEAD_EVENT_BYTES = 8 * 1024;

// The same bound as every other amount of money (a lead's estimated value, a currency answer): what
// the outcome columns store, numeric(14,2).
const AMOUNT_MESSAGE = `Use a non-negative amount of at most ${moneyAmountText(MAX_MONEY_AMOUNT)} with up to 2 decimals: a number (42000.5) or a decimal string ("42000.50")`;

/**
 * The amount as a number or as the decimal string GET answers (opportunityAmount, wonAmount are
 * decimal strings, "42000.50"), so what a read returns can be sent back; the same bounds either way.
 */
export const ZEventAmount = z.union(
  [
    z.number({ error: AMOUNT_MESSAGE }).min(0, AMOUNT_MESSAGE).max(MAX_MONEY_AMOUNT, AMOUNT_MESSAGE),
    z.string().trim().regex(DECIMAL_AMOUNT, AMOUNT_MESSAGE).transform(Number).pipe(z.number().max(MAX_MONEY_AMOUNT, AMOUNT_MESSAGE)),
  ],
  { error: AMOUNT_MESSAGE },
);

export const ZLeadEventRequest = z.strictObject({
  type: z.enum(TYPES).describe('What happened; "meeting" and "meeting_booked" are the same: a meeting booked'),
  occurredAt: z.iso.datetime({ offset: true }).describe("When it happened (ISO 8601 with a zone); not in the future, not before the lead was submitted"),
  amount: ZEventAmount.nullable()
    .optional()
    .describe('The deal\'s value in the lead\'s currency: opportunity, won or lost only. A number or a decimal string ("42000.50", as GET answers opportunityAmount / wonAmount)'),
  reason: z.string().max(MAX_REASON_LENGTH).nullable().optional().describe("Why (lost, not a fit: required for not_a_fit)"),
  externalId: z.string().min(1).max(200).nullable().optional().describe("Your id for this event: sending it again answers the first recording (200) instead of recording twice"),
});
export type TLeadEventRequest = z.output<typeof ZLeadEventRequest>;
