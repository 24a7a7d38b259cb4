// A rep with more open leads than one inbox page (INBOX_LIMIT) sees, on page 1, the leads that come
// first in the inbox's SLA order over ALL their open leads — the newest unaccepted lead included —
// and how many there are. It read the 200 oldest by submit time and sorted those: the newest leads,
// the ones to answer within minutes, never showed, and "past the SLA" counted only those 200.
import { describe, expect, it } from "vitest";
import { BANK_VP, submitDemo, useRoutingKit } from "../../testing/routing-kit";
import { INBOX_LIMIT, listInbox } from "./list-inbox";

// Tuesday 1 December 2026, 10:00 in New York: the demo's reps are at work.
const NOW = new Date("2026-12-01T15:00:00Z");
const MINUTE = 60_000;
const lane = process.env.TEST_DATABASE_URL ? "postgres" : "pglite";
const env = useRoutingKit();

const WORKED = 250; // being worked (contacted): the inbox's last group
const OVERDUE = 30; // routed, not contacted, their SLA run out: first
const BY_HAND = 10; // assigned by hand, not contacted (no SLA): after the SLA ones

const pad = (i: number) => String(i).padStart(3, "0");

/**
 * Sarah's open leads, written directly (a few hundred submissions would take minutes): the worked
 * ones submitted first (the oldest, so a read of the oldest 200 fills up with them), each worked at
 * a different time in reverse submit order, two pairs at the same instant (the id breaks the tie);
 * then the overdue ones and those assigned by hand. Returns each group's ids in inbox order.
 */
async function seedSarahsLeads(repId: string) {
  const { db } = env.testDb;
  const workspaceId = env.kit.workspaceId;
  const day = new Date(NOW.getTime() - 2 * 24 * 60 * MINUTE);
  const base = { workspaceId, answers: {}, scores: {}, breakdown: [], tier: "sales_ready", outcome: {}, utm: {}, ownerRepId: repId, isSpam: false };
  type TSeed = { id: string; submittedAt: Date; status: "ASSIGNED" | "ACCEPTED"; stage: "OPEN" | "CONTACTED"; firstContactAt: Date | null; stageChangedAt: Date | null; slaStartsAt: Date | null; kind: "ROUTED" | "MANUAL"; acceptedAt: Date | null };
  const seeds: TSeed[] = [];
  for (let i = 0; i < WORKED; i++) {
    const submittedAt = new Date(day.getTime() + i * MINUTE);
    // Worked in reverse submit order; leads 100/101 and 198/199 worked at the same instant.
    const workedAt = new Date(NOW.getTime() - 60 * MINUTE - (i - (i === 101 || i === 199 ? 1 : 0)) * MINUTE);
    seeds.push({ id: `inbox-worked-${pad(i)}`, submittedAt, status: "ACCEPTED", stage: "CONTACTED", firstContactAt: workedAt, stageChangedAt: workedAt, slaStartsAt: submittedAt, kind: "ROUTED", acceptedAt: submittedAt });
  }
  for (let i = 0; i < OVERDUE; i++) {
    const submittedAt = new Date(NOW.getTime() - 5 * 60 * MINUTE + i * MINUTE);
    seeds.push({ id: `inbox-overdue-${pad(i)}`, submittedAt, status: "ASSIGNED", stage: "OPEN", firstContactAt: null, stageChangedAt: null, slaStartsAt: submittedAt, kind: "ROUTED", acceptedAt: null });
  }
  for (let i = 0; i < BY_HAND; i++) {
    const submittedAt = new Date(NOW.getTime() - 3 * 60 * MINUTE + i * MINUTE);
    seeds.push({ id: `inbox-byhand-${pad(i)}`, submittedAt, status: "ASSIGNED", stage: "OPEN", firstContactAt: null, stageChangedAt: null, slaStartsAt: null, kind: "MANUAL", acceptedAt: null });
  }
  await db.lead.createMany({ data: seeds.map((s) => ({ ...base, id: s.id, submittedAt: s.submittedAt, status: s.status, stage: s.stage, firstContactAt: s.firstContactAt, stageChangedAt: s.stageChangedAt, acceptedAt: s.acceptedAt })) });
  await db.leadAssignment.createMany({
    data: seeds.map((s) => ({ workspaceId, leadId: s.id, repId, kind: s.kind, decision: {}, assignedAt: s.submittedAt, slaStartsAt: s.slaStartsAt, acceptedAt: s.acceptedAt })),
  });
  const worked = seeds.filter((s) => s.stage === "CONTACTED").sort((a, b) => a.stageChangedAt!.getTime() - b.stageChangedAt!.getTime() || (a.id < b.id ? -1 : 1));
  return { overdue: seeds.filter((s) => s.kind === "ROUTED" && s.stage === "OPEN").map((s) => s.id), byHand: seeds.filter((s) => s.kind === "MANUAL").map((s) => s.id), worked: worked.map((s) => s.id) };
}

describe(`the inbox of a rep with more open leads than a page (${lane})`, () => {
  it("shows the newest unaccepted lead on page 1, in SLA order over all open leads, and counts them all", async () => {
    const { db } = env.testDb;
    const repId = await env.kit.repIdOf("Sarah");
    const { userId } = await db.repProfile.findUniqueOrThrow({ where: { id: repId }, select: { userId: true } });
    // Submitted first so that routing is not moved by the load of the leads seeded after it; still
    // the newest by submit time (every seeded lead came in before NOW).
    const newest = await submitDemo(env.testDb, env.kit, { ...BANK_VP, email: "cfo@newest-bank.com", company: "Newest Bank" }, NOW);
    expect(newest.ownerRepId).toBe(repId);
    const seeded = await seedSarahsLeads(repId);
    const total = WORKED + OVERDUE + BY_HAND + 1;
    const at = new Date(NOW.getTime() + MINUTE); // the newest lead's SLA (15 minutes) still runs

    const first = await listInbox(db, env.kit.workspaceId, userId, at);
    expect(first.items).toHaveLength(INBOX_LIMIT);
    expect(first.items.find((i) => i.id === newest.id)).toMatchObject({ isAccepted: false, isWaiting: true, isOverdue: false });
    expect({ total: first.total, page: first.page, pageSize: first.pageSize, overdueCount: first.overdueCount }).toEqual({ total, page: 1, pageSize: INBOX_LIMIT, overdueCount: OVERDUE });
    // The SLA order over all of them: past the SLA (longest first), the newest, no SLA, then the worked.
    const order = [...seeded.overdue, newest.id, ...seeded.byHand, ...seeded.worked];
    expect(first.items.map((i) => i.id)).toEqual(order.slice(0, INBOX_LIMIT));

    const second = await listInbox(db, env.kit.workspaceId, userId, at, { page: 2 });
    expect({ total: second.total, page: second.page, overdueCount: second.overdueCount }).toEqual({ total, page: 2, overdueCount: OVERDUE });
    expect(second.items.map((i) => i.id)).toEqual(order.slice(INBOX_LIMIT));
    // A page past the end (its leads were closed meanwhile) shows the last one.
    expect((await listInbox(db, env.kit.workspaceId, userId, at, { page: 9 })).page).toBe(2);
  });

  it("a rep with no more open leads than a page sees them all on one page", async () => {
    const { db } = env.testDb;
    const lead = await submitDemo(env.testDb, env.kit, BANK_VP, NOW);
    const { userId } = await db.repProfile.findUniqueOrThrow({ where: { id: lead.ownerRepId! }, select: { userId: true } });
    const inbox = await listInbox(db, env.kit.workspaceId, userId, NOW);
    expect({ ids: inbox.items.map((i) => i.id), total: inbox.total, page: inbox.page }).toEqual({ ids: [lead.id], total: 1, page: 1 });
  });
});
