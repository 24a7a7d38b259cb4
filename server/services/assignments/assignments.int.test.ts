// The human element on the seeded demo workspace with a controllable clock: accepting (time to
// accept, idempotent, only the current assignment), returning a lead, the manager's review of a
// provisional owner, and the accept link's read-only view.
import { describe, expect, it } from "vitest";
import { BANK_VP, runAfterCommitJobs, submitDemo, useRoutingKit } from "../../testing/routing-kit";
import { acceptAssignment, loadAcceptLinkView, REP_LEFT_MESSAGE } from "./accept-assignment";
import { autoConfirmReview, reassignUnaccepted } from "./follow-ups";
import { returnLead } from "./return-lead";
import { approveProvisional, changeProvisional } from "./review-decision";

// Tuesday 1 December 2026, 10:00 in New York.
const NOW = new Date("2026-12-01T15:00:00Z");
const at = (minutes: number, seconds = 0) => new Date(NOW.getTime() + minutes * 60_000 + seconds * 1000);

const env = useRoutingKit();

const userIdOf = async (email: string) => (await env.testDb.db.user.findUniqueOrThrow({ where: { email } })).id;
const leadState = (leadId: string) =>
  env.testDb.db.lead.findUniqueOrThrow({ where: { id: leadId }, include: { assignments: { orderBy: [{ assignedAt: "asc" }, { id: "asc" }] }, events: { orderBy: [{ createdAt: "asc" }, { id: "asc" }] } } });

describe("accepting a lead", () => {
  it("records the time to accept, once", async () => {
    const lead = await submitDemo(env.testDb, env.kit, BANK_VP, NOW);
    const assignmentId = lead.assignments[0]!.id;
    const first = await acceptAssignment(env.testDb.db, { assignmentId, now: at(3, 12) });
    expect(first).toMatchObject({ assignmentId, leadId: lead.id, repId: await env.kit.repIdOf("Sarah"), timeToAcceptMs: 192_000, wasAlreadyAccepted: false });
    const again = await acceptAssignment(env.testDb.db, { assignmentId, byUserId: await userIdOf("sarah@demo.switchboard.dev"), now: at(9) });
    expect(again).toMatchObject({ timeToAcceptMs: 192_000, acceptedAt: at(3, 12), wasAlreadyAccepted: true });
    const after = await leadState(lead.id);
    expect(after.status).toBe("ACCEPTED");
    expect(after.assignments[0]!.acceptedAt).toEqual(at(3, 12));
    const accepted = after.events.filter((e) => e.type === "accepted");
    expect(accepted).toHaveLength(1);
    expect(accepted[0]!.data).toEqual({ assignmentId, repId: await env.kit.repIdOf("Sarah"), timeToAcceptMs: 192_000, byUserId: null });
  });

  it("refuses an assignment that is no longer current, and accepts the new one", async () => {
    const lead = await submitDemo(env.testDb, env.kit, BANK_VP, NOW);
    const first = lead.assignments[0]!.id;
    expect(await reassignUnaccepted(env.testDb.db, env.kit.deps, first, at(15))).toBe(true);
    await expect(acceptAssignment(env.testDb.db, { assignmentId: first, now: at(16) })).rejects.toMatchObject({ code: "CONFLICT", message: "This lead was reassigned" });
    const second = (await leadState(lead.id)).assignments.at(-1)!;
    expect(await acceptAssignment(env.testDb.db, { assignmentId: second.id, now: at(17) })).toMatchObject({ repId: await env.kit.repIdOf("Priya"), timeToAcceptMs: 120_000 });
    await expect(acceptAssignment(env.testDb.db, { assignmentId: "nope", now: at(17) })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("attack: a rep removed from the workspace accepts from the old alert's link", async () => {
    // It was accepted (the lead then sat with someone who cannot sign in, never SLA-reassigned),
    // and the link's page showed the lead's name, company and score to the former member.
    const lead = await submitDemo(env.testDb, env.kit, BANK_VP, NOW);
    const assignmentId = lead.assignments[0]!.id;
    await env.testDb.db.membership.deleteMany({ where: { userId: await userIdOf("sarah@demo.switchboard.dev"), workspaceId: env.kit.workspaceId } });
    await expect(acceptAssignment(env.testDb.db, { assignmentId, now: at(3) })).rejects.toMatchObject({ code: "CONFLICT", message: REP_LEFT_MESSAGE });
    const view = await loadAcceptLinkView(env.testDb.db, assignmentId);
    expect(view?.state).toBe("rep_left");
    expect((await leadState(lead.id)).status).toBe("ASSIGNED");
    // An inactive rep (still a member) likewise.
    const other = await submitDemo(env.testDb, env.kit, { ...BANK_VP, email: "cfo@secondbank.com" }, NOW);
    const otherAssignment = other.assignments[0]!;
    await env.testDb.db.repProfile.update({ where: { id: otherAssignment.repId! }, data: { isActive: false } });
    await expect(acceptAssignment(env.testDb.db, { assignmentId: otherAssignment.id, now: at(3) })).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("accepts a provisional assignment (the review still runs)", async () => {
    const lead = await submitDemo(env.testDb, env.kit, { ...BANK_VP, budget: "150k_plus" }, NOW);
    const assignment = lead.assignments[0]!;
    expect(assignment.isProvisional).toBe(true);
    await acceptAssignment(env.testDb.db, { assignmentId: assignment.id, now: at(1) });
    expect(await env.testDb.db.leadAssignment.findUniqueOrThrow({ where: { id: assignment.id } })).toMatchObject({ isProvisional: true, acceptedAt: at(1) });
  });

  it("the accept link's view reads without changing anything", async () => {
    const lead = await submitDemo(env.testDb, env.kit, BANK_VP, NOW);
    const assignmentId = lead.assignments[0]!.id;
    const view = await loadAcceptLinkView(env.testDb.db, assignmentId);
    expect(view).toMatchObject({ state: "open", leadId: lead.id, repName: "Sarah Chen", lead: { name: "Victoria Park", company: "First Bank" }, timeToAcceptMs: null });
    expect((await leadState(lead.id)).status).toBe("ASSIGNED");
    await acceptAssignment(env.testDb.db, { assignmentId, now: at(3, 12) });
    expect(await loadAcceptLinkView(env.testDb.db, assignmentId)).toMatchObject({ state: "accepted", timeToAcceptMs: 192_000 });
    expect(await loadAcceptLinkView(env.testDb.db, "nope")).toBeNull();
  });
});

describe("returning a lead", () => {
  it("the owner returns it: it goes to the next best rep, one current owner, on the timeline", async () => {
    const lead = await submitDemo(env.testDb, env.kit, BANK_VP, NOW);
    const sarah = await env.kit.repIdOf("Sarah");
    const result = await returnLead(env.testDb.db, env.kit.deps, { workspaceId: env.kit.workspaceId, leadId: lead.id, repUserId: await userIdOf("sarah@demo.switchboard.dev"), reason: " Conflict of interest ", now: at(2) });
    expect(result.decision?.repId).toBe(await env.kit.repIdOf("Priya"));
    const after = await leadState(lead.id);
    expect(after.ownerRepId).toBe(await env.kit.repIdOf("Priya"));
    expect(after.status).toBe("ASSIGNED");
    expect(after.assignments.filter((a) => a.isCurrent)).toHaveLength(1);
    expect(after.assignments[0]).toMatchObject({ repId: sarah, kind: "ROUTED", isCurrent: false, endedAt: at(2) });
    expect(after.assignments[1]).toMatchObject({ id: result.assignmentId, kind: "REASSIGNED", note: "Returned by Sarah Chen: Conflict of interest", isCurrent: true });
    const returned = after.events.find((e) => e.type === "returned");
    expect(returned?.data).toEqual({ assignmentId: lead.assignments[0]!.id, repId: sarah, reason: "Conflict of interest" });
    expect(after.events.map((e) => e.type).slice(-2)).toEqual(["returned", "reassigned"]);
    await runAfterCommitJobs(env.kit); // the alert is stored after commit, by its job
    expect(await env.testDb.db.emailMessage.count({ where: { template: "rep-alert", to: { has: "priya@demo.switchboard.dev" } } })).toBe(1);
  });

  it("anyone but the current owner is refused, and a reason is required", async () => {
    const lead = await submitDemo(env.testDb, env.kit, BANK_VP, NOW);
    const base = { workspaceId: env.kit.workspaceId, leadId: lead.id, reason: "Not mine", now: at(2) };
    // Another rep may not see the lead: not found, as for an unknown id. A manager sees it: forbidden.
    await expect(returnLead(env.testDb.db, env.kit.deps, { ...base, repUserId: await userIdOf("priya@demo.switchboard.dev") })).rejects.toMatchObject({ code: "NOT_FOUND", message: "Lead not found." });
    await expect(returnLead(env.testDb.db, env.kit.deps, { ...base, repUserId: await userIdOf("manager@demo.switchboard.dev") })).rejects.toMatchObject({ code: "FORBIDDEN" });
    const sarahUser = await userIdOf("sarah@demo.switchboard.dev");
    await expect(returnLead(env.testDb.db, env.kit.deps, { ...base, repUserId: sarahUser, reason: "  " })).rejects.toMatchObject({ code: "VALIDATION" });
    await expect(returnLead(env.testDb.db, env.kit.deps, { ...base, workspaceId: "other", repUserId: sarahUser })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const after = await leadState(lead.id);
    expect(after.ownerRepId).toBe(await env.kit.repIdOf("Sarah"));
    expect(after.assignments).toHaveLength(1);
    expect(after.events.some((e) => e.type === "returned")).toBe(false);
  });
});

describe("the manager's review of a provisional owner", () => {
  const highValue = { ...BANK_VP, budget: "150k_plus" };

  it("approves within the window (once)", async () => {
    const lead = await submitDemo(env.testDb, env.kit, highValue, NOW);
    const assignmentId = lead.assignments[0]!.id;
    const manager = await userIdOf("manager@demo.switchboard.dev");
    expect(await approveProvisional(env.testDb.db, { workspaceId: env.kit.workspaceId, assignmentId, byUserId: manager, now: at(10) })).toEqual({ assignmentId, wasAlreadyApproved: false });
    expect(await approveProvisional(env.testDb.db, { workspaceId: env.kit.workspaceId, assignmentId, byUserId: manager, now: at(11) })).toEqual({ assignmentId, wasAlreadyApproved: true });
    expect(await env.testDb.db.leadAssignment.findUniqueOrThrow({ where: { id: assignmentId } })).toMatchObject({ isProvisional: false, isCurrent: true });
    expect(await autoConfirmReview(env.testDb.db, assignmentId, at(31))).toBe(false);
    const events = (await leadState(lead.id)).events.filter((e) => e.type.startsWith("review_"));
    expect(events.map((e) => e.type)).toEqual(["review_requested", "review_approved"]);
    expect(events[1]!.data).toEqual({ assignmentId, repId: await env.kit.repIdOf("Sarah"), byUserId: manager });
  });

  it("changes the owner within the window", async () => {
    const lead = await submitDemo(env.testDb, env.kit, highValue, NOW);
    const assignmentId = lead.assignments[0]!.id;
    const priya = await env.kit.repIdOf("Priya");
    const manager = await userIdOf("manager@demo.switchboard.dev");
    const result = await changeProvisional(env.testDb.db, env.kit.deps, { workspaceId: env.kit.workspaceId, assignmentId, toRepId: priya, byUserId: manager, now: at(10), reason: "Priya knows First Bank" });
    const after = await leadState(lead.id);
    expect(after.ownerRepId).toBe(priya);
    expect(after.assignments.filter((a) => a.isCurrent)).toEqual([expect.objectContaining({ id: result.assignmentId, repId: priya, isProvisional: false })]);
    const changed = after.events.find((e) => e.type === "review_changed");
    expect(changed?.data).toMatchObject({ assignmentId, fromRepId: await env.kit.repIdOf("Sarah"), repId: priya, newAssignmentId: result.assignmentId, byUserId: manager });
    // The old assignment's auto-confirmation has nothing left to do.
    expect(await autoConfirmReview(env.testDb.db, assignmentId, at(31))).toBe(false);
    await expect(approveProvisional(env.testDb.db, { workspaceId: env.kit.workspaceId, assignmentId, byUserId: manager, now: at(12) })).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("after the window (auto-confirmed or not yet) both answer CONFLICT", async () => {
    const lead = await submitDemo(env.testDb, env.kit, highValue, NOW);
    const assignmentId = lead.assignments[0]!.id;
    const manager = await userIdOf("manager@demo.switchboard.dev");
    const priya = await env.kit.repIdOf("Priya");
    const approve = (now: Date) => approveProvisional(env.testDb.db, { workspaceId: env.kit.workspaceId, assignmentId, byUserId: manager, now });
    const change = (now: Date) => changeProvisional(env.testDb.db, env.kit.deps, { workspaceId: env.kit.workspaceId, assignmentId, toRepId: priya, byUserId: manager, now, reason: "Too late" });
    await expect(approve(at(30))).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringContaining("auto-confirmed") });
    expect(await autoConfirmReview(env.testDb.db, assignmentId, at(31))).toBe(true);
    await expect(approve(at(31))).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringContaining("auto-confirmed") });
    await expect(change(at(31))).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringContaining("auto-confirmed") });
    expect((await leadState(lead.id)).ownerRepId).toBe(await env.kit.repIdOf("Sarah"));
    await expect(approveProvisional(env.testDb.db, { workspaceId: "other", assignmentId, byUserId: manager, now: at(5) })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
