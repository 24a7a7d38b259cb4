// OpenAPI property schemas a lead has wherever the API returns it: the lifecycle stage and deal
// fields (named and typed as POST /leads/{id}/events answers them, so a CRM sync reads the same
// fields from GET /leads, GET /leads/{id} and the events endpoint) and the answers kept as not
// applicable. Defined once here, spread into Lead, LeadSummary and LeadEventResult.lead.
import { LEAD_STAGES } from "../../domain/outcomes/lead-stages";

const str = { type: "string" };
const dateTime = { type: "string", format: "date-time" };
const nullable = (schema: Record<string, unknown>) => ({ oneOf: [schema, { type: "null" }] });
const money = (description: string) => ({ ...nullable({ ...str, pattern: "^-?\\d+\\.\\d{2}$" }), description: `${description}; a decimal as a string ("12500.00"), in the lead's currency` });

export const LEAD_LIFECYCLE_PROPERTIES = {
  stage: {
    enum: [...LEAD_STAGES],
    description: "Where the lead is after assignment: OPEN → ACCEPTED → CONTACTED → MEETING_BOOKED → MEETING_HELD / NO_SHOW → OPPORTUNITY → WON / LOST / NOT_A_FIT (the last three close the lead: status CLOSED)",
  },
  stageChangedAt: { ...nullable(dateTime), description: "When the stage last moved (the outcome's occurredAt)" },
  acceptedAt: { ...nullable(dateTime), description: "When the owner accepted the lead" },
  firstContactAt: { ...nullable(dateTime), description: "First contact with the prospect (a meeting booked counts)" },
  opportunityAmount: money("The opportunity's amount"),
  wonAmount: money("The amount won"),
  closedAt: { ...nullable(dateTime), description: "When the lead was won, lost or found not a fit" },
  closeReason: { ...nullable(str), description: "The reason given when the lead was closed (won, lost, not a fit)" },
} as const;

export const NOT_APPLICABLE_ANSWERS = {
  type: "object",
  additionalProperties: true,
  description:
    "Answers kept on the lead that its form did not ask for (a key the form does not have, or a question its logic hid or skipped): field key → value as sent. " +
    "Never scored or routed; {} when none (always {} for a lead without a form).",
} as const;

/** A lead's status as GET /leads and GET /leads/{id} give it (leadStatusView): spam reads as SPAM. */
export const LEAD_STATUS_DESCRIPTION =
  "SPAM for a spam lead (isSpam: the form's honeypot was filled or it was submitted faster than 3 s; stored, never scored, routed or owned); otherwise where the lead is: NEW (waiting, no owner), ASSIGNED, ACCEPTED, FALLBACK (the fallback queue), NURTURE, DISQUALIFIED, CLOSED (won, lost, not a fit)";

export const LEAD_IS_SPAM = { type: "boolean", description: "Flagged as spam at intake (honeypot filled, or submitted faster than 3 s): its status is SPAM" } as const;

/** Who the lead is (leadContactView): also for a lead with no email, which has no person. */
export const LEAD_CONTACT = {
  type: "object",
  required: ["name", "email", "company", "phone"],
  properties: { name: nullable(str), email: nullable(str), company: nullable(str), phone: nullable(str) },
  description:
    "Who the lead is, with or without a person: the name and company given with this lead (else its person's), its person's email, and the phone given with the contact (the person's, " +
    "or — for a contact sent without an email, which makes no person: people are matched by email — the lead's own). Each null when not given. " +
    "A phone typed into a phone question stays in answers.",
} as const;
