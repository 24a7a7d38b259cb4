// The demo a manager opens: `npm run dev` seeds the demo and its history, and the Routing page's
// "Fit feedback by path" (feedbackByPath, what app/(dashboard)/routing/page.tsx reads) shows the
// reps' verdicts on every team path — written as giveFeedback writes them: by the owner's user,
// with a "fit_feedback" event on the lead's timeline, readable on the lead page and replaced, not
// duplicated, when the rep gives their verdict again.
import { afterAll, beforeAll, expect, it } from "vitest";
import { feedbackByPath, giveFeedback, listLeadFeedback } from "../services/outcomes/lead-feedback";
import { seededDemoWithHistory } from "../testing/seeded-demo";
import type { TestDb } from "../testing/test-db";

const NOW = new Date("2026-12-03T15:40:00Z");
let testDb: TestDb;
let workspaceId: string;

beforeAll(async () => {
  // Three weeks of history are enough for every team path (the demo seeds 90 days).
  ({ testDb, workspaceId } = await seededDemoWithHistory(NOW, 21));
}, 300_000);

afterAll(async () => {
  await testDb?.close();
});

it("the Routing page's fit feedback by path has the reps' verdicts on every team path, mostly good fit", async () => {
  const byPath = await feedbackByPath(testDb.db, workspaceId);
  for (const pathId of ["apac", "enterprise", "inbound"]) {
    const counts = byPath[pathId];
    expect(counts, pathId).toBeDefined();
    const total = Object.values(counts!).reduce((a, b) => a + b, 0);
    expect(total, pathId).toBeGreaterThan(5);
  }
  const all = Object.values(byPath).flatMap((c) => Object.entries(c));
  const sum = (verdict?: string) => all.filter(([v]) => !verdict || v === verdict).reduce((a, [, n]) => a + n, 0);
  expect(sum("GOOD_FIT") / sum()).toBeGreaterThan(0.4);
  expect(sum() - sum("GOOD_FIT")).toBeGreaterThan(0);
});

it("each verdict is the owner's, after acceptance and not after now, with its fit_feedback event, as giveFeedback writes it", async () => {
  const rows = await testDb.db.leadFeedback.findMany({ where: { workspaceId }, include: { lead: { select: { ownerRepId: true, acceptedAt: true, ownerRep: { select: { userId: true } } } } } });
  expect(rows.length).toBeGreaterThan(30);
  for (const r of rows) {
    expect(r.repId, r.id).toBe(r.lead.ownerRepId);
    expect(r.userId, r.id).toBe(r.lead.ownerRep!.userId);
    expect(r.createdAt.getTime(), r.id).toBeGreaterThan(r.lead.acceptedAt!.getTime());
    expect(r.createdAt.getTime(), r.id).toBeLessThanOrEqual(NOW.getTime());
  }
  const events = await testDb.db.leadEvent.findMany({ where: { workspaceId, type: "fit_feedback" } });
  expect(events.length).toBe(rows.length);
  const one = rows[0]!;
  const event = events.find((e) => e.leadId === one.leadId)!;
  expect(event.data).toEqual({ verdict: one.verdict, note: one.note, byUserId: one.userId, pathId: one.pathId });
  expect(event.createdAt).toEqual(one.createdAt);
});

it("the lead page lists the rep's verdict by name, and the rep giving it again replaces it", async () => {
  const row = await testDb.db.leadFeedback.findFirstOrThrow({ where: { workspaceId }, orderBy: { id: "asc" } });
  const manager = await testDb.db.user.findUniqueOrThrow({ where: { email: "manager@demo.switchboard.dev" } });
  const member = await testDb.db.membership.findFirstOrThrow({ where: { workspaceId, userId: manager.id } });
  const listed = await listLeadFeedback(testDb.db, workspaceId, row.leadId, { userId: manager.id, role: member.role });
  const rep = await testDb.db.user.findUniqueOrThrow({ where: { id: row.userId } });
  expect(listed.map((f) => [f.userName, f.verdict])).toEqual([[rep.name ?? rep.email, row.verdict]]);
  await giveFeedback(testDb.db, workspaceId, { userId: row.userId, role: "REP" }, { leadId: row.leadId, verdict: "WRONG_SIZE" }, NOW);
  expect(await testDb.db.leadFeedback.count({ where: { leadId: row.leadId } })).toBe(1);
});
