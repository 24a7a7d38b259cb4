// The demo a newcomer opens on a weekend: `npm run dev` seeds the demo and its history at `now`
// (a Saturday evening here), and the manager's Overview has leads in its last 24 hours — the
// history runs up to now (it once ended two days before, so a Saturday showed 0 everywhere) —
// while nothing is live: no lead waits or is past the SLA, every lead a rep held is closed.
import { afterAll, beforeAll, expect, it } from "vitest";
import { loadWorkspaceOverview } from "../services/workspaces/workspace-overview";
import { seededDemoWithHistory } from "../testing/seeded-demo";
import type { TestDb } from "../testing/test-db";

const SATURDAY_EVENING = new Date("2026-12-05T21:15:00Z");
let testDb: TestDb;

beforeAll(async () => {
  // Two weeks of history are enough for the last 24 hours and 7 days (the demo seeds 90).
  ({ testDb } = await seededDemoWithHistory(SATURDAY_EVENING, 14));
}, 300_000);

afterAll(async () => {
  await testDb?.close();
});

it("seeded on a Saturday evening, the Overview counts leads in the last 24 hours and nothing live", async () => {
  const workspace = await testDb.db.workspace.findUniqueOrThrow({ where: { slug: "demo" } });
  const overview = await loadWorkspaceOverview(testDb.db, workspace.id, SATURDAY_EVENING);
  expect(overview.last24h.submitted).toBeGreaterThanOrEqual(3);
  expect(overview.last24h.routed).toBeGreaterThan(0);
  expect({ waiting: overview.waiting, pastSla: overview.pastSla, inFallback: overview.inFallback, unassigned: overview.unassigned }).toEqual({ waiting: 0, pastSla: 0, inFallback: 0, unassigned: 0 });
  const week = await testDb.db.lead.count({ where: { workspaceId: workspace.id, submittedAt: { gt: new Date(SATURDAY_EVENING.getTime() - 7 * 86_400_000) } } });
  expect(week).toBeGreaterThan(50);
  // Nothing dated after now, and every lead a rep held is closed (nurture and disqualified leads have no owner).
  expect(await testDb.db.lead.count({ where: { workspaceId: workspace.id, OR: [{ submittedAt: { gt: SATURDAY_EVENING } }, { closedAt: { gt: SATURDAY_EVENING } }, { ownerRepId: { not: null }, closedAt: null }] } })).toBe(0);
});
