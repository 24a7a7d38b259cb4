// The assignments procedures and the REP restriction of the leads procedures, through tRPC callers
// on a local router (the kit's follow-up deps and a fixed clock): who may accept, return,
// reassign and review; a REP sees only the leads it currently owns.
import { beforeEach, describe, expect, it } from "vitest";
import { assignmentsRouterWith } from "../../api/routers/assignments";
import { leadsRouter } from "../../api/routers/leads";
import { createCallerFactory, router } from "../../api/trpc";
import { contextFor } from "../../testing/factories";
import { BANK_VP, submitDemo, useRoutingKit } from "../../testing/routing-kit";

const NOW = new Date("2026-12-01T15:00:00Z");
let clock = NOW;
const env = useRoutingKit();

const createCaller = createCallerFactory(
  router({
    assignments: assignmentsRouterWith({ followUps: async () => env.kit.deps, now: () => clock }),
    leads: leadsRouter,
  }),
);

beforeEach(() => {
  clock = NOW;
});

async function callerOf(name: string) {
  const user = await env.testDb.db.user.findUniqueOrThrow({ where: { email: `${name}@demo.switchboard.dev` } });
  return createCaller(contextFor(env.testDb.db, user));
}

/** Sarah owns the bank VP's lead; Priya the second bank lead (Sarah is full after one). */
async function twoLeads() {
  await env.testDb.db.repProfile.update({ where: { id: await env.kit.repIdOf("Sarah") }, data: { maxOpenLeads: 1 } });
  const sarahs = await submitDemo(env.testDb, env.kit, BANK_VP, NOW);
  const priyas = await submitDemo(env.testDb, env.kit, { ...BANK_VP, email: "cfo@otherbank.com", full_name: "Carl Otto" }, NOW);
  expect(priyas.ownerRepId).toBe(await env.kit.repIdOf("Priya"));
  return { sarahs, priyas };
}

describe("REPs see only the leads they own", () => {
  it("in the list and one by one; managers see all, with owners and a status filter", async () => {
    const { sarahs, priyas } = await twoLeads();
    const sarah = await callerOf("sarah");
    expect((await sarah.leads.list({})).items.map((l) => [l.id, l.owner?.name, l.status])).toEqual([[sarahs.id, "Sarah Chen", "ASSIGNED"]]);
    expect((await sarah.leads.get({ leadId: sarahs.id })).owner).toMatchObject({ name: "Sarah Chen" });
    await expect(sarah.leads.get({ leadId: priyas.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(sarah.assignments.view({ leadId: priyas.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const manager = await callerOf("manager");
    expect((await manager.leads.list({})).items.map((l) => l.owner?.name).sort()).toEqual(["Priya Patel", "Sarah Chen"]);
    await sarah.assignments.accept({ leadId: sarahs.id });
    expect((await manager.leads.list({ status: "ACCEPTED" })).items.map((l) => l.id)).toEqual([sarahs.id]);
    expect((await manager.leads.list({ status: "FALLBACK" })).total).toBe(0);
    // Once returned, the lead is no longer Sarah's to read.
    await sarah.assignments.returnLead({ leadId: sarahs.id, reason: "Wrong region" });
    expect((await sarah.leads.list({})).total).toBe(0);
    await expect(sarah.leads.get({ leadId: sarahs.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("assignments procedures", () => {
  it("accept: the owner rep or a manager; not another rep or a marketer", async () => {
    const { sarahs, priyas } = await twoLeads();
    // Another rep's lead does not exist for a rep (no existence hint); a marketer sees leads but cannot accept.
    await expect((await callerOf("priya")).assignments.accept({ leadId: sarahs.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect((await callerOf("marketer")).assignments.accept({ leadId: sarahs.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    clock = new Date(NOW.getTime() + 192_000);
    expect(await (await callerOf("sarah")).assignments.accept({ leadId: sarahs.id })).toMatchObject({ timeToAcceptMs: 192_000 });
    expect(await (await callerOf("manager")).assignments.accept({ leadId: priyas.id })).toMatchObject({ repId: await env.kit.repIdOf("Priya") });
    const view = await (await callerOf("sarah")).assignments.view({ leadId: sarahs.id });
    expect(view).toMatchObject({ status: "ACCEPTED", owner: { name: "Sarah Chen" }, current: { acceptedAt: clock } });
    expect(view.current?.decision?.reasons.map((r) => r.code)).toEqual(expect.arrayContaining(["PATH_MATCHED", "LEAST_LOADED"]));
  });

  it("returnLead: only the owner rep", async () => {
    const { sarahs } = await twoLeads();
    await expect((await callerOf("priya")).assignments.returnLead({ leadId: sarahs.id, reason: "Mine now?" })).rejects.toMatchObject({ code: "NOT_FOUND", message: "Lead not found." });
    await expect((await callerOf("manager")).assignments.returnLead({ leadId: sarahs.id, reason: "Not a rep" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect((await callerOf("sarah")).assignments.returnLead({ leadId: sarahs.id, reason: "" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    const result = await (await callerOf("sarah")).assignments.returnLead({ leadId: sarahs.id, reason: "Wrong region" });
    expect(result.assignmentId).not.toBeNull();
    const lead = await env.testDb.db.lead.findUniqueOrThrow({ where: { id: sarahs.id } });
    expect(lead.ownerRepId).not.toBe(await env.kit.repIdOf("Sarah"));
  });

  it("reassign: managers only, to a named rep or the next best, with a reason", async () => {
    const { sarahs } = await twoLeads();
    for (const name of ["sarah", "marketer"]) {
      await expect((await callerOf(name)).assignments.reassign({ leadId: sarahs.id, toRepId: null, reason: "x" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    const manager = await callerOf("manager");
    const kenji = await env.kit.repIdOf("Kenji");
    await expect(manager.assignments.reassign({ leadId: sarahs.id, toRepId: kenji, reason: "" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await manager.assignments.reassign({ leadId: sarahs.id, toRepId: kenji, reason: "Speaks Japanese" });
    const view = await manager.assignments.view({ leadId: sarahs.id });
    expect(view.owner?.repId).toBe(kenji);
    expect(view.assignments.map((a) => [a.kind, a.isCurrent])).toEqual([["REASSIGNED", true], ["ROUTED", false]]);
    expect(view.current?.decision?.reasons[0]).toMatchObject({ code: "MANUAL_OVERRIDE", reason: "Speaks Japanese" });
    await manager.assignments.reassign({ leadId: sarahs.id, toRepId: null, reason: "Back to the rules" });
    expect((await manager.assignments.view({ leadId: sarahs.id })).owner?.repId).not.toBe(kenji);
  });

  it("reassign: a closed (won or lost) lead keeps its owner — it was made ASSIGNED again, in the new owner's open load", async () => {
    const { sarahs } = await twoLeads();
    await env.testDb.db.lead.update({ where: { id: sarahs.id }, data: { status: "CLOSED" } });
    const manager = await callerOf("manager");
    const kenji = await env.kit.repIdOf("Kenji");
    for (const toRepId of [kenji, null]) {
      await expect(manager.assignments.reassign({ leadId: sarahs.id, toRepId, reason: "x" })).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringMatching(/closed/) });
    }
    const lead = await env.testDb.db.lead.findUniqueOrThrow({ where: { id: sarahs.id } });
    expect([lead.status, lead.ownerRepId]).toEqual(["CLOSED", sarahs.ownerRepId]);
  });

  it("returnLead: a closed (won or lost) lead stays with its owner — returning re-routed it as ASSIGNED", async () => {
    const { sarahs } = await twoLeads();
    await env.testDb.db.lead.update({ where: { id: sarahs.id }, data: { status: "CLOSED" } });
    const sarah = await callerOf("sarah");
    await expect(sarah.assignments.returnLead({ leadId: sarahs.id, reason: "Wrong region" })).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringMatching(/closed/) });
    const lead = await env.testDb.db.lead.findUniqueOrThrow({ where: { id: sarahs.id } });
    expect([lead.status, lead.ownerRepId]).toEqual(["CLOSED", sarahs.ownerRepId]);
    expect(await env.testDb.db.leadAssignment.count({ where: { leadId: sarahs.id } })).toBe(1);
  });

  it("review: managers approve or change a provisional owner", async () => {
    const lead = await submitDemo(env.testDb, env.kit, { ...BANK_VP, budget: "150k_plus" }, NOW);
    const assignmentId = lead.assignments[0]!.id;
    const sarah = await callerOf("sarah");
    await expect(sarah.assignments.approveReview({ assignmentId })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(sarah.assignments.changeReview({ assignmentId, toRepId: null, reason: "x" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    const manager = await callerOf("manager");
    const view = await manager.assignments.view({ leadId: lead.id });
    expect(view).toMatchObject({ reviewUntil: new Date(NOW.getTime() + 30 * 60_000), current: { isProvisional: true } });
    clock = new Date(NOW.getTime() + 5 * 60_000);
    await manager.assignments.changeReview({ assignmentId, toRepId: await env.kit.repIdOf("Priya"), reason: "Priya knows the bank" });
    expect((await manager.assignments.view({ leadId: lead.id })).owner?.name).toBe("Priya Patel");
    await expect(manager.assignments.approveReview({ assignmentId })).rejects.toMatchObject({ code: "CONFLICT" });
  });
});
