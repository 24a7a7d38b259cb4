// The shapes the demo history generator produces and its writer stores (generate-history.ts,
// insert-history.ts, history-records.ts): types only, so the three share them without a cycle.
import type { TSlaPolicy } from "../../../server/domain/analytics/assignment-sla";
import type { TFitVerdict } from "../../../server/domain/outcomes/fit-verdicts";
import type { TAnswers, TFormDefinition } from "../../../server/domain/forms/definition";
import type { TReasonCode } from "../../../server/domain/routing/reason-codes";
import type { TQuietHours } from "../../../server/domain/nurture/due-time";
import type { TSequenceDefinition } from "../../../server/domain/nurture/sequence-definition";
import type { TRoutingRepProfile } from "../../../server/domain/routing/routing-types";
import type { TScoringModel } from "../../../server/domain/scoring/model";
import type { TMeetingTypeRecord } from "../../../server/domain/booking/meeting-type";
import type { TAcceptPace } from "./accept-pace";

export interface THistoryRoster {
  /** Active reps with what their recorded skips name: zone, working hours, open-lead cap. */
  reps: { id: string; name: string; timeZone: string; workingHours: TRoutingRepProfile["workingHours"]; maxOpenLeads: number | null; acceptPace?: TAcceptPace; /** The rep's user (a booking the rep made names it: "rep:<userId>"). */ userId?: string }[];
  /** Team paths of the published config (id, name, team, the team's reps in rotation order). */
  paths: { id: string; name: string; teamId: string | null; repIds: string[]; kind: "team" | "nurture" | "disqualify" | "other" }[];
  formId: string;
  formVersionId: string;
  formVersion: number;
  definition: TFormDefinition;
  scoring: TScoringModel;
  /** The published config's SLA (policies.sla); without one a lead stays with its rep however late. */
  sla?: TSlaPolicy | null;
  /** The workspace's default nurture sequence (published version) and settings; without one nurture leads are not enrolled. */
  nurture?: THistoryNurtureSequence | null;
  /** The workspace's meeting types (Settings → Meeting types); none: the built-in default, as live booking. */
  meetingTypes?: TMeetingTypeRecord[];
}

/** The default sequence nurture leads enter (NurtureSettings.defaultSequenceId, its published version) and the settings its sends follow. */
export interface THistoryNurtureSequence {
  sequenceId: string;
  sequenceName: string;
  versionId: string;
  version: number;
  definition: TSequenceDefinition;
  quiet: TQuietHours;
  clickPoints: number;
}

export interface THistoryOptions {
  now: Date;
  days: number;
  leadsPerDay: number;
  seed: number;
  /** A prefix that keeps generated emails unique across runs (e.g. "h1"). */
  tag: string;
}

export interface THistoryLead {
  id: string;
  submittedAt: Date;
  email: string;
  name: string;
  company: string;
  answers: TAnswers;
  scoreTotal: number;
  scores: Record<string, number>;
  breakdown: unknown[];
  tier: string;
  estimatedValue: number | null;
  source: string;
  utm: Record<string, string>;
  status: "CLOSED" | "NURTURE" | "DISQUALIFIED";
  stage: "OPEN" | "WON" | "LOST" | "NOT_A_FIT";
  ownerRepId: string | null;
  routingPathId: string | null;
  routingOutcome: "assigned" | "fallback" | "nurture" | "disqualified";
  acceptedAt: Date | null;
  firstContactAt: Date | null;
  opportunityAmount: number | null;
  wonAmount: number | null;
  closedAt: Date | null;
  closeReason: string | null;
  /** In order; the last is the current one (isCurrent). An SLA reassignment ends the one before at its deadline, unaccepted. */
  assignments: THistoryAssignment[];
  /**
   * The lead's timeline as live writes it: its routing ("routed", at the submission — a nurture or
   * disqualified lead's too, with its decision record — and a graduate's graduation), the SLA follow-ups ("sla_reminded", "reassigned"), the acceptance ("accepted": the
   * rep's, or the booking's that accepted it), the steps the rep recorded ("outcome") and a booking
   * ("booked"); work-events.ts, history-records.ts, booking-history.ts, graduated-history.ts.
   */
  events: { id: string; type: "sla_reminded" | "reassigned" | "routed" | "booked" | "accepted" | "outcome"; data: Record<string, unknown>; occurredAt: Date }[];
  /**
   * The lifecycle, recorded as live records it (work-events.ts): the rep's steps from the inbox
   * (INBOX) by the owner's user; ACCEPTED by the app (SYSTEM) for whoever accepted; a booking's
   * MEETING_BOOKED from the booking (BOOKING, as book-slot.ts) by whoever booked. `actorUserId`:
   * the user (LeadOutcome.actorUserId), null for none (the prospect). Unset: SYSTEM, nobody.
   */
  outcomes: { id: string; stage: string; occurredAt: Date; amount: number | null; reason: string | null; source?: "BOOKING" | "INBOX" | "SYSTEM"; actorUserId?: string | null }[];
  /** The meeting the lead booked (booking-history.ts), or none. */
  booking?: THistoryBooking | null;
  /** The fit feedback the rep who held the lead gave on it (fit-feedback.ts), or null. */
  feedback: THistoryFeedback | null;
  /** The lead's nurture journey (nurture-history.ts): nurture leads only. */
  nurture?: THistoryNurture | null;
}

/**
 * What the live nurture product writes for a nurture lead (services/nurture/enrollment.ts,
 * run-nurture-step.ts, engagement.ts, suppression.ts), finished: the enrolment (always EXITED),
 * its due rows (DONE), its sends (SENT, with a click), the suppression of an unsubscribe and the
 * timeline events; or only the "nurture_not_enrolled" event of a lead without marketing consent.
 */
export interface THistoryNurture {
  enrollment: { id: string; enrolledAt: Date; exitReason: "ended" | "unsubscribed" | "graduated"; exitedAt: Date; intentPoints: number } | null;
  dues: { id: string; stepIndex: number; dueAt: Date }[];
  sends: { id: string; stepIndex: number; subject: string; createdAt: Date; clickedAt: Date | null }[];
  suppression: { email: string; createdAt: Date } | null;
  events: { id: string; type: string; data: Record<string, unknown>; occurredAt: Date }[];
  /** A graduation (exit "graduated"): when, and the reason live routing then puts first (graduated-history.ts routes the lead). */
  graduation?: THistoryGraduation | null;
}

/** A lead's graduation from nurture: the click's time and the NURTURE_GRADUATED reason (engagement.ts). */
export interface THistoryGraduation {
  at: Date;
  reason: Extract<TReasonCode, { code: "NURTURE_GRADUATED" }>;
}

/**
 * A LeadFeedback row as giveFeedback (services/outcomes/lead-feedback.ts) writes it, with its
 * "fit_feedback" lead event: given by the owner's user (repId: the owner, whose user the writer
 * looks up), pathId the current assignment's path.
 */
export interface THistoryFeedback {
  id: string;
  repId: string;
  verdict: TFitVerdict;
  note: string | null;
  pathId: string | null;
  createdAt: Date;
}

export interface THistoryAssignment {
  id: string;
  repId: string | null;
  kind: "ROUTED" | "FALLBACK" | "SLA_REASSIGNED";
  decision: unknown;
  assignedAt: Date;
  /** When the rep's SLA accept clock started (LeadAssignment.slaStartsAt): their next working start when assigned off duty. */
  slaStartsAt: Date | null;
  acceptedAt: Date | null;
  endedAt: Date | null;
  note: string;
}

/** A Booking row as book-slot.ts writes it (CONFIRMED, not a fallback). */
export interface THistoryBooking {
  id: string;
  repId: string;
  meetingTypeId: string | null;
  startsAt: Date;
  endsAt: Date;
  /** The prospect's zone (for their emails). */
  timeZone: string;
  title: string;
  location: string;
  /** "prospect" or "rep:<userId>". */
  bookedBy: string;
  createdAt: Date;
}

export interface THistoryVisit {
  visitId: string;
  events: { type: "view" | "start" | "step" | "complete"; step: number; occurredAt: Date }[];
}
