// A person giving a lead to a rep (reassigning from the dashboard or `POST /api/v1/leads/{id}/reassign`,
// approving or changing a review's owner) cannot give it to someone who cannot work leads: a
// Marketer whose rep profile is still active from when they were a Sales rep is a CONFLICT saying
// so, a former member's rep is refused too, and the "Assign to…" choices leave both out. The seeded
// demo workspace; PGlite, or PostgreSQL with TEST_DATABASE_URL.
import { beforeEach, describe, expect, it } from "vitest";
import { assignmentsRouterWith } from "../../api/routers/assignments";
import { handleReassignLead } from "../../api/rest/handle-reassign";
import { createCallerFactory, router } from "../../api/trpc";
import type { TApiErrorBody } from "../../domain/forms/submission-contract";
import { apiRequest, readJson, startApiKit } from "../../testing/api-kit";
import { contextFor } from "../../testing/factories";
import { BANK_VP, submitDemo, useRoutingKit } from "../../testing/routing-kit";

const NOW = new Date("2026-12-01T15:00:00Z");
const lane = process.env.TEST_DATABASE_URL ? "postgres" : "pglite";
const env = useRoutingKit(startApiKit);
const MIA = "Mia Marketer is a Marketer and cannot work leads: make them a Sales rep first";

const createCaller = createCallerFactory(router({ assignments: assignmentsRouterWith({ followUps: async () => env.kit.deps, now: () => NOW }) }));
const userOf = (email: string) => env.testDb.db.user.findUniqueOrThrow({ where: { email } });
const managerCaller = async () => createCaller(contextFor(env.testDb.db, await userOf("manager@demo.switchboard.dev")));
const setRole = async (email: string, role: "REP" | "MARKETER") =>
  env.testDb.db.membership.updateMany({ where: { workspaceId: env.kit.workspaceId, userId: (await userOf(email)).id }, data: { role } });
const ownership = (leadId: string) => env.testDb.db.lead.findUniqueOrThrow({ where: { id: leadId }, select: { ownerRepId: true, assignments: { select: { id: true } } } });

let miaRepId: string;
beforeEach(async () => {
  // Mia was a Sales rep: her rep profile stayed active when she was made a Marketer.
  const mia = await userOf("marketer@demo.switchboard.dev");
  miaRepId = (await env.testDb.db.repProfile.create({ data: { workspaceId: env.kit.workspaceId, userId: mia.id, timeZone: "UTC", workingHours: [], isActive: true }, select: { id: true } })).id;
});

describe(`reassigning to a rep who cannot work leads (${lane})`, () => {
  it("the dashboard: CONFLICT saying why, nothing changes, and the picker does not offer her; as a Sales rep she is offered and takes it", async () => {
    const lead = await submitDemo(env.testDb, env.kit, BANK_VP, NOW);
    const before = await ownership(lead.id);
    const manager = await managerCaller();
    expect((await manager.assignments.view({ leadId: lead.id })).activeReps.map((r) => r.name)).not.toContain("Mia Marketer");
    await expect(manager.assignments.reassign({ leadId: lead.id, toRepId: miaRepId, reason: "Knows the bank" })).rejects.toMatchObject({ code: "CONFLICT", message: MIA });
    expect(await ownership(lead.id)).toEqual(before);

    await setRole("marketer@demo.switchboard.dev", "REP");
    expect((await manager.assignments.view({ leadId: lead.id })).activeReps.map((r) => r.name)).toContain("Mia Marketer");
    await manager.assignments.reassign({ leadId: lead.id, toRepId: miaRepId, reason: "Knows the bank" });
    expect((await ownership(lead.id)).ownerRepId).toBe(miaRepId);
  });

  it("POST /api/v1/leads/{id}/reassign: 409 with the detail at toRepId", async () => {
    const lead = await submitDemo(env.testDb, env.kit, BANK_VP, NOW);
    const request = apiRequest("POST", `/leads/${lead.id}/reassign`, { key: env.kit.key, body: { toRepId: miaRepId, reason: "Knows the bank" } });
    const { status, json } = await readJson<TApiErrorBody>(await handleReassignLead(env.testDb.db, request, lead.id, NOW, env.kit.deps));
    expect(status).toBe(409);
    expect(json.error).toMatchObject({ code: "CONFLICT", message: MIA, details: [{ path: "toRepId", message: MIA }] });
    expect((await ownership(lead.id)).ownerRepId).toBe(lead.ownerRepId);
  });

  it("a former member's rep profile (still active) is refused and not offered", async () => {
    const lead = await submitDemo(env.testDb, env.kit, BANK_VP, NOW);
    const kenji = await env.kit.repIdOf("Kenji");
    await env.testDb.db.membership.deleteMany({ where: { workspaceId: env.kit.workspaceId, userId: (await userOf("kenji@demo.switchboard.dev")).id } });
    const manager = await managerCaller();
    expect((await manager.assignments.view({ leadId: lead.id })).activeReps.map((r) => r.id)).not.toContain(kenji);
    await expect(manager.assignments.reassign({ leadId: lead.id, toRepId: kenji, reason: "Speaks Japanese" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect((await ownership(lead.id)).ownerRepId).toBe(lead.ownerRepId);
  });
});

describe(`the review of a provisional owner (${lane})`, () => {
  const highValue = { ...BANK_VP, budget: "150k_plus" };

  it("changing the owner to a Marketer's rep profile: CONFLICT; to a Sales rep: done", async () => {
    const lead = await submitDemo(env.testDb, env.kit, highValue, NOW);
    const assignmentId = lead.assignments[0]!.id;
    const manager = await managerCaller();
    await expect(manager.assignments.changeReview({ assignmentId, toRepId: miaRepId, reason: "Knows the bank" })).rejects.toMatchObject({ code: "CONFLICT", message: MIA });
    expect(await ownership(lead.id)).toEqual({ ownerRepId: lead.ownerRepId, assignments: [{ id: assignmentId }] });
    await manager.assignments.changeReview({ assignmentId, toRepId: await env.kit.repIdOf("Priya"), reason: "Priya knows the bank" });
    expect((await ownership(lead.id)).ownerRepId).toBe(await env.kit.repIdOf("Priya"));
  });

  it("approving a provisional owner who was made a Marketer since: CONFLICT, still provisional; approved once a Sales rep again", async () => {
    const lead = await submitDemo(env.testDb, env.kit, highValue, NOW);
    const assignment = lead.assignments[0]!;
    expect(assignment).toMatchObject({ isProvisional: true, repId: await env.kit.repIdOf("Sarah") });
    await setRole("sarah@demo.switchboard.dev", "MARKETER");
    const manager = await managerCaller();
    const sarah = "Sarah Chen is a Marketer and cannot work leads: make them a Sales rep first";
    await expect(manager.assignments.approveReview({ assignmentId: assignment.id })).rejects.toMatchObject({ code: "CONFLICT", message: sarah });
    expect(await env.testDb.db.leadAssignment.findUniqueOrThrow({ where: { id: assignment.id } })).toMatchObject({ isProvisional: true, isCurrent: true });
    await setRole("sarah@demo.switchboard.dev", "REP");
    expect(await manager.assignments.approveReview({ assignmentId: assignment.id })).toEqual({ assignmentId: assignment.id, wasAlreadyApproved: false });
  });
});
