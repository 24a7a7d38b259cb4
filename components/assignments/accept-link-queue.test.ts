// The accept link's "backup queue" state links each signed-in member to what opens for them: a
// rep's lead page would be a 404 (they do not hold the lead), so a rep gets their inbox.
import { describe, expect, it } from "vitest";
import { ROLES, type TRole } from "@/server/domain/auth/roles";
import { acceptLinkMessage } from "./accept-link-message";
import { queueMessageFor } from "./accept-link-queue";

const LEAD = "lead_1";
const INBOX = { href: "/inbox", label: "Go to your inbox" };
const LEAD_PAGE = { href: `/leads/${LEAD}`, label: "Open the lead" };

describe("the backup queue state's link", () => {
  it.each<[TRole, { href: string; label: string }]>([
    ["REP", INBOX],
    ["MANAGER", LEAD_PAGE],
    ["ADMIN", LEAD_PAGE],
    ["OWNER", LEAD_PAGE],
    ["MARKETER", LEAD_PAGE],
  ])("%s → %o", (role, link) => {
    expect(queueMessageFor(role, LEAD).link).toEqual(link);
  });

  it("covers every role", () => {
    expect(new Set(ROLES)).toEqual(new Set(["REP", "MANAGER", "ADMIN", "OWNER", "MARKETER"]));
  });

  it("tells a rep no more than the lead page's instructions, and says who assigns it", () => {
    expect(queueMessageFor("REP", LEAD)).toEqual({ title: "This lead waits in the backup queue", text: "A manager assigns it to a rep. Leads assigned to you are in your inbox.", link: INBOX });
    expect(queueMessageFor("MANAGER", LEAD)).toEqual({ title: "This lead waits in the backup queue", text: "Assign it to a rep from the lead page.", link: LEAD_PAGE });
  });

  it("has the title a visitor not signed in sees (acceptLinkMessage keeps the lead page for them)", () => {
    const anonymous = acceptLinkMessage("valid", { state: "queue", leadId: LEAD, moved: null, repTimeZone: "UTC" });
    expect(anonymous?.title).toBe(queueMessageFor("REP", LEAD).title);
    expect(anonymous?.link).toEqual(LEAD_PAGE);
  });
});
