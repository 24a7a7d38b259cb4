// Issue 9, nothing slow under the routing lock: a reassignment's lead.reassigned is written from
// the assignment the reassignment has just written, as the caller holds it — never read back. Its
// cost under the lock is ONE statement (the conditional event INSERT, which writes nothing when no
// endpoint subscribes), and the event still says exactly what the row holds. Observed on the
// statements sent through the reassignment's transaction (raw SQL by text, model calls by name).
// PGlite, or PostgreSQL with TEST_DATABASE_URL.
import { describe, expect, it } from "vitest";
import type { DbTx } from "../../db/client";
import { BANK_VP, submitDemo, useRoutingKit } from "../../testing/routing-kit";
import { recording } from "../../testing/recording-tx";
import { reassignForBooking } from "../bookings/booking-fallback";
import { createWebhookEndpoint } from "../webhooks/webhook-endpoints";
import { reassignLeadInTx } from "./reassign-lead";

// Tuesday 1 December 2026, 10:00 in New York: Sarah (Enterprise) is at work.
const NOW = new Date("2026-12-01T15:00:00Z");
const LATER = new Date(NOW.getTime() + 20 * 60_000);
const lane = process.env.TEST_DATABASE_URL ? "postgres" : "pglite";
const env = useRoutingKit();

type TLane = "next best" | "next best is the fallback queue" | "named rep" | "booking with the next best rep";

/** A bank VP's lead routed to Sarah, then reassigned by `lane` in a transaction whose statements are recorded. */
async function reassignRecorded(laneName: TLane) {
  const { testDb, kit } = env;
  const lead = await submitDemo(testDb, kit, BANK_VP, NOW);
  const sarah = lead.ownerRepId!;
  const tom = await kit.repIdOf("Tom");
  if (laneName === "next best is the fallback queue") await testDb.db.repProfile.updateMany({ where: { workspaceId: kit.workspaceId, id: { not: sarah } }, data: { isActive: false } });
  const seen: string[] = [];
  const input = { workspaceId: kit.workspaceId, leadId: lead.id, reason: "out sick", byUserId: null, now: LATER };
  await testDb.db.$transaction(async (tx) => {
    const recorded: DbTx = recording(tx, seen);
    if (laneName === "next best" || laneName === "next best is the fallback queue") await reassignLeadInTx(recorded, kit.deps, { ...input, toRepId: null });
    else if (laneName === "named rep") await reassignLeadInTx(recorded, kit.deps, { ...input, toRepId: tom });
    else await reassignForBooking(recorded, kit.deps, { workspaceId: kit.workspaceId, leadId: lead.id, fromRepId: sarah, toRepId: tom, windowDays: 3, now: LATER });
  });
  return { leadId: lead.id, seen };
}

/** The statements after the one that wrote the new assignment (the decision's CTE, or a model create). */
function afterAssignmentWritten(seen: string[]): string[] {
  let written = -1;
  seen.forEach((s, i) => {
    if (s.includes('INSERT INTO "LeadAssignment"') || s === "leadAssignment.create") written = i;
  });
  expect(written).toBeGreaterThanOrEqual(0);
  return seen.slice(written + 1);
}

const readsAssignment = (s: string) => /FROM\s+"LeadAssignment"/.test(s) || /^leadAssignment\.find/.test(s);

describe(`lead.reassigned without reading the assignment back (${lane})`, () => {
  it.each<TLane>(["next best", "named rep", "booking with the next best rep"])("%s, no endpoint subscribed: one event statement (it writes nothing), no read of the new assignment", async (laneName) => {
    const { leadId, seen } = await reassignRecorded(laneName);
    const after = afterAssignmentWritten(seen);
    expect(after.filter(readsAssignment)).toEqual([]);
    expect(after.filter((s) => s.includes('"WebhookEvent"'))).toHaveLength(1);
    expect(await env.testDb.db.webhookEvent.count({ where: { type: "lead.reassigned" } })).toBe(0);
    expect(await env.testDb.db.leadAssignment.count({ where: { leadId, isCurrent: true } })).toBe(1);
    console.info(`[statements] a reassignment (${laneName}), no endpoint subscribed: ${seen.length} statements in its transaction`);
  });

  it.each<TLane>(["next best", "next best is the fallback queue", "named rep", "booking with the next best rep"])("%s, an endpoint subscribed: the event says exactly what the new row holds, still without reading it back", async (laneName) => {
    const { db } = env.testDb;
    await createWebhookEndpoint(db, env.kit.workspaceId, { url: "http://127.0.0.1:9/hooks", events: ["lead.reassigned"] }, { allowPrivate: true });
    const { leadId, seen } = await reassignRecorded(laneName);
    expect(afterAssignmentWritten(seen).filter(readsAssignment)).toEqual([]);
    const row = await db.leadAssignment.findFirstOrThrow({ where: { leadId, isCurrent: true } });
    expect(row.kind).toBe(laneName === "next best is the fallback queue" ? "FALLBACK" : "REASSIGNED");
    const [event, ...others] = await db.webhookEvent.findMany({ where: { workspaceId: env.kit.workspaceId, type: "lead.reassigned" } });
    expect(others).toEqual([]);
    expect(event!.createdAt).toEqual(row.assignedAt);
    const payload = event!.payload as { timestamp: string; data: { lead: unknown; assignment: unknown; reason: { text: string }; byUserId: unknown } };
    expect(payload.timestamp).toBe(row.assignedAt.toISOString());
    expect(payload.data.lead).toEqual({ id: leadId });
    expect(payload.data.assignment).toEqual({ id: row.id, kind: row.kind, repId: row.repId, isProvisional: row.isProvisional, assignedAt: row.assignedAt.toISOString(), configVersion: row.configVersion });
    expect(payload.data.reason.text).toBe(row.note);
    expect(payload.data.byUserId).toBe(row.byUserId);
    console.info(`[statements] a reassignment (${laneName}), an endpoint subscribed: ${seen.length} statements in its transaction`);
  });
});
