// The accept link's "backup queue" state (no routing path placed the lead; its queue owner, a
// manager, assigns it) says the same to everyone, but its one link follows who is looking: a rep
// cannot open a lead they do not hold (the lead page is a 404 for them), so a rep is sent to their
// inbox, as the link's other states do; a member who can read every lead (owner, admin, manager,
// marketer) gets the lead page, where a manager assigns it. A visitor not signed in keeps the lead
// page (acceptLinkMessage): the link was mailed to the queue's owner, whom routing requires to be
// an owner, admin or manager, and signing in brings them back to it.
import type { TRole } from "@/server/domain/auth/roles";
import type { TAcceptLinkMessage } from "./accept-link-message";

const TITLE = "This lead waits in the backup queue";

/** The queue state's message for a signed-in member of the lead's workspace with `role`. */
export function queueMessageFor(role: TRole, leadId: string): TAcceptLinkMessage {
  if (role === "REP") return { title: TITLE, text: "A manager assigns it to a rep. Leads assigned to you are in your inbox.", link: { href: "/inbox", label: "Go to your inbox" } };
  return { title: TITLE, text: "Assign it to a rep from the lead page.", link: { href: `/leads/${leadId}`, label: "Open the lead" } };
}
