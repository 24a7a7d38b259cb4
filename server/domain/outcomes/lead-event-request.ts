// POST /api/v1/leads/{id}/events: what a CRM (or any integrator) sends when something happened to a
// lead. One schema: the route validates with it, the OpenAPI document is generated from it.
// `amount` takes a number or a decimal string (what GET answers), so an outcome read can be sent back,
// also with thousands separators as CRMs export it ("1,200.50": the intake's reading of a number,
// validation/number-text.ts). `type` is read in any letter case, spaces around trimmed ("Won").
import { z } from "zod";
import { MAX_MONEY_AMOUNT, moneyAmountText } from "../validation/money-amount";
import { parseNumber } from "../validation/number-text";
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
const AMOUNT_MESSAGE = `Use a non-negative amount of at most ${moneyAmountText(MAX_MONEY_AMOUNT)} with up to 2 decimals: a number (42000.5) or a decimal string ("42000.50", or with thousands commas "42,000.50")`;

const hasCents = (n: number) => Math.abs(n * 100 - Math.round(n * 100)) <= 1e-6;

/**
 * The amount as a number or as text: the decimal string GET answers (opportunityAmount, wonAmount
 * are decimal strings, "42000.50"), so what a read returns can be sent back, or any spelling a
 * number answer takes at intake (parseNumber: "1,200", "1,200.50", "+5", "1e3"); the same bounds
 * either way. An ambiguous spelling ("1,20", "1.200,50", "$1,200") is no number: a 422 at amount.
 */
export const ZEventAmount = z.union(
  [
    z.number({ error: AMOUNT_MESSAGE }).min(0, AMOUNT_MESSAGE).max(MAX_MONEY_AMOUNT, AMOUNT_MESSAGE),
    z.string().transform((text, ctx) => {
      const n = parseNumber(text);
      if (n !== null && n >= 0 && n <= MAX_MONEY_AMOUNT && hasCents(n)) return Math.round(n * 100) / 100;
      ctx.addIssue({ code: "custom", message: AMOUNT_MESSAGE });
      return z.NEVER;
    }),
  ],
  { error: AMOUNT_MESSAGE },
);

/** A type in any letter case, spaces around trimmed ("Won", " MEETING_BOOKED "), is that type; the enum stays the documented list. */
const ZEventType = z.preprocess((value) => (typeof value === "string" ? value.trim().toLowerCase() : value), z.enum(TYPES));

export const ZLeadEventRequest = z.strictObject({
  type: ZEventType.describe('What happened; "meeting" and "meeting_booked" are the same: a meeting booked. Read in any letter case, spaces around ignored ("Won", " MEETING_BOOKED ")'),
  occurredAt: z.iso.datetime({ offset: true }).describe("When it happened (ISO 8601 with a zone); not in the future, not before the lead was submitted"),
  amount: ZEventAmount.nullable()
    .optional()
    .describe('The deal\'s value in the lead\'s currency: opportunity, won or lost only; 0 to 999,999,999,999.99 with up to 2 decimals. A number, or a string as GET answers opportunityAmount / wonAmount ("42000.50") or as a CRM exports it with thousands commas ("42,000.50"); an ambiguous one ("1,20", "1.200,50") is a 422 at amount'),
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
