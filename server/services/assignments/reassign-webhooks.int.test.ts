// Every reassignment sends exactly one lead.reassigned — never a lead.routed with it — written in
// the reassignment's transaction, with where the lead came from, where it went and why: a manager's
// choice by name (API and dashboard), the next best rep (also when that is the fallback queue), the
// SLA, a returned lead, a booking with the next best rep, an owner removed. A local receiver verifies
// each delivery (standardwebhooks), as webhooks.int.test.ts does. PGlite, or PostgreSQL with
// TEST_DATABASE_URL.
import { describe, expect, it } from "vitest";
import { assignmentsRouterWith } from "../../api/routers/assignments";
import { handleReassignLead } from "../../api/rest/handle-reassign";
import { createCallerFactory, router } from "../../api/trpc";
import { WEBHOOK_EVENTS } from "../../domain/webhooks/webhook-events";
import { apiRequest } from "../../testing/api-kit";
import { contextFor } from "../../testing/factories";
import { BANK_VP, runAfterCommitJobs, submitDemo, useRoutingKit } from "../../testing/routing-kit";
import type { TestDb } from "../../testing/test-db";
import { startWebhookKit, useWebhookReceivers } from "../../testing/webhook-receiver-kit";
import { reassignForBooking } from "../bookings/booking-fallback";
import { createWebhookEndpoint } from "../webhooks/webhook-endpoints";
import { reassignUnaccepted } from "./follow-ups";
import { reassignFromRemovedOwner } from "./owner-removed";
import { returnLead } from "./return-lead";

// Tuesday 1 December 2026, 10:00 in New York: Sarah (Enterprise) is at work.
const NOW = new Date("2026-12-01T15:00:00Z");
const LATER = new Date(NOW.getTime() + 20 * 60_000);
const lane = process.env.TEST_DATABASE_URL ? "postgres" : "pglite";

const env = useRoutingKit((testDb: TestDb) => startWebhookKit(testDb, { retryBaseMs: 20, timeoutMs: 10_000 }));
const startReceiver = useWebhookReceivers();
const createCaller = createCallerFactory(router({ assignments: assignmentsRouterWith({ followUps: async () => env.kit.deps, now: () => LATER }) }));
const userOf = (email: string) => env.testDb.db.user.findUniqueOrThrow({ where: { email } });

type TEvent = { type: string; data: { lead: { id: string }; assignment: { id: string; kind: string; repId: string | null }; previous?: unknown; reason?: unknown; byUserId?: unknown } };

/** An endpoint subscribed to lead.routed and lead.reassigned on a local receiver that verifies each signature. */
async function subscribed() {
  const received: unknown[] = [];
  let secret = "";
  const { url } = await startReceiver({ secret: () => secret, answer: () => 200, onReceived: (r) => received.push(r.verified) });
  secret = (await createWebhookEndpoint(env.testDb.db, env.kit.workspaceId, { url, events: ["lead.routed", "lead.reassigned"] }, { allowPrivate: true })).secret;
  return received as TEvent[];
}

/** The after-commit jobs twice (a retried job sends nothing again), then every webhook delivery. */
async function deliverAll() {
  await runAfterCommitJobs(env.kit);
  await runAfterCommitJobs(env.kit);
  await env.kit.webhookQueue.runDue("webhooks.fan-out");
  await env.kit.webhookQueue.runDue("webhooks.deliver");
  expect(await env.testDb.db.webhookDelivery.count({ where: { status: { not: "DELIVERED" } } })).toBe(0);
}

/** A bank VP's lead routed to Sarah (its lead.routed delivered), and the receiver's events so far. */
async function routedToSarah() {
  const received = await subscribed();
  const lead = await submitDemo(env.testDb, env.kit, BANK_VP, NOW);
  const first = lead.assignments[0]!;
  const sarah = await env.kit.repIdOf("Sarah");
  expect(first.repId).toBe(sarah);
  await deliverAll();
  expect(received.map((e) => e.type)).toEqual(["lead.routed"]);
  return { leadId: lead.id, first, sarah, received };
}

/** The one lead.reassigned after the routing, checked against the catalogue's schema; nothing else was sent. */
async function onlyReassigned(received: TEvent[], leadId: string) {
  await deliverAll();
  expect(received.map((e) => e.type)).toEqual(["lead.routed", "lead.reassigned"]);
  const event = received[1]!;
  expect(WEBHOOK_EVENTS["lead.reassigned"].data.strict().safeParse(event.data).success).toBe(true);
  // Who the lead is, on the event itself (as GET /api/v1/leads/{id} answers it).
  expect((event.data as { contact?: unknown }).contact).toEqual({ name: "Victoria Park", email: "vp@firstbank.com", company: "First Bank", phone: null });
  const current = await env.testDb.db.leadAssignment.findFirstOrThrow({ where: { leadId, isCurrent: true } });
  expect(event.data.assignment).toMatchObject({ id: current.id, kind: current.kind, repId: current.repId });
  return { event, current };
}

describe(`lead.reassigned on every reassignment (${lane})`, () => {
  it("POST /api/v1/leads/{id}/reassign to a named rep: once, from Sarah to Tom, the reason given, kind REASSIGNED", async () => {
    const { leadId, first, sarah, received } = await routedToSarah();
    const tom = await env.kit.repIdOf("Tom");
    const request = apiRequest("POST", `/leads/${leadId}/reassign`, { key: env.kit.key, body: { toRepId: tom, reason: "to tom" } });
    expect((await handleReassignLead(env.testDb.db, request, leadId, LATER, env.kit.deps)).status).toBe(200);
    const { event } = await onlyReassigned(received, leadId);
    expect(event.data).toMatchObject({ assignment: { kind: "REASSIGNED", repId: tom }, previous: { assignmentId: first.id, repId: sarah }, reason: { code: "manual", text: "to tom" }, byUserId: null });
  });

  it("the dashboard's reassign to a chosen rep: once, by the manager", async () => {
    const { leadId, sarah, received } = await routedToSarah();
    const tom = await env.kit.repIdOf("Tom");
    const manager = await userOf("manager@demo.switchboard.dev");
    await createCaller(contextFor(env.testDb.db, manager)).assignments.reassign({ leadId, toRepId: tom, reason: "Knows the bank" });
    const { event } = await onlyReassigned(received, leadId);
    expect(event.data).toMatchObject({ assignment: { repId: tom }, previous: { repId: sarah }, reason: { code: "manual", text: "Knows the bank" }, byUserId: manager.id });
  });

  it("the next best rep: once (its routing job sends no second event)", async () => {
    const { leadId, sarah, received } = await routedToSarah();
    const request = apiRequest("POST", `/leads/${leadId}/reassign`, { key: env.kit.key, body: { reason: "out sick" } });
    expect((await handleReassignLead(env.testDb.db, request, leadId, LATER, env.kit.deps)).status).toBe(200);
    const { event, current } = await onlyReassigned(received, leadId);
    expect(current.repId).not.toBe(sarah);
    expect(event.data).toMatchObject({ assignment: { kind: "REASSIGNED" }, previous: { repId: sarah }, reason: { code: "next_best", text: "out sick" } });
  });

  it("the next best rep is the fallback queue: lead.reassigned (kind FALLBACK), not lead.routed", async () => {
    const { leadId, sarah, received } = await routedToSarah();
    await env.testDb.db.repProfile.updateMany({ where: { workspaceId: env.kit.workspaceId, id: { not: sarah } }, data: { isActive: false } });
    const request = apiRequest("POST", `/leads/${leadId}/reassign`, { key: env.kit.key, body: { reason: "out sick" } });
    expect((await handleReassignLead(env.testDb.db, request, leadId, LATER, env.kit.deps)).status).toBe(200);
    const { event } = await onlyReassigned(received, leadId);
    expect(event.data).toMatchObject({ assignment: { kind: "FALLBACK" }, previous: { repId: sarah }, reason: { code: "next_best" } });
  });

  it("the SLA: not accepted in time, once, code sla", async () => {
    const { leadId, first, sarah, received } = await routedToSarah();
    expect(await reassignUnaccepted(env.testDb.db, env.kit.deps, first.id, LATER)).toBe(true);
    const { event } = await onlyReassigned(received, leadId);
    expect(event.data).toMatchObject({ assignment: { kind: "SLA_REASSIGNED" }, previous: { assignmentId: first.id, repId: sarah }, reason: { code: "sla" } });
  });

  it("returned by its rep: once, code returned", async () => {
    const { leadId, sarah, received } = await routedToSarah();
    const sarahUser = await userOf("sarah@demo.switchboard.dev");
    await returnLead(env.testDb.db, env.kit.deps, { workspaceId: env.kit.workspaceId, leadId, repUserId: sarahUser.id, reason: "Not my region", now: LATER });
    const { event } = await onlyReassigned(received, leadId);
    expect(event.data).toMatchObject({ previous: { repId: sarah }, reason: { code: "returned" }, byUserId: sarahUser.id });
    expect((event.data.reason as { text: string }).text).toContain("Not my region");
  });

  it("booked with the next best rep: once, code booking_next_best", async () => {
    const { leadId, first, sarah, received } = await routedToSarah();
    const tom = await env.kit.repIdOf("Tom");
    await env.testDb.db.$transaction((tx) => reassignForBooking(tx, env.kit.deps, { workspaceId: env.kit.workspaceId, leadId, fromRepId: sarah, toRepId: tom, windowDays: 3, now: LATER }));
    const { event } = await onlyReassigned(received, leadId);
    expect(event.data).toMatchObject({ assignment: { kind: "REASSIGNED", repId: tom }, previous: { assignmentId: first.id, repId: sarah }, reason: { code: "booking_next_best", text: "Booked with the next best rep" } });
  });

  it("the owner removed: handed on once, code owner_removed, by who removed them", async () => {
    const { leadId, sarah, received } = await routedToSarah();
    const owner = await userOf("owner@demo.switchboard.dev");
    await env.testDb.db.repProfile.update({ where: { id: sarah }, data: { isActive: false } });
    expect(await reassignFromRemovedOwner(env.testDb.db, env.kit.deps, { workspaceId: env.kit.workspaceId, leadId, fromRepId: sarah, byUserId: owner.id, cause: { kind: "removed" } }, LATER)).toBe(true);
    const { event } = await onlyReassigned(received, leadId);
    expect(event.data).toMatchObject({ previous: { repId: sarah }, reason: { code: "owner_removed" }, byUserId: owner.id });
  });

  it("a reassignment rolled back sends nothing", async () => {
    const { leadId, sarah, received } = await routedToSarah();
    const tom = await env.kit.repIdOf("Tom");
    const rolledBack = env.testDb.db.$transaction(async (tx) => {
      await reassignForBooking(tx, env.kit.deps, { workspaceId: env.kit.workspaceId, leadId, fromRepId: sarah, toRepId: tom, windowDays: 3, now: LATER });
      throw new Error("booking failed");
    });
    await expect(rolledBack).rejects.toThrow("booking failed");
    await deliverAll();
    expect(received.map((e) => e.type)).toEqual(["lead.routed"]);
  });
});
