// What a "routing.assigned" job reads, on the demo workspace: a lead routed at submit is alerted
// from the one lead statement and the claim (which also reads the rep's time zone) — no statement
// through Prisma's ORM (its client was ~1/6 of the worker's CPU) — and whether the prospect may be
// owed a booking link is decided from that lead, the full check (late-booking-link.ts) only when
// it may be: a lead that waited in the backup queue, a rep given it after the end screen gave up.
import { describe, expect, it } from "vitest";
import type { TJobRunContext } from "../../jobs/define-job";
import { BANK_VP, submitDemo, useRoutingKit } from "../../testing/routing-kit";
import { recording } from "../../testing/recording-tx";
import { createJobRegistry } from "../../workers/registry";
import { submitForm } from "../submissions/submit-form";
import { unlimitedRateLimits } from "../rate-limit/rate-limits";
import { reassignLead } from "../assignments/reassign-lead";
import { enqueueBookingLinkAfterAssignment } from "../bookings/late-booking-link";
import { END_SCREEN_WAIT_MS } from "../../domain/booking/end-screen-wait";
import { mayOweBookingLink, runAssignedJob } from "./assigned-follow-ups";
import { loadAssignedLead } from "./assignment-alert";
import type { TAssignedJob } from "./follow-up-jobs";

// Tuesday 1 December 2026, 10:00 in New York: Sarah (Enterprise) is at work.
const NOW = new Date("2026-12-01T15:00:00Z");
const lane = process.env.TEST_DATABASE_URL ? "postgres" : "pglite";
const env = useRoutingKit();
const db = () => env.testDb.db;

/** Routes the bank VP (booking end screen) and commits; its "routing.assigned" job not run. */
async function routeOnly(email: string, now: Date): Promise<string> {
  const { response } = await submitForm(db(), {
    slug: "demo",
    body: { answers: { ...BANK_VP, email }, context: { fillTimeMs: 20_000, source: "api" } },
    idempotencyKey: null,
    ip: "10.0.0.9",
    now,
    rateLimit: unlimitedRateLimits().formSubmission,
    routing: env.kit.deps,
  });
  return (response as { leadId: string }).leadId;
}

async function assignedJobOfLead(leadId: string): Promise<TAssignedJob> {
  const [row] = await db().$queryRaw<{ data: TAssignedJob }[]>`
    SELECT j.data FROM pgboss.job j JOIN "LeadAssignment" a ON a."id" = j.data->>'assignmentId'
     WHERE j.name = 'routing.assigned' AND a."leadId" = ${leadId}`;
  return row!.data;
}

/** Prisma model calls ("repProfile.findFirst") among recorded statements; raw SQL is recorded by its text. */
const ormCalls = (seen: string[]) => seen.filter((s) => /^[a-z][A-Za-z]*\.[a-z][A-Za-z]*$/.test(s));

describe(`what a routing.assigned job reads (${lane})`, () => {
  it("a lead routed at submit: alerted in the rep's zone with no ORM statement — the lead, the rep's clock, the claim, the alert stored and sent", async () => {
    await submitDemo(env.testDb, env.kit, BANK_VP, NOW); // caches warm (form version, names), as in a running worker
    const leadId = await routeOnly("second@firstbank.com", NOW);
    const job = await assignedJobOfLead(leadId);
    const seen: string[] = [];
    const handler = createJobRegistry({ followUps: async () => env.kit.deps })["routing.assigned"].handler;
    await handler(job, { db: recording(db(), seen) } as unknown as TJobRunContext);

    expect(ormCalls(seen)).toEqual([]);
    expect(seen).toHaveLength(5); // the lead, the rep's SLA clock, the claim, the alert's insert, its SENT
    const alert = await db().emailMessage.findFirstOrThrow({ where: { template: "rep-alert", dedupeKey: `alert:${job.assignmentId}` } });
    expect(alert.status).toBe("SENT");
    // The time zone the claim read (Sarah's, New York), as recipientOf read it before.
    expect(alert.text).toContain("Please accept by Tuesday, 1 December 2026, 10:15 New York (GMT−5);");
  });

  it("the booking link: not owed for a lead routed at submit; owed for a rep given a lead that waited in the backup queue, not for the queue's assignment", async () => {
    const inTime = await submitDemo(env.testDb, env.kit, BANK_VP, NOW);
    const routed = await loadAssignedLead(db(), { assignmentId: inTime.assignments[0]!.id, workspaceId: env.kit.workspaceId });
    expect(mayOweBookingLink(routed!.assignment, routed!.resource)).toBe(false);

    // Nobody at work: the backup queue (FALLBACK, no rep); a manager then gives it to Tom.
    await db().repProfile.updateMany({ where: { workspaceId: env.kit.workspaceId }, data: { isActive: false } });
    const queued = await submitDemo(env.testDb, env.kit, { ...BANK_VP, email: "queued@firstbank.com" }, NOW);
    expect(queued.status).toBe("FALLBACK");
    const tom = await env.kit.repIdOf("Tom");
    await db().repProfile.update({ where: { id: tom }, data: { isActive: true } });
    await reassignLead(db(), env.kit.deps, { workspaceId: env.kit.workspaceId, leadId: queued.id, toRepId: tom, reason: "x", byUserId: null, now: new Date(NOW.getTime() + 3_600_000) });
    const [fallback, manual] = await db().leadAssignment.findMany({ where: { leadId: queued.id }, orderBy: { assignedAt: "asc" } });
    const toQueue = await loadAssignedLead(db(), { assignmentId: fallback!.id, workspaceId: env.kit.workspaceId });
    const toTom = await loadAssignedLead(db(), { assignmentId: manual!.id, workspaceId: env.kit.workspaceId });
    expect(toTom!.resource.assignments.map((a) => a.kind)).toEqual(["FALLBACK", "MANUAL"]);
    expect(mayOweBookingLink(toQueue!.assignment, toQueue!.resource)).toBe(false); // no rep, and no longer current
    expect(mayOweBookingLink(toTom!.assignment, toTom!.resource)).toBe(true);
    // The full check agrees where it writes the link's row.
    expect(await enqueueBookingLinkAfterAssignment(db(), env.kit.deps.queue, { assignmentId: manual!.id, workspaceId: env.kit.workspaceId })).toBe(true);
  });

  it("a lead routed to a rep after the end screen gave up: the job says the link may be owed, and the full check writes its row", async () => {
    const submitted = NOW;
    const leadId = await routeOnly("late@firstbank.com", submitted);
    // The lead's assignment as if routed late (the routing job's case): after END_SCREEN_WAIT_MS.
    const late = new Date(submitted.getTime() + END_SCREEN_WAIT_MS + 5_000);
    await db().leadAssignment.updateMany({ where: { leadId }, data: { assignedAt: late } });
    const job = await assignedJobOfLead(leadId);
    const run = await runAssignedJob(db(), env.kit.deps, job, late);
    expect(run).toEqual({ isDelivered: true, mayOweBookingLink: true });
    expect(await enqueueBookingLinkAfterAssignment(db(), env.kit.deps.queue, job)).toBe(true);
  });
});
