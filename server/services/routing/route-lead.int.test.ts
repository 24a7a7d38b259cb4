// Routing the story on the seeded demo workspace, through the real submission service, with a
// controllable clock: Sarah gets the bank VP; Priya when Sarah is full (and why); Kenji the APAC
// lead at 3 AM New York; the startup goes to nurture; alerts, SLA and review follow-ups.
import { describe, expect, it, vi } from "vitest";
import type { TRoutingDecision } from "../../domain/routing/routing-types";
import { unlimitedRateLimits } from "../rate-limit/rate-limits";
import { autoConfirmReview, reassignUnaccepted, remindUnaccepted } from "../assignments/follow-ups";
import { BANK_VP, runAfterCommitJobs, submitDemo, useRoutingKit } from "../../testing/routing-kit";
import type { TAssignedJob } from "./follow-up-jobs";
import { readStoredDecision } from "../../domain/routing/stored-decision";

// Tuesday 1 December 2026, 10:00 in New York (15:00 UTC; 00:00 Wednesday in Tokyo).
const NY_MORNING = new Date("2026-12-01T15:00:00Z");
// Tuesday 1 December 2026, 03:00 in New York = 17:00 in Tokyo.
const NY_3AM = new Date("2026-12-01T08:00:00Z");

const env = useRoutingKit();

const codes = (decision: unknown) => (decision as TRoutingDecision).reasons.map((r) => r.code);

describe("routing the story", () => {
  it("a 500-person financial-services lead with budget authority goes to Sarah, with the reasons", async () => {
    const lead = await submitDemo(env.testDb, env.kit, BANK_VP, NY_MORNING);
    expect(lead.status).toBe("ASSIGNED");
    expect(lead.ownerRepId).toBe(await env.kit.repIdOf("Sarah"));
    const decision = lead.assignments[0]!.decision as unknown as TRoutingDecision;
    expect(decision.pathName).toBe("Enterprise");
    expect(codes(decision)).toEqual(expect.arrayContaining(["PATH_MATCHED", "MATCHED", "AVAILABLE_NOW", "LEAST_LOADED"]));
    const alert = await env.testDb.db.emailMessage.findFirstOrThrow({ where: { template: "rep-alert" } });
    expect(alert.to).toEqual(["sarah@demo.switchboard.dev"]);
    expect(alert.text).toContain("Routed to Sarah Chen");
    expect(alert.text).toContain("/accept/");
  });

  it("with Sarah at capacity the lead goes to the next best rep and says why Sarah was skipped", async () => {
    const sarah = await env.kit.repIdOf("Sarah");
    await env.testDb.db.repProfile.update({ where: { id: sarah }, data: { maxOpenLeads: 1 } });
    await submitDemo(env.testDb, env.kit, BANK_VP, NY_MORNING);
    const second = await submitDemo(env.testDb, env.kit, { ...BANK_VP, email: "cfo@otherbank.com" }, NY_MORNING);
    expect(second.ownerRepId).toBe(await env.kit.repIdOf("Priya"));
    // Stored with its skipped reps packed (stored-decision.ts), read back as the decision.
    expect(second.assignments[0]!.decision).toMatchObject({ skippedPacked: { reps: expect.arrayContaining([[sarah, 0, expect.any(Number)]]) } });
    expect(second.assignments[0]!.decision).not.toHaveProperty("skipped");
    const decision = readStoredDecision(second.assignments[0]!.decision)!;
    const sarahSkipped = decision.skipped.find((s) => s.repId === sarah);
    expect(sarahSkipped?.reasons[0]).toMatchObject({ code: "AT_CAPACITY_OPEN", open: 1, max: 1 });
  });

  it("a Tokyo lead at 3 AM New York time goes to Kenji", async () => {
    const lead = await submitDemo(env.testDb, env.kit, { ...BANK_VP, email: "cto@tokyo-corp.jp", region: "apac", industry: "manufacturing" }, NY_3AM);
    expect(lead.ownerRepId).toBe(await env.kit.repIdOf("Kenji"));
  });

  it("a startup lead goes to the nurture tier", async () => {
    const lead = await submitDemo(
      env.testDb,
      env.kit,
      { email: "sam@tiny.io", full_name: "Sam", role: "founder", authority: "decision_maker", company: "Tiny", company_size: "1-19", industry: "technology", region: "europe", start_when: "just_exploring" },
      NY_MORNING,
    );
    expect(lead.tier).toBe("nurture");
    expect(lead.status).toBe("NURTURE");
    expect(lead.ownerRepId).toBeNull();
  });
});

describe("follow-ups with a controllable clock", () => {
  it("an unaccepted lead is reminded, then reassigned to the next best rep, all on the timeline", async () => {
    const lead = await submitDemo(env.testDb, env.kit, BANK_VP, NY_MORNING);
    const first = lead.assignments[0]!;
    expect(await remindUnaccepted(env.testDb.db, env.kit.deps, first.id, new Date(NY_MORNING.getTime() + 5 * 60_000))).toBe(true);
    await runAfterCommitJobs(env.kit);
    expect(await env.testDb.db.emailMessage.count({ where: { template: "rep-alert", to: { has: "sarah@demo.switchboard.dev" } } })).toBe(2);
    expect(await reassignUnaccepted(env.testDb.db, env.kit.deps, first.id, new Date(NY_MORNING.getTime() + 15 * 60_000))).toBe(true);
    const after = await env.testDb.db.lead.findUniqueOrThrow({ where: { id: lead.id }, include: { assignments: { orderBy: { assignedAt: "asc" } }, events: true } });
    expect(after.ownerRepId).toBe(await env.kit.repIdOf("Priya"));
    expect(after.assignments.filter((a) => a.isCurrent)).toHaveLength(1);
    expect(after.assignments.at(-1)).toMatchObject({ kind: "SLA_REASSIGNED", note: "Not accepted in time" });
    expect(after.events.map((e) => e.type)).toEqual(expect.arrayContaining(["routed", "sla_reminded", "reassigned"]));
    // A second run of the same job changes nothing.
    expect(await reassignUnaccepted(env.testDb.db, env.kit.deps, first.id, new Date(NY_MORNING.getTime() + 16 * 60_000))).toBe(false);
  });

  it("an accepted lead is neither reminded nor reassigned", async () => {
    const lead = await submitDemo(env.testDb, env.kit, BANK_VP, NY_MORNING);
    await env.testDb.db.leadAssignment.update({ where: { id: lead.assignments[0]!.id }, data: { acceptedAt: NY_MORNING } });
    expect(await remindUnaccepted(env.testDb.db, env.kit.deps, lead.assignments[0]!.id, NY_MORNING)).toBe(false);
    expect(await reassignUnaccepted(env.testDb.db, env.kit.deps, lead.assignments[0]!.id, NY_MORNING)).toBe(false);
  });

  it("a high-value lead gets a provisional owner, the manager is asked, and it auto-confirms after the window", async () => {
    const lead = await submitDemo(env.testDb, env.kit, { ...BANK_VP, budget: "150k_plus" }, NY_MORNING);
    const assignment = lead.assignments[0]!;
    expect(assignment.isProvisional).toBe(true);
    expect(await env.testDb.db.emailMessage.count({ where: { template: "review-request", to: { has: "manager@demo.switchboard.dev" } } })).toBe(1);
    // The review request names the lead it is about (a reviewer with several waiting tells them apart).
    const review = await env.testDb.db.emailMessage.findFirstOrThrow({ where: { template: "review-request" }, select: { subject: true } });
    expect(review.subject).toMatch(/^Review a high-value lead: Victoria Park \(First Bank\) \(est\. /);
    expect(await autoConfirmReview(env.testDb.db, assignment.id, new Date(NY_MORNING.getTime() + 31 * 60_000))).toBe(true);
    expect(await env.testDb.db.leadAssignment.findUniqueOrThrow({ where: { id: assignment.id } })).toMatchObject({ isProvisional: false, isCurrent: true });
    expect(await env.testDb.db.leadEvent.count({ where: { leadId: lead.id, type: "review_auto_confirmed" } })).toBe(1);
  });
});

describe("nothing slow under the routing lock", () => {
  it("routing writes only a job row for the alert; the job renders and stores it after commit, once even when run twice", async () => {
    const { submitForm } = await import("../submissions/submit-form");
    const result = await submitForm(env.testDb.db, {
      slug: "demo",
      body: { answers: BANK_VP, context: { fillTimeMs: 20_000, source: "api" } },
      idempotencyKey: null,
      ip: "10.0.0.9",
      now: NY_MORNING,
      rateLimit: unlimitedRateLimits().formSubmission,
      routing: env.kit.deps,
    });
    const lead = await env.testDb.db.lead.findUniqueOrThrow({ where: { id: result.response.leadId }, include: { assignments: true } });
    expect(lead.status).toBe("ASSIGNED");
    // Committed: the assignment and the follow-up job row naming it, but no rendered email and no timers yet.
    expect(await env.testDb.db.emailMessage.count()).toBe(0);
    const jobs = (name: string) => env.testDb.db.$queryRaw<{ data: { assignmentId: string } }[]>`SELECT data FROM pgboss.job WHERE name = ${name} AND state = 'created' AND data->>'workspaceId' = ${env.kit.workspaceId}`;
    expect((await jobs("routing.assigned")).map((j) => j.data.assignmentId)).toEqual([lead.assignments[0]!.id]);
    expect(await jobs("routing.sla-remind")).toEqual([]);

    expect(await env.kit.queue.runDue("routing.assigned")).toBe(1);
    const alert = await env.testDb.db.emailMessage.findFirstOrThrow({ where: { template: "rep-alert" } });
    expect(alert).toMatchObject({ to: ["sarah@demo.switchboard.dev"], dedupeKey: `alert:${lead.assignments[0]!.id}` });
    const timers = [...(await jobs("routing.sla-remind")), ...(await jobs("routing.sla-reassign"))];
    expect(timers.map((j) => j.data.assignmentId)).toEqual([lead.assignments[0]!.id, lead.assignments[0]!.id]);

    // A retried job (the same payload again) stores and schedules nothing more.
    const [first] = await env.testDb.db.$queryRaw<{ data: TAssignedJob }[]>`SELECT data FROM pgboss.job WHERE name = 'routing.assigned' AND data->>'workspaceId' = ${env.kit.workspaceId}`;
    await env.kit.deps.queue.send("routing.assigned", first!.data);
    expect(await env.kit.queue.runDue("routing.assigned")).toBe(1);
    expect(await env.testDb.db.emailMessage.count({ where: { template: "rep-alert" } })).toBe(1);
    expect([...(await jobs("routing.sla-remind")), ...(await jobs("routing.sla-reassign"))]).toHaveLength(2);
  });

  it("the follow-up claim is one statement with the app's queue (two in a transaction with a queue that only sends): the same rows, written once, never by a run that did not claim", async () => {
    const { submitForm } = await import("../submissions/submit-form");
    const { rawSqlOf } = await import("../../db/client");
    const { claimFollowUps } = await import("./assigned-follow-ups");
    const { loadAssignedLead } = await import("./assignment-alert");
    const { db } = env.testDb;
    const sql = rawSqlOf(db);
    const routed = async (email: string) => {
      const { response } = await submitForm(db, {
        slug: "demo",
        body: { answers: { ...BANK_VP, email }, context: { fillTimeMs: 20_000, source: "api" } },
        idempotencyKey: null,
        ip: "10.0.0.9",
        now: NY_MORNING,
        rateLimit: unlimitedRateLimits().formSubmission,
        routing: env.kit.deps,
      });
      const [job] = await db.$queryRaw<{ data: TAssignedJob }[]>`
        SELECT j.data FROM pgboss.job j JOIN "LeadAssignment" a ON a."id" = j.data->>'assignmentId' WHERE j.name = 'routing.assigned' AND a."leadId" = ${response.leadId}`;
      // The assignment as a job read it before any run claimed: two runs of the job (a twin) both hold this.
      const { assignment, resource } = (await loadAssignedLead(db, job!.data))!;
      return { job: job!.data, loaded: { ...assignment, leadId: resource.detail.id } };
    };
    const timersOf = async (assignmentId: string) =>
      (await db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM pgboss.job WHERE name IN ('routing.sla-remind', 'routing.sla-reassign') AND data->>'assignmentId' = ${assignmentId}`)[0]!.n;
    const transactions = vi.spyOn(sql, "transaction");
    try {
      const viaApp = await routed("first@bankone.com");
      expect(viaApp.loaded.followUpsAt).toBeNull();
      transactions.mockClear();
      expect(await claimFollowUps(sql, env.kit.deps, viaApp.job, viaApp.loaded, NY_MORNING)).toBe(true);
      expect(await claimFollowUps(sql, env.kit.deps, viaApp.job, viaApp.loaded, NY_MORNING)).toBe(false);
      expect(transactions).not.toHaveBeenCalled();
      expect(await timersOf(viaApp.job.assignmentId)).toBe(2);

      const queue = env.kit.deps.queue;
      const onlySends = { ...env.kit.deps, queue: { start: () => queue.start(), send: queue.send.bind(queue) } as typeof queue };
      const viaSends = await routed("second@banktwo.com");
      transactions.mockClear();
      expect(await claimFollowUps(sql, onlySends, viaSends.job, viaSends.loaded, NY_MORNING)).toBe(true);
      expect(await claimFollowUps(sql, onlySends, viaSends.job, viaSends.loaded, NY_MORNING)).toBe(false);
      expect(transactions).toHaveBeenCalledTimes(2);
      expect(await timersOf(viaSends.job.assignmentId)).toBe(2);
    } finally {
      transactions.mockRestore();
    }
  });

  it("the fallback queue's owner is told it is the fallback, not that a lead was routed to them as a rep", async () => {
    await env.testDb.db.repProfile.updateMany({ where: { workspaceId: env.kit.workspaceId }, data: { isActive: false } });
    const lead = await submitDemo(env.testDb, env.kit, BANK_VP, NY_MORNING);
    expect(lead.status).toBe("FALLBACK");
    const alert = await env.testDb.db.emailMessage.findFirstOrThrow({ where: { template: "rep-alert" } });
    expect(alert.subject).toMatch(/^Fallback queue “.+”: New /);
    expect(alert.text).toContain("no routing path could place this lead");
    expect(alert.text).not.toContain("was routed to you");
    expect(alert.text).not.toContain("because you are a rep");
  });
});
