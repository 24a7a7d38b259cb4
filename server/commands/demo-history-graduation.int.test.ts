// The demo a manager opens: a history lead that graduated from the default sequence (a click lifted
// it into sales-ready) is where the live product leaves a graduate — routed again at the click with
// NURTURE_GRADUATED first, owned by a rep who accepted and worked it, its timeline saying so — and
// the demo stays consistent: nothing after now, no job or due step owed, the reps' load counters
// untouched by the history, the Sequences page's Graduated the graduates' count (Booked: the graduates
// who booked a meeting with their rep — demo-history-bookings.int.test.ts).
import { afterAll, beforeAll, expect, it } from "vitest";
import { getLead } from "../services/leads/get-lead";
import { listSequences } from "../services/nurture/sequences";
import { readStoredDecision } from "../domain/routing/stored-decision";
import { deleteHistory } from "../../prisma/seed/history/insert-history";
import { seedDemoHistory } from "../../prisma/seed/history/seed-history";
import { seededDemoWithHistory } from "../testing/seeded-demo";
import type { TestDb } from "../testing/test-db";

const NOW = new Date("2026-12-03T15:40:00Z");
let testDb: TestDb;
let workspaceId: string;

beforeAll(async () => {
  ({ testDb, workspaceId } = await seededDemoWithHistory(NOW, 35));
}, 300_000);

afterAll(async () => {
  await testDb?.close();
});

async function graduates() {
  const enrolments = await testDb.db.nurtureEnrollment.findMany({ where: { workspaceId, exitReason: "graduated" }, select: { leadId: true, exitedAt: true } });
  return enrolments;
}

it("each graduate is routed to a rep at its graduation, with the reason, and the rep's work after it", async () => {
  const db = testDb.db;
  const grads = await graduates();
  expect(grads.length).toBeGreaterThan(0);
  const wrong: string[] = [];
  for (const g of grads) {
    const lead = await db.lead.findUniqueOrThrow({ where: { id: g.leadId }, select: { status: true, tier: true, ownerRepId: true, routedAt: true, routingOutcome: true, acceptedAt: true, closedAt: true } });
    const assignments = await db.leadAssignment.findMany({ where: { leadId: g.leadId }, orderBy: { assignedAt: "asc" } });
    const events = await db.leadEvent.findMany({ where: { leadId: g.leadId }, orderBy: { createdAt: "asc" } });
    const first = assignments[0];
    const decision = first ? readStoredDecision(first.decision) : null;
    const at = g.exitedAt!.getTime();
    if (!first || first.assignedAt.getTime() !== at) wrong.push(`${g.leadId} not routed at its graduation`);
    if (decision?.reasons[0]?.code !== "NURTURE_GRADUATED") wrong.push(`${g.leadId} reason ${decision?.reasons[0]?.code}`);
    if (lead.tier !== "sales_ready" || lead.status !== "CLOSED" || lead.routingOutcome !== "nurture") wrong.push(`${g.leadId} lead ${lead.tier}/${lead.status}/${lead.routingOutcome}`);
    const current = assignments.find((a) => a.isCurrent);
    if (lead.ownerRepId !== (current?.repId ?? null) || lead.routedAt?.getTime() !== current?.assignedAt.getTime()) wrong.push(`${g.leadId} owner`);
    // The graduation's routed entry: the first from the graduation on (the submission's, to nurture, comes before it).
    const routed = events.find((e) => e.type === "routed" && e.createdAt.getTime() >= at);
    if (!routed || routed.createdAt.getTime() !== at || (routed.data as { assignmentId?: string }).assignmentId !== first?.id) wrong.push(`${g.leadId} routed event`);
    const outcomes = await db.leadOutcome.findMany({ where: { leadId: g.leadId }, select: { occurredAt: true } });
    const times = [...outcomes.map((o) => o.occurredAt), ...events.map((e) => e.createdAt), ...assignments.flatMap((a) => [a.assignedAt, a.acceptedAt, a.endedAt]), lead.acceptedAt, lead.closedAt].filter((t): t is Date => t !== null);
    if (times.some((t) => t.getTime() > NOW.getTime())) wrong.push(`${g.leadId} after now`);
    if ([...outcomes.map((o) => o.occurredAt), lead.acceptedAt].some((t) => t && t.getTime() < at)) wrong.push(`${g.leadId} worked before graduation`);
  }
  expect(wrong).toEqual([]);
  // Most graduates have a rep now, who accepted them.
  const owned = await db.lead.count({ where: { id: { in: grads.map((g) => g.leadId) }, ownerRepId: { not: null }, acceptedAt: { not: null } } });
  expect(owned).toBeGreaterThan(grads.length / 2);
});

it("the lead page shows a graduate's rep, its sales-ready tier and the routing on its timeline", async () => {
  const db = testDb.db;
  const grads = await graduates();
  const owned = await db.lead.findFirstOrThrow({ where: { id: { in: grads.map((g) => g.leadId) }, ownerRepId: { not: null } }, select: { id: true, ownerRepId: true } });
  const detail = await getLead(db, workspaceId, owned.id);
  expect(detail.owner?.repId).toBe(owned.ownerRepId);
  expect(detail.tier).toBe("sales_ready");
  expect(detail.events.map((e) => e.type)).toEqual(expect.arrayContaining(["nurture_enrolled", "nurture_engaged", "nurture_exited", "routed"]));
});

it("the Sequences page counts the graduates; nothing is owed; the reps' counters are as the demo left them", async () => {
  const db = testDb.db;
  const [sequence] = await listSequences(db, workspaceId);
  expect(sequence!.figures.graduated).toBe((await graduates()).length);
  expect(sequence!.figures.active).toBe(0);
  // No open history lead (live load), no meeting after now, no due step.
  expect(await db.lead.count({ where: { workspaceId, id: { startsWith: "hist" }, status: { in: ["ASSIGNED", "FALLBACK", "NEW"] } } })).toBe(0);
  expect(await db.booking.count({ where: { workspaceId, leadId: { startsWith: "hist" }, OR: [{ endsAt: { gt: NOW } }, { status: { not: "CONFIRMED" } }] } })).toBe(0);
  expect(await db.nurtureStepDue.count({ where: { workspaceId, status: { in: ["PENDING", "CLAIMED"] } } })).toBe(0);
  const [jobs] = await db.$queryRawUnsafe<{ exists: boolean }[]>(`SELECT to_regclass('pgboss.job') IS NOT NULL AS "exists"`);
  if (jobs?.exists) {
    const [row] = await db.$queryRawUnsafe<{ n: number }[]>(`SELECT count(*)::int AS n FROM pgboss.job WHERE state IN ('created', 'retry')`);
    expect(row!.n).toBe(0);
  }
  // The counters the triggers keep are what they were without the history, and again after re-seeding it.
  const counters = async () => ({
    load: await db.$queryRawUnsafe<unknown[]>(`SELECT * FROM "RepLoad" ORDER BY 1, 2`),
    daily: await db.$queryRawUnsafe<unknown[]>(`SELECT "repId", "day", "newLeads" FROM "RepDailyLoad" ORDER BY 1, 2`),
  });
  const withHistory = await counters();
  await deleteHistory(db, workspaceId);
  expect(await counters()).toEqual(withHistory);
  await seedDemoHistory(db, NOW, { days: 35 });
  expect(await counters()).toEqual(withHistory);
}, 300_000);
