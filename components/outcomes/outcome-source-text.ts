// Who recorded a step of a lead's lifecycle, and where, in words for the Lifecycle card's list of
// outcomes ("Accepted · Dec 7, 2026, 09:12 · by Tom Becker"). The stored source is a code: SYSTEM
// marks a step the app writes itself — the ACCEPTED step of a rep's Accept (accept-lead.ts), which
// keeps the rep who clicked as its actor — so the actor, when there is one, is who did it; else
// the lead's rep at the time ("for Tom Becker": the accept link, a booking by the prospect), the
// CRM (the API) or a booking. Pure: the outcome and the name lookups in, text out ("" for nothing known).
import type { TOutcomeView } from "@/server/services/outcomes/outcome-types";

type TSourcedOutcome = Pick<TOutcomeView, "stage" | "source" | "actorUserId" | "repId">;
type TNames = { userName(id: string): string; repName(id: string): string };

const WHERE: Partial<Record<TOutcomeView["source"], string>> = { INBOX: " in the inbox", LEAD_PAGE: " on the lead page", API: " through the API" };

/** "by Tom Becker in the inbox", "for Tom Becker", "from your CRM through the API", "from a booking with Tom Becker"; "" when nothing is known. */
export function outcomeSourceText(outcome: TSourcedOutcome, names: TNames): string {
  const where = WHERE[outcome.source] ?? "";
  if (outcome.actorUserId) return `by ${names.userName(outcome.actorUserId)}${where}`;
  if (outcome.source === "API") return "from your CRM through the API";
  if (outcome.source === "BOOKING") return outcome.repId ? `from a booking with ${names.repName(outcome.repId)}` : "from a booking";
  return outcome.repId ? `for ${names.repName(outcome.repId)}${where}` : where.trim();
}
