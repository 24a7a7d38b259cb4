// A high-value lead's provisional owner sees in their inbox that the lead awaits the manager's
// review, and until when: the loader returns the current assignment's flag and the end of its review
// window (the window its review request recorded, not a policy published since) with the rows it
// already reads. Approved, the row says nothing of a review; an ordinary lead never did.
import { describe, expect, it } from "vitest";
import { BANK_VP, submitDemo, useRoutingKit } from "../../testing/routing-kit";
import { approveProvisional } from "../assignments/review-decision";
import { listInbox } from "./list-inbox";

// Tuesday 1 December 2026, 10:00 in New York: the demo's reps are at work.
const NOW = new Date("2026-12-01T15:00:00Z");
const lane = process.env.TEST_DATABASE_URL ? "postgres" : "pglite";
const env = useRoutingKit();

async function ownersRow(leadId: string, ownerRepId: string) {
  const { db } = env.testDb;
  const { userId } = await db.repProfile.findUniqueOrThrow({ where: { id: ownerRepId }, select: { userId: true } });
  return (await listInbox(db, env.kit.workspaceId, userId, new Date(NOW.getTime() + 5 * 60_000))).items.find((i) => i.id === leadId);
}

describe(`the inbox row of a provisional lead (${lane})`, () => {
  it("says the lead is provisional until the review window its request recorded ends; approved, it is not", async () => {
    const { db } = env.testDb;
    const lead = await submitDemo(env.testDb, env.kit, { ...BANK_VP, budget: "150k_plus", email: "cfo@bigbank.com", company: "Big Bank" }, NOW);
    const assignment = lead.assignments[0]!;
    expect(assignment.isProvisional).toBe(true);
    // The demo's review window is 30 minutes: the deadline is its assignment's time + 30 min.
    expect(await ownersRow(lead.id, lead.ownerRepId!)).toMatchObject({ status: "ASSIGNED", isProvisional: true, isAccepted: false, reviewUntil: new Date(NOW.getTime() + 30 * 60_000) });

    const manager = await db.user.findUniqueOrThrow({ where: { email: "manager@demo.switchboard.dev" } });
    await approveProvisional(db, { workspaceId: env.kit.workspaceId, assignmentId: assignment.id, byUserId: manager.id, now: new Date(NOW.getTime() + 60_000) });
    expect(await ownersRow(lead.id, lead.ownerRepId!)).toMatchObject({ isProvisional: false, reviewUntil: null });
  });

  it("an ordinary lead is not provisional and has no review deadline", async () => {
    const lead = await submitDemo(env.testDb, env.kit, { ...BANK_VP, email: "cfo@smallbank.com", company: "Small Bank" }, NOW);
    expect(lead.assignments[0]!.isProvisional).toBe(false);
    expect(await ownersRow(lead.id, lead.ownerRepId!)).toMatchObject({ status: "ASSIGNED", isProvisional: false, reviewUntil: null });
  });
});
