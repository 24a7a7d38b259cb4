// What the accept link's page says, from the token check and the assignment's state. An expired
// link (its deadline passed) still says what became of the lead — reassigned to the next rep,
// already accepted — rather than only "expired": a rep who opens yesterday's alert learns why.
// A lead that left the rep (they returned it, a manager or the SLA moved it) says when, why and
// who holds it now — in the rep's time zone — and links to their inbox: the lead itself is no
// longer theirs to read (its page would be a 404), unless it has since come back to them.
import type { TAcceptLinkMove, TAcceptLinkView } from "@/server/services/assignments/accept-assignment";
import { zoneName } from "@/server/domain/time/zone-name";

export type TAcceptLinkMessage = { title: string; text: string; link: { href: string; label: string } };

const LEADS_LINK = { href: "/leads", label: "Go to your leads" };
const INBOX_LINK = { href: "/inbox", label: "Go to your inbox" };
/** No assignment behind the token any more (the lead was deleted). */
export const LEAD_GONE_MESSAGE: TAcceptLinkMessage = { title: "Lead not found", text: "This lead no longer exists.", link: LEADS_LINK };
const leadLink = (leadId: string) => ({ href: `/leads/${leadId}`, label: "Open the lead" });

/** "Friday, 4 December 2026, 09:40 New York (GMT−5)": an instant in the rep's zone, named with its offset then (UTC when the zone is unknown). */
export function linkTime(at: Date, timeZone: string): string {
  const format = (zone: string) =>
    `${new Intl.DateTimeFormat("en-GB", { timeZone: zone, weekday: "long", day: "numeric", month: "long", year: "numeric" }).format(at)}, ${new Intl.DateTimeFormat("en-GB", { timeZone: zone, hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(at)} ${zoneName(zone, at)}`;
  try {
    return format(timeZone);
  } catch {
    return format("UTC");
  }
}

function holderText(holder: TAcceptLinkMove["holder"]): string {
  switch (holder.kind) {
    case "rep":
      return `It is now with ${holder.name}.`;
    case "you":
      return "It has since come back to you.";
    case "queue":
      return "It now waits in the backup queue for a manager to assign it.";
    case "nobody":
      return "It is no longer assigned to a rep.";
  }
}

/** The lead left the rep: returned by them, moved by the SLA, or reassigned. */
function movedMessage(view: Pick<TAcceptLinkView, "leadId" | "moved" | "repTimeZone">): TAcceptLinkMessage {
  const moved = view.moved;
  if (!moved) return { title: "This lead was reassigned", text: "It is no longer assigned to you.", link: INBOX_LINK };
  const when = linkTime(moved.at, view.repTimeZone);
  const now = holderText(moved.holder);
  const link = moved.holder.kind === "you" ? leadLink(view.leadId) : INBOX_LINK;
  switch (moved.why) {
    case "returned":
      return { title: "You returned this lead", text: `You returned it on ${when}. ${now}`, link };
    case "sla":
      return { title: "This lead was reassigned", text: `It was not accepted in time, so on ${when} it went to the next rep. ${now}`, link };
    case "reassigned":
      return { title: "This lead was reassigned", text: `It was reassigned on ${when}. ${now}`, link };
  }
}

/** The page's message, or null when it shows the lead (open: the Accept button; accepted: its time). */
export function acceptLinkMessage(tokenState: "valid" | "expired", view: Pick<TAcceptLinkView, "state" | "leadId" | "moved" | "repTimeZone"> | null): TAcceptLinkMessage | null {
  if (!view) return LEAD_GONE_MESSAGE;
  switch (view.state) {
    case "reassigned":
      return movedMessage(view);
    case "rep_left":
      return { title: "This lead can no longer be accepted here", text: "Its rep is no longer an active member of the workspace; a manager reassigns it.", link: LEADS_LINK };
    case "queue":
      return { title: "This lead waits in the backup queue", text: "Assign it to a rep from the lead page.", link: leadLink(view.leadId) };
    case "accepted":
      // An expired link shows nothing of the lead any more (it is a bearer link): only that it was accepted.
      return tokenState === "expired" ? { title: "This lead was accepted", text: "Open the lead in Switchboard to work it.", link: leadLink(view.leadId) } : null;
    case "open":
      return tokenState === "expired" ? { title: "This accept link has expired", text: "Open the lead in Switchboard to see who owns it now.", link: leadLink(view.leadId) } : null;
  }
}
