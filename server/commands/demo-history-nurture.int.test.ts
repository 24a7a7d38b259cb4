// The demo a marketer opens: `npm run dev` seeds the demo and its history, and the Sequences page
// (listSequences, what app/(dashboard)/sequences/page.tsx reads) and the sequence's own page
// (getSequence) show the default sequence used by the history's nurture leads — enrolled, sent,
// clicked, unsubscribed, graduated — all of it finished: no active enrolment, no due step for the
// sweep, no email in the outbox for the mail worker.
import { afterAll, beforeAll, expect, it } from "vitest";
import type { TNurtureQueue } from "../services/nurture/nurture-jobs";
import { getSequence, listSequences } from "../services/nurture/sequences";
import { sweepDueNurtureSteps } from "../services/nurture/sweep-nurture";
import { seedDemoHistory } from "../../prisma/seed/history/seed-history";
import { seededDemoWithHistory } from "../testing/seeded-demo";
import type { TestDb } from "../testing/test-db";

const NOW = new Date("2026-12-03T15:40:00Z");
let testDb: TestDb;
let workspaceId: string;

beforeAll(async () => {
  // Five weeks of history give dozens of nurture leads (the demo seeds 90 days).
  ({ testDb, workspaceId } = await seededDemoWithHistory(NOW, 35));
}, 300_000);

afterAll(async () => {
  await testDb?.close();
});

it("the Sequences page shows the default sequence with the history's enrolments, sends, clicks and exits", async () => {
  const [sequence] = await listSequences(testDb.db, workspaceId);
  expect(sequence).toMatchObject({ name: "Getting started", isDefault: true });
  const f = sequence!.figures;
  expect(f.enrolled).toBeGreaterThan(20);
  expect(f.sent).toBeGreaterThan(f.enrolled);
  expect(f.sent).toBeLessThanOrEqual(2 * f.enrolled);
  expect(f.clicked).toBeGreaterThan(0);
  expect(f.clicked).toBeLessThan(f.sent);
  expect(f.active).toBe(0);
  expect(f.unsubscribed + f.graduated).toBeGreaterThan(0);
  // The sequence's own page reads the same figures, its version with the enrolments.
  const detail = await getSequence(testDb.db, workspaceId, sequence!.id);
  expect(detail.figures).toEqual(f);
  expect(detail.versions).toEqual([expect.objectContaining({ version: 1, enrolled: f.enrolled })]);
});

it("leaves nothing for the live product to run: no active enrolment, no due step, no nurture or mail job, no outbox email", async () => {
  const db = testDb.db;
  expect(await db.nurtureSend.count({ where: { workspaceId, status: "SENT" } })).toBeGreaterThan(20);
  expect(await db.nurtureEnrollment.count({ where: { workspaceId, status: { not: "EXITED" } } })).toBe(0);
  expect(await db.nurtureStepDue.count({ where: { workspaceId, status: { in: ["PENDING", "CLAIMED"] } } })).toBe(0);
  expect(await db.emailMessage.count({ where: { status: "QUEUED" } })).toBe(0);
  expect(await db.nurtureSend.count({ where: { workspaceId, OR: [{ createdAt: { gt: NOW } }, { clickedAt: { gt: NOW } }] } })).toBe(0);
  // The sweep, run now and a month later, finds nothing to claim.
  const sent: unknown[] = [];
  const queue: TNurtureQueue = { start: async () => {}, send: async (...args: unknown[]) => (sent.push(args), "job") } as TNurtureQueue;
  expect(await sweepDueNurtureSteps(db, queue, NOW)).toBe(0);
  expect(await sweepDueNurtureSteps(db, queue, new Date(NOW.getTime() + 30 * 86_400_000))).toBe(0);
  expect(sent).toEqual([]);
  const [jobs] = await db.$queryRawUnsafe<{ exists: boolean }[]>(`SELECT to_regclass('pgboss.job') IS NOT NULL AS "exists"`);
  if (jobs?.exists) {
    const [row] = await db.$queryRawUnsafe<{ n: number }[]>(`SELECT count(*)::int AS n FROM pgboss.job WHERE name LIKE 'nurture.%' OR name LIKE 'mail.%'`);
    expect(row!.n).toBe(0);
  }
});

it("each enrolment's timeline says what happened, and an unsubscribe suppresses the address", async () => {
  const db = testDb.db;
  const enrolments = await db.nurtureEnrollment.findMany({ where: { workspaceId }, select: { leadId: true, exitReason: true } });
  expect(enrolments.length).toBeGreaterThan(20);
  const events = await db.leadEvent.groupBy({ by: ["type"], where: { workspaceId, type: { startsWith: "nurture_" } }, _count: { _all: true } });
  const count = (type: string) => events.find((e) => e.type === type)?._count._all ?? 0;
  expect(count("nurture_enrolled")).toBe(enrolments.length);
  expect(count("nurture_exited")).toBe(enrolments.length);
  expect(count("nurture_email_sent")).toBe(await db.nurtureSend.count({ where: { workspaceId } }));
  expect(count("nurture_engaged")).toBe(await db.nurtureSend.count({ where: { workspaceId, clickedAt: { not: null } } }));
  const unsubscribed = enrolments.filter((e) => e.exitReason === "unsubscribed").length;
  expect(await db.nurtureSuppression.count({ where: { workspaceId, reason: "unsubscribed" } })).toBe(unsubscribed);
  // Seeding the history again replaces it (suppressions included), nothing doubled.
  await seedDemoHistory(db, NOW, { days: 35 });
  expect(await db.nurtureEnrollment.count({ where: { workspaceId } })).toBe(enrolments.length);
  expect(await db.nurtureSuppression.count({ where: { workspaceId } })).toBe(unsubscribed);
}, 300_000);
