// POST /api/v1/leads/{id}/events: what a CRM (or any integrator) sends when something happened to a
// lead. One schema: the route validates with it, the OpenAPI document is generated from it.
// `amount` takes a number or money's text: the decimal string GET answers, so an outcome read can be
// sent back, also with thousands commas as CRMs export it ("1,200.50") — read as POST /api/v1/leads
// reads estimatedValue (validation/money-amount.ts's readMoneyAmount; a sign or an exponent, "+5",
// "1e3", is a 422 at amount: it was taken as a number answer's text). `type` is read in any letter
// case, spaces around trimmed ("Won").
import { z } from "zod";
import { moneyAmountDescription, ZMoneyAmount } from "../validation/money-amount-schema";
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

/**
 * The amount: a number as it is, or money's text — the decimal string GET answers (opportunityAmount,
 * wonAmount are decimal strings, "42000.50"), so what a read returns can be sent back, or a CRM's
 * export with thousands commas ("1,200", "1,200.50"); 0 to 999,999,999,999.99 either way, the bound
 * every amount of money shares (numeric(14,2)). A sign, an exponent or an ambiguous spelling ("+5",
 * "1e3", "1,20", "1.200,50", "$1,200") is a 422 at amount (MONEY_AMOUNT_MESSAGE). A number's third
 * decimal is refused by the outcome rules (lead-stages.ts), text's by the reader.
 */
export const ZEventAmount = ZMoneyAmount;

/** A type in any letter case, spaces around trimmed ("Won", " MEETING_BOOKED "), is that type; the enum stays the documented list. */
const ZEventType = z.preprocess((value) => (typeof value === "string" ? value.trim().toLowerCase() : value), z.enum(TYPES));

export const ZLeadEventRequest = z.strictObject({
  type: ZEventType.describe('What happened; "meeting" and "meeting_booked" are the same: a meeting booked. Read in any letter case, spaces around ignored ("Won", " MEETING_BOOKED ")'),
  occurredAt: z.iso.datetime({ offset: true }).describe("When it happened (ISO 8601 with a zone); not in the future, not before the lead was submitted"),
  amount: ZEventAmount.nullable()
    .optional()
    .describe(`The deal's value in the lead's currency: opportunity, won or lost only, with up to 2 decimals. ${moneyAmountDescription("amount")}`),
  reason: z.string().max(MAX_REASON_LENGTH).nullable().optional().describe("Why (lost, not a fit: required for not_a_fit)"),
  externalId: z
    .string()
    .min(1)
    .max(200)
    .nullable()
    .optional()
    .describe("Your id for this event: the same event again under it answers the first recording (200) instead of recording twice; another event under it (a different type, occurredAt, amount, reason or lead) is a 422 at externalId"),
});
export type TLeadEventRequest = z.output<typeof ZLeadEventRequest>;
