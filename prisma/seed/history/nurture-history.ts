// The demo history's nurture journeys, as the live product records them for a lead routed to
// nurture (services/nurture/enrollment.ts, run-nurture-step.ts, engagement.ts, suppression.ts):
// - enrolment only with marketing consent (domain/nurture/marketing-consent.ts, the form's consent
//   questions among the stored answers). A startup under 20 people "just exploring" ends the demo
//   form early, after the optional starter-guide box (guide_consent) and before the last step's
//   "consent": its answers get the box it ticked or not, and lose the consent it never saw. Without
//   consent: a "nurture_not_enrolled" event (no_marketing_consent) and no enrolment.
// - an enrolled lead enters the default sequence at submission; each email is due when the live
//   product would make it due (domain/nurture/due-time.ts: waits, business days, quiet hours in the
//   lead's zone — history leads have none: UTC), sent a few minutes later by the sweep (a DONE due
//   row, a SENT send, a "nurture_email_sent" event with the merged subject).
// - a minority click (the send's clickedAt, intent points, "nurture_engaged"); a click that lifts
//   score + intent into the best tier graduates the lead (domain/nurture/graduation.ts: exit
//   "graduated"): its tier becomes the best one and the journey carries the graduation (when, the
//   NURTURE_GRADUATED reason), so the generator routes it to a rep (graduated-history.ts). A few
//   unsubscribe (a suppression, exit "unsubscribed"). After the last email the enrolment ends ("ended").
// Finished only: nothing later than `end`, no PENDING due row, no queued email — a journey the time
// did not allow to finish stops at `end` with the exit "ended" (detail historyEnd: true), its unsent
// step never made due. Not replayed: a graduation's webhook event. No enrolment ends "booked", as
// live: book-slot.ts ends only active enrolments, a nurture lead has no rep to book with, and a
// graduate's enrolment has already ended "graduated" when it books with its rep (booking-history.ts)
// — the Sequences page counts such a booking as Booked (services/nurture/sequences.ts). No email is
// stored in the outbox either (the dev mailbox lists the mail this installation sent): a send's
// emailId stays null.
// Draws come from their own seeded stream, a fixed number per nurture lead (sequences of up to
// four emails; a longer one draws more). No I/O.
import { consentFieldKeys, marketingConsentOf } from "../../../server/domain/nurture/marketing-consent";
import { nextDueAt } from "../../../server/domain/nurture/due-time";
import { scoreEngagement } from "../../../server/domain/nurture/graduation";
import { mergeText, mergeValuesOf } from "../../../server/domain/nurture/merge-fields";
import { nextEmailStep } from "../../../server/domain/nurture/sequence-progress";
import type { TAnswers } from "../../../server/domain/forms/definition";
import type { THistoryLead, THistoryNurture, THistoryRoster } from "./history-types";

const MIN = 60_000;
const HOUR = 60 * MIN;

/** How likely a prospect "just exploring" ticks the starter-guide box. */
export const GUIDE_CONSENT_SHARE = 0.7;
/** How likely a sent email gets a click, by its place in the sequence (the welcome email more). */
export const CLICK_SHARE = [0.16, 0.1] as const;
/** How likely a sent email gets an unsubscribe. */
export const UNSUBSCRIBE_SHARE = 0.025;
/** Draws per lead (the same for every lead, so one lead's journey never shifts the next's). */
const DRAWS = 1 + 5 * 4;

type TNurtureLead = Pick<THistoryLead, "id" | "status" | "submittedAt" | "email" | "name" | "company" | "answers" | "tier" | "scoreTotal">;

/** A startup under 20 people with no urgency: the demo form ends for it before its last step. */
export function endsEarly(answers: TAnswers): boolean {
  return answers.company_size === "1-19" && answers.start_when === "just_exploring";
}

/** The answers an early-ending lead leaves: the starter-guide box as ticked, not the last step's consent it never saw. */
function earlyAnswers(answers: TAnswers, ticked: boolean): TAnswers {
  const { consent: _unseen, ...rest } = answers;
  return { ...rest, guide_consent: ticked };
}

/**
 * The lead with its nurture journey (a nurture lead; others are returned as they are). `rnd` is
 * the nurture stream: it is drawn DRAWS times for every nurture lead.
 */
export function withNurtureJourney<T extends TNurtureLead>(lead: T, roster: Pick<THistoryRoster, "definition" | "scoring" | "nurture">, end: number, rnd: () => number): T & { nurture?: THistoryNurture | null } {
  if (lead.status !== "NURTURE") return lead;
  const draws = Array.from({ length: DRAWS }, () => rnd());
  const next = () => draws.shift() ?? rnd();
  const guideDraw = next();
  const hasGuideBox = consentFieldKeys(roster.definition).includes("guide_consent");
  const answers = hasGuideBox && endsEarly(lead.answers) ? earlyAnswers(lead.answers, guideDraw < GUIDE_CONSENT_SHARE) : lead.answers;
  const sequence = roster.nurture;
  if (!sequence) return { ...lead, answers, nurture: null };
  const at = lead.submittedAt;
  const consent = marketingConsentOf({ definition: roster.definition, answers, explicit: null });
  const journey: THistoryNurture = { enrollment: null, dues: [], sends: [], suppression: null, events: [] };
  const event = (type: string, data: Record<string, unknown>, occurredAt: Date) => journey.events.push({ id: `${lead.id}ne${journey.events.length}`, type, data, occurredAt });
  if (!consent.hasConsent) {
    event("nurture_not_enrolled", { reason: "no_marketing_consent", consentVia: consent.via }, at);
    return { ...lead, answers, nurture: journey };
  }
  const enrollmentId = `${lead.id}n`;
  const { sequenceId, sequenceName } = sequence;
  event("nurture_enrolled", { sequenceId, sequenceName, version: sequence.version, enrollmentId, consent: { via: consent.via, ...(consent.via === "form_question" ? { fieldKey: consent.fieldKey } : {}) } }, at);
  const values = mergeValuesOf({ name: lead.name, company: lead.company, email: lead.email, repName: null });
  const exit = (exitReason: "ended" | "unsubscribed" | "graduated", exitedAt: Date, intentPoints: number, detail: Record<string, unknown> = {}) => {
    journey.enrollment = { id: enrollmentId, enrolledAt: at, exitReason, exitedAt, intentPoints };
    event("nurture_exited", { reason: exitReason, sequenceId, enrollmentId, ...detail }, exitedAt);
    return { ...lead, answers, nurture: journey };
  };
  let from = at;
  let afterIndex = -1;
  let intentPoints = 0;
  for (let sent = 0; ; sent++) {
    const step = nextEmailStep(sequence.definition, afterIndex);
    if (!step) return exit("ended", from, intentPoints);
    const [pickUp, clickDraw, clickDelay, unsubscribeDraw, unsubscribeDelay] = [next(), next(), next(), next(), next()];
    const dueAt = nextDueAt({ from, waitsBefore: step.waitsBefore, timeZone: null, quiet: sequence.quiet });
    // The sweep claims it within its minute; the job sends it moments later.
    const sentAt = new Date(dueAt.getTime() + (0.2 + pickUp * 2) * MIN);
    if (sentAt.getTime() > end) return exit("ended", new Date(end), intentPoints, { historyEnd: true });
    const sendId = `${lead.id}ns${step.stepIndex}`;
    const subject = mergeText(step.step.subject, values);
    journey.dues.push({ id: `${lead.id}nd${step.stepIndex}`, stepIndex: step.stepIndex, dueAt });
    const send = { id: sendId, stepIndex: step.stepIndex, subject, createdAt: sentAt, clickedAt: null as Date | null };
    journey.sends.push(send);
    event("nurture_email_sent", { sequenceId, sequenceName, stepIndex: step.stepIndex, subject }, sentAt);
    // Within the day after the email (before the next one, business days away).
    const clickedAt = new Date(sentAt.getTime() + (5 * MIN + clickDelay * clickDelay * 20 * HOUR));
    const isClicked = clickDraw < (CLICK_SHARE[Math.min(sent, CLICK_SHARE.length - 1)] ?? 0) && clickedAt.getTime() <= end;
    const unsubscribedAt = new Date(sentAt.getTime() + (2 * MIN + unsubscribeDelay * 20 * HOUR));
    const isUnsubscribed = unsubscribeDraw < UNSUBSCRIBE_SHARE && unsubscribedAt.getTime() <= end;
    if (isClicked && !(isUnsubscribed && unsubscribedAt < clickedAt)) {
      send.clickedAt = clickedAt;
      const result = scoreEngagement({ kind: "click", scoreTotal: lead.scoreTotal, intentPoints, currentTier: lead.tier, isKnockedOut: false, tiers: roster.scoring.tiers, settings: { clickPoints: sequence.clickPoints, returnVisitPoints: 0 } });
      intentPoints = result.intentPoints;
      const engagement = { engagement: "click", points: result.points, intentPoints, total: result.total, stepIndex: step.stepIndex, link: 0 };
      event("nurture_engaged", { sequenceId, ...engagement }, clickedAt);
      if (result.isGraduated) {
        // The lead becomes sales-ready and is routed again (graduated-history.ts), this reason first.
        journey.graduation = { at: clickedAt, reason: { code: "NURTURE_GRADUATED", engagement: "click", points: result.points, intentPoints, sequenceId, tier: result.tier } };
        return { ...exit("graduated", clickedAt, intentPoints, engagement), tier: result.tier };
      }
    }
    if (isUnsubscribed) {
      journey.suppression = { email: lead.email.toLowerCase(), createdAt: unsubscribedAt };
      return exit("unsubscribed", unsubscribedAt, intentPoints, { sendId, sequenceName, stepIndex: step.stepIndex, subject });
    }
    from = sentAt;
    afterIndex = step.stepIndex;
  }
}
