// The body of `POST /api/v1/routing/test`: a sample lead routed as a dry run (testRoutingLead).
// Its lead is read as POST /api/v1/leads reads the same fields, with the intake's own pieces
// (create-lead-request.ts), so every lead the intake takes can be dry-run and what it refuses is a
// 422 here too, at lead.<path> in the same words: null and empty or blank text are "not given"
// (blank with the intake's warning, at lead.<path>), a number is free text's text (source, UTM
// values), a null UTM value is left out; the time zone must be a known IANA name and the tier a
// tier key, as the intake checks them. lead.email is the intake's person.email (one check with the
// forms' email answers: validation/email-address.ts); estimatedValue has a real lead's bounds
// (money-amount.ts). It was stricter (utm {"utm_source": null}, source 7, timeZone "", email ""
// were 422s), so a lead the intake really receives could not be tested.
import { z } from "zod";
import { blankRuleOf, blanksAsNull, UTM_BLANK_RULE, ZCreateLeadRequest, ZLeadPerson } from "../leads/create-lead-request";
import type { TRequestIssue } from "../validation/request-issues";

const intake = ZCreateLeadRequest.shape;

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
});

export const ZRoutingTestRequest = z.strictObject({
  /** A draft config to test; absent = the published one. */
  config: z.unknown().optional(),
  lead: ZRoutingTestLead,
  /** When the lead arrives (ISO 8601); default now. */
  at: z.iso.datetime({ offset: true }).optional(),
});

const LEAD_BLANK_RULE = blankRuleOf(ZRoutingTestLead.shape, [["utm", UTM_BLANK_RULE]]);
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * A routing/test body as it is read: the lead's empty text for an optional property taken as null
 * (the intake's warning each, at lead.<path>, in the body's order), then the schema. `body` is what
 * the schema read (what the workspace checks — lead.form, lead.answers — must look at).
 */
export function readRoutingTestRequest(sent: unknown): { body: unknown; warnings: TRequestIssue[]; parsed: ReturnType<typeof ZRoutingTestRequest.safeParse> } {
  const warnings: TRequestIssue[] = [];
  const lead = isObject(sent) && isObject(sent.lead) ? blanksAsNull(sent.lead, LEAD_BLANK_RULE, "lead.", warnings) : undefined;
  const body = isObject(sent) && warnings.length > 0 ? { ...sent, lead } : sent;
  return { body, warnings, parsed: ZRoutingTestRequest.safeParse(body) };
}
