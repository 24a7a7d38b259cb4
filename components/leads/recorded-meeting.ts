// The Meetings card of a lead with no booking through Switchboard but a meeting recorded as an
// outcome (by a rep in the inbox or on the lead page, or by a CRM through POST /leads/{id}/events):
// it says so, instead of a bare "No meeting booked" beside a Lifecycle reading "Meeting booked".
// Pure: the lead's outcomes (newest first, as the lifecycle loads them) and the name lookups in,
// plain text pieces out (the time is rendered by <LocalTime> between them, in the viewer's zone).
import type { TOutcomeView } from "@/server/services/outcomes/outcome-types";

export interface TRecordedMeeting {
  /** "A meeting was recorded as booked on " */
  before: string;
  at: Date;
  /** " by Sarah Chen in the inbox." */
  after: string;
}

type TMeetingOutcome = Pick<TOutcomeView, "stage" | "occurredAt" | "source" | "actorUserId" | "repId">;

const AS: Partial<Record<TOutcomeView["stage"], string>> = { MEETING_BOOKED: "booked", MEETING_HELD: "held", NO_SHOW: "a no-show" };
const WHERE: Partial<Record<TOutcomeView["source"], string>> = { INBOX: " in the inbox", LEAD_PAGE: " on the lead page", API: " through the API" };

/**
 * The meeting recorded outside Switchboard's calendar, to tell on the Meetings card when the lead
 * has no booking: the newest "meeting booked" outcome, else the newest "meeting held" / "no-show"
 * (outcomes of a booking are left out: that booking is on the card). Null: no meeting recorded.
 */
export function recordedMeeting(outcomes: readonly TMeetingOutcome[], names: { userName: (id: string) => string; repName: (id: string) => string }): TRecordedMeeting | null {
  const outside = outcomes.filter((o) => o.source !== "BOOKING");
  const outcome = outside.find((o) => o.stage === "MEETING_BOOKED") ?? outside.find((o) => o.stage === "MEETING_HELD" || o.stage === "NO_SHOW");
  if (!outcome) return null;
  const where = WHERE[outcome.source] ?? "";
  const who = outcome.actorUserId
    ? ` by ${names.userName(outcome.actorUserId)}${where}`
    : outcome.source === "API"
      ? " from your CRM through the API"
      : outcome.repId
        ? ` for ${names.repName(outcome.repId)}${where}`
        : where;
  return { before: `A meeting was recorded as ${AS[outcome.stage]} on `, at: outcome.occurredAt, after: `${who}.` };
}
