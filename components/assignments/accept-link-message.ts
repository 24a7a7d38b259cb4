// What the accept link's page says, from the token check and the assignment's state. An expired
// link (its deadline passed) still says what became of the lead — reassigned to the next rep,
// already accepted — rather than only "expired": a rep who opens yesterday's alert learns why.
import type { TAcceptLinkView } from "@/server/services/assignments/accept-assignment";

export type TAcceptLinkMessage = { title: string; text: string; showsLead: boolean };

/** The page's message, or null when it shows the lead (open: the Accept button; accepted: its time). */
export function acceptLinkMessage(tokenState: "valid" | "expired", view: Pick<TAcceptLinkView, "state"> | null): TAcceptLinkMessage | null {
  if (!view) return { title: "Lead not found", text: "This lead no longer exists.", showsLead: false };
  switch (view.state) {
    case "reassigned":
      return { title: "This lead was reassigned", text: "It went to another rep before it was accepted, so it is no longer yours to accept.", showsLead: true };
    case "rep_left":
      return { title: "This lead can no longer be accepted here", text: "Its rep is no longer an active member of the workspace; a manager reassigns it.", showsLead: false };
    case "queue":
      return { title: "This lead waits in the backup queue", text: "Assign it to a rep from the lead page.", showsLead: true };
    case "accepted":
      // An expired link shows nothing of the lead any more (it is a bearer link): only that it was accepted.
      return tokenState === "expired" ? { title: "This lead was accepted", text: "Open the lead in Switchboard to work it.", showsLead: true } : null;
    case "open":
      return tokenState === "expired" ? { title: "This accept link has expired", text: "Open the lead in Switchboard to see who owns it now.", showsLead: true } : null;
  }
}
