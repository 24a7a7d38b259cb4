// The body of `POST /api/v1/routing/test`: a sample lead routed as a dry run (testRoutingLead).
// Its estimatedValue has the bounds of a real lead's (POST /api/v1/leads, money-amount.ts): a dry
// run of a value no lead can have would test nothing (it took any finite number). Its email is
// checked as the intake checks person.email (validation/email-address.ts): zod's z.email() refused
// addresses the intake takes (zoë@exämple.com, a@b.c), so such a lead could not be tested.
import { z } from "zod";
import { EMAIL_ADDRESS_MESSAGE, ESTIMATED_VALUE_MESSAGE } from "../leads/create-lead-request";
import { isEmailAddress } from "../validation/email-address";
import { MAX_MONEY_AMOUNT } from "../validation/money-amount";

/** As POST /api/v1/leads takes it: 0 to 999,999,999,999.99, with the same message. */
const ZEstimatedValue = z.number({ error: ESTIMATED_VALUE_MESSAGE }).finite(ESTIMATED_VALUE_MESSAGE).min(0, ESTIMATED_VALUE_MESSAGE).max(MAX_MONEY_AMOUNT, ESTIMATED_VALUE_MESSAGE);

export const ZRoutingTestRequest = z.strictObject({
  /** A draft config to test; absent = the published one. */
  config: z.unknown().optional(),
  lead: z.strictObject({
    /** A published form of the workspace to score the answers with. */
    form: z.string().min(1).max(80).optional(),
    answers: z.record(z.string(), z.unknown()),
    email: z.string().trim().refine(isEmailAddress, EMAIL_ADDRESS_MESSAGE).optional(),
    timeZone: z.string().min(1).max(64).optional(),
    source: z.string().min(1).max(50).optional(),
    utm: z.record(z.string().max(60), z.string().max(500)).optional(),
    tier: z.string().min(1).max(40).optional(),
    estimatedValue: ZEstimatedValue.nullable().optional(),
  }),
  /** When the lead arrives (ISO 8601); default now. */
  at: z.iso.datetime({ offset: true }).optional(),
});
