import { describe, expect, it } from "vitest";
import type { TAcceptLinkMove, TAcceptLinkView } from "@/server/services/assignments/accept-assignment";
import { acceptLinkMessage, linkTime } from "./accept-link-message";

const LEAD = "lead_1";
const view = (state: TAcceptLinkView["state"], moved: TAcceptLinkMove | null = null): Pick<TAcceptLinkView, "state" | "leadId" | "moved" | "repTimeZone"> => ({
  state,
  leadId: LEAD,
  moved,
  repTimeZone: "America/New_York",
});
// Friday 4 December 2026, 09:40 in New York.
const AT = new Date("2026-12-04T14:40:00Z");
const WHEN = "Friday, 4 December 2026, 09:40 New York (GMT−5)";
const INBOX = { href: "/inbox", label: "Go to your inbox" };
const LEAD_PAGE = { href: `/leads/${LEAD}`, label: "Open the lead" };

describe("the accept link page's message", () => {
  it.each([
    ["valid", "open", null],
    ["valid", "accepted", null],
    ["expired", "accepted", "This lead was accepted"],
    ["valid", "reassigned", "This lead was reassigned"],
    // The SLA deadline passed and the lead moved on: say so, not only "expired".
    ["expired", "reassigned", "This lead was reassigned"],
    ["expired", "open", "This accept link has expired"],
    ["expired", "rep_left", "This lead can no longer be accepted here"],
    ["valid", "queue", "This lead waits in the backup queue"],
  ] as const)("token %s, assignment %s → %s", (token, state, title) => {
    expect(acceptLinkMessage(token, view(state))?.title ?? null).toBe(title);
  });

  it("says the lead is gone when its assignment is", () => {
    expect(acceptLinkMessage("expired", null)).toMatchObject({ title: "Lead not found", link: { href: "/leads" } });
  });

  // A lead that left the rep: what happened, when (in their zone), who has it now — and a link
  // that works for them (the lead page was a 404 once it was not theirs).
  it.each<[string, TAcceptLinkMove, { title: string; text: string; link: { href: string; label: string } }]>([
    [
      "returned by the rep, now with the next rep",
      { at: AT, why: "returned", holder: { kind: "rep", name: "Priya Patel" } },
      { title: "You returned this lead", text: `You returned it on ${WHEN}. It is now with Priya Patel.`, link: INBOX },
    ],
    [
      "returned, nobody could take it: the backup queue",
      { at: AT, why: "returned", holder: { kind: "queue" } },
      { title: "You returned this lead", text: `You returned it on ${WHEN}. It now waits in the backup queue for a manager to assign it.`, link: INBOX },
    ],
    [
      "reassigned by a manager",
      { at: AT, why: "reassigned", holder: { kind: "rep", name: "Kenji Sato" } },
      { title: "This lead was reassigned", text: `It was reassigned on ${WHEN}. It is now with Kenji Sato.`, link: INBOX },
    ],
    [
      "not accepted in time: the SLA moved it",
      { at: AT, why: "sla", holder: { kind: "rep", name: "Tom Becker" } },
      { title: "This lead was reassigned", text: `It was not accepted in time, so on ${WHEN} it went to the next rep. It is now with Tom Becker.`, link: INBOX },
    ],
    [
      "reassigned, later given back to the rep: the lead page works again",
      { at: AT, why: "reassigned", holder: { kind: "you" } },
      { title: "This lead was reassigned", text: `It was reassigned on ${WHEN}. It has since come back to you.`, link: LEAD_PAGE },
    ],
    [
      "reassigned, then out of every rep's hands (nurture)",
      { at: AT, why: "reassigned", holder: { kind: "nobody" } },
      { title: "This lead was reassigned", text: `It was reassigned on ${WHEN}. It is no longer assigned to a rep.`, link: INBOX },
    ],
  ])("%s", (_name, moved, expected) => {
    expect(acceptLinkMessage("valid", view("reassigned", moved))).toEqual(expected);
    expect(acceptLinkMessage("expired", view("reassigned", moved))).toEqual(expected);
  });

  it("never links a reassigned lead's page unless it came back to the rep", () => {
    expect(acceptLinkMessage("valid", view("reassigned"))?.link).toEqual(INBOX);
  });
});

describe("linkTime", () => {
  it.each([
    [AT, "America/New_York", WHEN],
    [AT, "Asia/Tokyo", "Friday, 4 December 2026, 23:40 Tokyo (GMT+9)"],
    // Summer time: the offset at the instant said.
    [new Date("2026-07-03T13:40:00Z"), "America/New_York", "Friday, 3 July 2026, 09:40 New York (GMT−4)"],
    [AT, "Asia/Calcutta", "Friday, 4 December 2026, 20:10 Kolkata (GMT+5:30)"],
    [AT, "Not/AZone", "Friday, 4 December 2026, 14:40 UTC (GMT+0)"],
  ])("%s in %s → %s", (at, zone, text) => {
    expect(linkTime(at, zone)).toBe(text);
  });
});
