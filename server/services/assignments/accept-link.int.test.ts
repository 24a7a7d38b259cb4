// The emailed accept link (app/(public)/accept/[token]: its action calls acceptFromLinkToken) is
// the assigned rep's credential. Anonymous: accepted (byUserId null); signed in as the rep:
// accepted by them; signed in as anyone else (another rep, a user of another workspace): refused,
// nothing written, and the page's view tells who the link is for. A link to a lead that has left
// the rep (returned by them, reassigned) tells when, why and who has it now.
import { describe, expect, it } from "vitest";
import { makeMember, makeWorkspace } from "../../testing/factories";
import { BANK_VP, submitDemo, TEST_SECRET, useRoutingKit } from "../../testing/routing-kit";
import { acceptFromLinkToken, isOtherUserOnLink, loadAcceptLinkView, NOT_ASSIGNED_REP_MESSAGE } from "./accept-assignment";
import { createAcceptToken } from "./accept-token";
import { reassignUnaccepted } from "./follow-ups";
import { reassignLead } from "./reassign-lead";
import { returnLead } from "./return-lead";

// Tuesday 1 December 2026, 10:00 in New York.
const NOW = new Date("2026-12-01T15:00:00Z");
const at = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000);

const env = useRoutingKit();

const userIdOf = async (email: string) => (await env.testDb.db.user.findUniqueOrThrow({ where: { email } })).id;

/** A lead routed to Sarah, and her alert's link. */
async function sarahsLink() {
  const lead = await submitDemo(env.testDb, env.kit, BANK_VP, NOW);
  const assignment = lead.assignments[0]!;
  expect(assignment.repId).toBe(await env.kit.repIdOf("Sarah"));
  return { lead, assignmentId: assignment.id, token: createAcceptToken(assignment.id, at(60), TEST_SECRET) };
}

async function leadAfter(leadId: string) {
  const lead = await env.testDb.db.lead.findUniqueOrThrow({ where: { id: leadId }, include: { assignments: true, events: true } });
  return { status: lead.status, acceptedAt: lead.assignments.map((a) => a.acceptedAt), accepted: lead.events.filter((e) => e.type === "accepted") };
}

const accept = (token: string, visitorUserId: string | null) => acceptFromLinkToken(env.testDb.db, { token, secret: TEST_SECRET, visitorUserId, now: at(3), webhooks: env.kit.queue });

describe("the accept link", () => {
  it("attack: another rep of the workspace signed in opens Sarah's link and clicks Accept", async () => {
    const { lead, assignmentId, token } = await sarahsLink();
    const priya = await userIdOf("priya@demo.switchboard.dev");
    await expect(accept(token, priya)).rejects.toMatchObject({ code: "FORBIDDEN", message: NOT_ASSIGNED_REP_MESSAGE });
    expect(await leadAfter(lead.id)).toEqual({ status: "ASSIGNED", acceptedAt: [null], accepted: [] });
    // The page: the view names the rep's user, so Priya is shown nothing of the lead.
    const view = await loadAcceptLinkView(env.testDb.db, assignmentId);
    expect(view?.repUserId).toBe(await userIdOf("sarah@demo.switchboard.dev"));
    expect(isOtherUserOnLink(view!.repUserId, priya)).toBe(true);
  });

  it("attack: a user of another workspace signed in opens the link and clicks Accept", async () => {
    const { lead, token } = await sarahsLink();
    const other = await makeWorkspace(env.testDb.db, "Elsewhere");
    const { user } = await makeMember(env.testDb.db, other.id, "OWNER", "mallory");
    await expect(accept(token, user.id)).rejects.toMatchObject({ code: "FORBIDDEN", message: NOT_ASSIGNED_REP_MESSAGE });
    expect(await leadAfter(lead.id)).toEqual({ status: "ASSIGNED", acceptedAt: [null], accepted: [] });
  });

  it("not signed in: the token is the rep's credential (byUserId null)", async () => {
    const { lead, token } = await sarahsLink();
    expect(await accept(token, null)).toMatchObject({ repId: await env.kit.repIdOf("Sarah"), wasAlreadyAccepted: false });
    const after = await leadAfter(lead.id);
    expect(after.status).toBe("ACCEPTED");
    expect(after.accepted.map((e) => (e.data as { byUserId: unknown }).byUserId)).toEqual([null]);
  });

  it("signed in as the assigned rep: accepted by them", async () => {
    const { lead, assignmentId, token } = await sarahsLink();
    const sarah = await userIdOf("sarah@demo.switchboard.dev");
    expect(isOtherUserOnLink((await loadAcceptLinkView(env.testDb.db, assignmentId))!.repUserId, sarah)).toBe(false);
    expect(await accept(token, sarah)).toMatchObject({ repId: await env.kit.repIdOf("Sarah"), wasAlreadyAccepted: false });
    const after = await leadAfter(lead.id);
    expect(after.status).toBe("ACCEPTED");
    expect(after.accepted.map((e) => (e.data as { byUserId: unknown }).byUserId)).toEqual([sarah]);
  });

  it("a forged or expired token accepts nothing", async () => {
    const { lead, assignmentId } = await sarahsLink();
    expect(await accept(createAcceptToken(assignmentId, at(60), "x".repeat(40)), null)).toBeNull();
    expect(await accept(createAcceptToken(assignmentId, at(1), TEST_SECRET), null)).toBeNull();
    expect(await leadAfter(lead.id)).toMatchObject({ status: "ASSIGNED", accepted: [] });
  });
});

describe("the accept link of a lead that left the rep", () => {
  const ws = () => env.kit.workspaceId;
  const viewOf = async (assignmentId: string) => (await loadAcceptLinkView(env.testDb.db, assignmentId))!;

  it("returned by Sarah: says she returned it, when, and that Priya has it now (it said it went to another rep before it was accepted)", async () => {
    const { lead, assignmentId } = await sarahsLink();
    await returnLead(env.testDb.db, env.kit.deps, { workspaceId: ws(), leadId: lead.id, repUserId: await userIdOf("sarah@demo.switchboard.dev"), reason: "Not my territory", now: at(4) });
    const view = await viewOf(assignmentId);
    expect(view).toMatchObject({ state: "reassigned", repTimeZone: "America/New_York", moved: { at: at(4), why: "returned", holder: { kind: "rep", name: "Priya Patel" } } });
  });

  it("reassigned by a manager after Sarah accepted: reassigned (not returned), now with Tom", async () => {
    const { lead, assignmentId, token } = await sarahsLink();
    await accept(token, null);
    await reassignLead(env.testDb.db, env.kit.deps, { workspaceId: ws(), leadId: lead.id, toRepId: await env.kit.repIdOf("Tom"), reason: "Rebalancing", byUserId: null, now: at(10) });
    expect((await viewOf(assignmentId)).moved).toEqual({ at: at(10), why: "reassigned", holder: { kind: "rep", name: "Tom Becker" } });
  });

  it("not accepted in time: the SLA moved it to the next rep", async () => {
    const { assignmentId } = await sarahsLink();
    expect(await reassignUnaccepted(env.testDb.db, env.kit.deps, assignmentId, at(20))).toBe(true);
    expect((await viewOf(assignmentId)).moved).toMatchObject({ at: at(20), why: "sla", holder: { kind: "rep" } });
  });

  it("reassigned away and later back to Sarah: it says it came back to her", async () => {
    const { lead, assignmentId } = await sarahsLink();
    await reassignLead(env.testDb.db, env.kit.deps, { workspaceId: ws(), leadId: lead.id, toRepId: await env.kit.repIdOf("Tom"), reason: "Rebalancing", byUserId: null, now: at(10) });
    await reassignLead(env.testDb.db, env.kit.deps, { workspaceId: ws(), leadId: lead.id, toRepId: await env.kit.repIdOf("Sarah"), reason: "Back to Sarah", byUserId: null, now: at(20) });
    expect((await viewOf(assignmentId)).moved).toEqual({ at: at(10), why: "reassigned", holder: { kind: "you" } });
  });

  it("a current assignment has nothing moved", async () => {
    const { assignmentId } = await sarahsLink();
    expect(await viewOf(assignmentId)).toMatchObject({ state: "open", moved: null });
  });
});
