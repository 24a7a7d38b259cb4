// The body of `POST /api/v1/routing/test`: a sample lead routed as a dry run (testRoutingLead).
// Its lead is read as POST /api/v1/leads reads the same fields, with the intake's own pieces
// (create-lead-request.ts), so every lead the intake takes can be dry-run and what it refuses is a
// 422 here too, at lead.<path> in the same words: null and empty or blank text are "not given"
// (blank with the intake's warning, at lead.<path>), a number is free text's text (source, UTM
// values), a null UTM value is left out; an unknown time zone is a warning at lead.timeZone (the
// lead tested without one, as the intake keeps it) and the tier must be a tier key, as the intake checks them. lead.email is the intake's person.email (one check with the
// forms' email answers: validation/email-address.ts); estimatedValue has a real lead's bounds
// (money-amount.ts). It was stricter (utm {"utm_source": null}, source 7, timeZone "", email ""
// were 422s), so a lead the intake really receives could not be tested. A blank lead.form's
// warning says the lead is *tested* without a form (a dry run stores nothing; the rest of the
// sentence is the intake's). The request's own `at` is read as the intake reads submittedAt:
// null, empty or blank is "not given" (now), blank with the warning at `at`; malformed is a 422.
// lead.currency is estimatedValue's currency (ISO 4217, read as Settings → Currencies reads a code:
// currency-code-schema.ts; 422 at lead.currency otherwise, or when sent without estimatedValue):
// the value is converted as a live lead's (leadRoutingValue); absent, it is in the routing currency.
import { z } from "zod";
import { ZCurrencyCode } from "../money/currency-code-schema";
import { blankFormMessage, blankRuleOf, readWithBlanks, UTM_BLANK_RULE, ZCreateLeadRequest, ZLeadPerson, type TBlankRule } from "../leads/create-lead-request";

const intake = ZCreateLeadRequest.shape;

export const CURRENCY_WITHOUT_VALUE_MESSAGE = "The currency of estimatedValue: give estimatedValue with it (a form's own value is in its scoring currency)";

/** The sample lead: the intake's fields, its email as the intake's person.email. Strict: an unknown property is a 422 at its path. */
const ZRoutingTestLead = z.strictObject({
  /** A published form of the workspace to score the answers with. */
  form: intake.form,
  answers: intake.answers,
  email: ZLeadPerson.shape.email,
  timeZone: intake.timeZone,
  source: intake.source,
  utm: intake.utm,
  tier: intake.tier,
  estimatedValue: intake.estimatedValue,
  currency: ZCurrencyCode.nullish()
    .transform((code) => code ?? undefined)
    .describe(
      "estimatedValue's currency (ISO 4217, any letter case): converted into the workspace's routing currency with its exchange rates, as a live lead's value is (no rate: tested as a lead without value). Absent or null: estimatedValue is in the routing currency. Only with estimatedValue",
    ),
}).superRefine((lead, ctx) => {
  if (lead.currency !== undefined && lead.estimatedValue === undefined) ctx.addIssue({ code: "custom", path: ["currency"], message: CURRENCY_WITHOUT_VALUE_MESSAGE });
});

export const ZRoutingTestRequest = z.strictObject({
  /** A draft config to test; absent = the published one. */
  config: z.unknown().optional(),
  lead: ZRoutingTestLead,
  /** When the lead arrives (ISO 8601 with an offset); absent, null or blank: now. */
  at: z.iso.datetime({ offset: true }).nullish().describe("When the lead arrives (ISO 8601 with an offset); absent, null or empty: now (empty with a warning at at)"),
});

/** A blank lead.form's warning: a dry run stores nothing, so the lead is "tested" without a form (the intake's sentence otherwise). */
export const BLANK_FORM_TEST_MESSAGE = blankFormMessage("tested");

const LEAD_BLANK_RULE: TBlankRule = { ...blankRuleOf(ZRoutingTestLead.shape, [["utm", UTM_BLANK_RULE]]), messages: new Map([["form", BLANK_FORM_TEST_MESSAGE]]) };
/** The request's own optional property read blank-as-null is `at` only (a blank config is a draft to refuse, not "not given"); its lead as above. */
const REQUEST_BLANK_RULE = blankRuleOf({ at: ZRoutingTestRequest.shape.at }, [["lead", LEAD_BLANK_RULE]]);

/**
 * A routing/test body as it is read: a blank `at` and the lead's empty text for an optional
 * property taken as null (the intake's warning each, at `at` and lead.<path>, in the body's order),
 * then the schema. `body` is what the schema read (what the workspace checks — lead.form,
 * lead.answers — must look at).
 */
export function readRoutingTestRequest(sent: unknown) {
  return readWithBlanks(sent, REQUEST_BLANK_RULE, ZRoutingTestRequest);
}
