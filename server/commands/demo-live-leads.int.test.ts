// The demo a newcomer opens is not idle: `npm run db:seed` (and the first `npm run dev`, which calls
// the same seeds in the same order) puts, after the closed history, the seven prospects of
// prisma/seed/demo-live-submissions.ts through the real intake at "now". Each is open, a
// sales-ready one has a current assignment whose decision says why, nurture leads are enrolled, and
// the follow-ups (alert, SLA and review timers) wait in the job queue for the app's workers; the
// Overview's "Right now" counts them. A second seed of the history (`--history`) replays them by
// their Idempotency-Keys: nothing is duplicated, nothing changed.
// "Now" is a Tuesday at 10:00 in New York (the test clock): Sarah, Priya, Tom and Maya are at work,
// Kenji (Tokyo, midnight) is not — so the APAC lead goes on to the next path that matches, as it would.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readStoredDecision } from "../domain/routing/stored-decision";
import { loadWorkspaceOverview } from "../services/workspaces/workspace-overview";
import { createTestDb, type TestDb } from "../testing/test-db";
import { moveClock } from "../time/clock";
import { checkArgs } from "./command";
import { dbSeedCommand } from "./db-seed-command";

const TUESDAY_10_NEW_YORK = new Date("2026-12-08T15:00:00Z");
const LIVE_LEADS = 7;

let testDb: TestDb;
beforeAll(async () => {
  testDb = await createTestDb();
  moveClock({ to: TUESDAY_10_NEW_YORK });
});
afterAll(async () => {
  moveClock({ reset: true });
  await testDb?.close();
});

/** npm run db:seed [flags] in this process, as the CLI parses them. */
async function dbSeed(flags: Record<string, boolean> = {}): Promise<string[]> {
  const lines: string[] = [];
  const args = checkArgs(dbSeedCommand, dbSeedCommand.fromArgv(flags, []));
  await dbSeedCommand.run({ handle: testDb, appUrl: "http://localhost:3000", print: (line) => lines.push(line) }, args);
  return lines;
}

/** The demo's leads that are not generated history (history lead ids start "hist"), with their current assignment. */
async function liveLeads(workspaceId: string) {
  return testDb.db.lead.findMany({
    where: { workspaceId, NOT: { id: { startsWith: "hist" } } },
    orderBy: { submittedAt: "asc" },
    include: { assignments: { where: { isCurrent: true } }, nurtureEnrollments: true },
  });
}

async function queuedJobs(): Promise<Record<string, number>> {
  const rows = await testDb.db.$queryRawUnsafe<{ name: string; n: number }[]>(`SELECT name, count(*)::int AS n FROM pgboss.job WHERE state = 'created' GROUP BY name`);
  return Object.fromEntries(rows.map((row) => [row.name, row.n]));
}

describe("npm run db:seed with history on an empty database", () => {
  let workspaceId = "";

  it("puts seven open leads through the intake now: routed with reasons, enrolled, their jobs queued", { timeout: 300_000 }, async () => {
    const lines = await dbSeed();
    workspaceId = (await testDb.db.workspace.findUniqueOrThrow({ where: { slug: "demo" } })).id;
    const leads = await liveLeads(workspaceId);

    expect(leads).toHaveLength(LIVE_LEADS);
    expect(leads.filter((lead) => lead.closedAt !== null || lead.stage !== "OPEN")).toEqual([]);
    expect(leads.every((lead) => lead.idempotencyKey?.startsWith("demo-live-") && lead.source !== null)).toBe(true);

    // Every sales-ready lead has a current assignment and a decision that says why.
    const salesReady = leads.filter((lead) => lead.tier === "sales_ready");
    expect(salesReady).toHaveLength(5);
    for (const lead of salesReady) {
      expect(lead.assignments).toHaveLength(1);
      const decision = readStoredDecision(lead.assignments[0]!.decision);
      expect(decision?.reasons.length).toBeGreaterThan(0);
      expect(decision?.pathName).toBeTruthy();
    }
    // Different paths: three enterprise deals (the $200k one awaits review), two inside-sales
    // leads, two nurtured. The APAC lead tried the APAC team first: no one on duty in Tokyo, so the
    // next path that matches (Enterprise, a 200+ company) took it — what routing does at this hour.
    const paths = leads.map((lead) => lead.routingPathId).sort();
    expect(paths).toEqual(["enterprise", "enterprise", "enterprise", "inbound", "inbound", "nurture", "nurture"]);
    expect(leads.filter((lead) => lead.assignments[0]?.isProvisional).map((lead) => Number(lead.estimatedValue))).toEqual([200_000]);
    const apac = leads.find((lead) => lead.idempotencyKey === "demo-live-apac");
    expect(readStoredDecision(apac?.assignments[0]?.decision)?.pathsTried.find((path) => path.pathId === "apac")).toMatchObject({ matched: true, result: "no eligible rep" });
    const nurtured = leads.filter((lead) => lead.status === "NURTURE");
    expect(nurtured).toHaveLength(2);
    expect(nurtured.every((lead) => lead.nurtureEnrollments.length === 1)).toBe(true);

    // The slow work waits for the workers: one "routing.assigned" per routed lead (written before
    // the decision; for an assignment it schedules the timers and the alert), none run here.
    expect((await queuedJobs())["routing.assigned"]).toBe(LIVE_LEADS);
    expect(await testDb.db.emailMessage.count()).toBe(0);

    // "Right now" on the Overview is no longer all zero.
    const overview = await loadWorkspaceOverview(testDb.db, workspaceId, TUESDAY_10_NEW_YORK);
    expect(overview.waiting).toBe(salesReady.length);
    expect(overview.reps.filter((rep) => rep.waiting > 0).length).toBeGreaterThanOrEqual(3);
    expect(lines.find((line) => line.startsWith("Demo live leads:"))).toMatch(/^Demo live leads: 7 open leads submitted through the demo form and routed now \(5 assigned: .* — 1 of them awaiting the manager's review; 2 in nurture\)/);
  });

  it("--history again replays them by their Idempotency-Keys: none added, none changed, no new jobs", { timeout: 300_000 }, async () => {
    const before = await liveLeads(workspaceId);
    const jobsBefore = await queuedJobs();
    moveClock({ byMs: 60 * 60 * 1000 });
    const lines = await dbSeed({ history: true });
    expect(await liveLeads(workspaceId)).toEqual(before);
    expect(await queuedJobs()).toEqual(jobsBefore);
    expect(lines.find((line) => line.startsWith("Demo live leads:"))).toMatch(/^Demo live leads: 7 leads kept from an earlier seed/);
  });
});
