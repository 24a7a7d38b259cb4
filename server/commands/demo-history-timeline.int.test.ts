// The demo a newcomer or a manager opens: a history lead's History (its timeline, LeadEvent rows)
// tells what its assignments and lifecycle say, with the entries the live product writes for them:
// - every accepted assignment has one "accepted" entry at its acceptedAt, for its rep — the rep's
//   own Accept (assignments/accept-assignment.ts → outcomes/accept-lead.ts: by the rep's user, no
//   `via`), or the meeting booked on the page that accepted it (booking-history.ts, via "booking"),
//   never both; an assignment that was not accepted has none;
// - every lead routed at its submission has the "routed" entry save-decision.ts writes with its
//   first assignment (a graduate's comes at its graduation: demo-history-graduation tests it);
// - every step a rep recorded (contacted, meeting held, no-show, opportunity, won, lost, not a
//   fit) has the "outcome" entry record-lead-outcome.ts writes, at the step's time (ACCEPTED and a
//   booking's MEETING_BOOKED have theirs in "accepted" and "booked", as live);
// - each step is recorded by whom and from where live records it: the rep's steps from the inbox
//   (source INBOX) by the owner's user, so History reads "Marked won by Sarah Chen", not "by the
//   app"; ACCEPTED by the app (SYSTEM) on behalf of whoever accepted (accept-lead.ts); a booking's
//   MEETING_BOOKED from the booking (BOOKING) by whoever booked (book-slot.ts: the rep, or nobody);
// - a nurture or disqualified lead has the "routed" entry save-decision.ts writes at its submission,
//   with no assignment and the decision record on the entry (the lead's Routing decision reads it).
import { afterAll, beforeAll, expect, it } from "vitest";
import { describeLeadEvent } from "@/components/assignments/event-text";
import { getLead } from "../services/leads/get-lead";
import { leadResource } from "../api/rest/lead-resource";
import { readStoredDecision } from "../domain/routing/stored-decision";
import { seededDemoWithHistory } from "../testing/seeded-demo";
import type { TestDb } from "../testing/test-db";

const NOW = new Date("2026-12-03T15:40:00Z");
let testDb: TestDb;
let workspaceId: string;

beforeAll(async () => {
  ({ testDb, workspaceId } = await seededDemoWithHistory(NOW, 30));
}, 300_000);

afterAll(async () => {
  await testDb?.close();
});

type TData = Record<string, unknown>;

/** Rows grouped by a key (Map.groupBy needs Node 21). */
function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const row of rows) out.set(key(row), [...(out.get(key(row)) ?? []), row]);
  return out;
}

it("every accepted history assignment has one accepted entry at its acceptedAt, by its rep (or the booking that accepted it), and no other has one", async () => {
  const db = testDb.db;
  const assignments = await db.leadAssignment.findMany({ where: { workspaceId, leadId: { startsWith: "hist" } }, select: { id: true, leadId: true, repId: true, assignedAt: true, acceptedAt: true, rep: { select: { userId: true } } } });
  const accepted = assignments.filter((a) => a.acceptedAt);
  expect(accepted.length).toBeGreaterThan(100);
  const events = await db.leadEvent.findMany({ where: { workspaceId, leadId: { startsWith: "hist" }, type: "accepted" }, select: { leadId: true, data: true, createdAt: true } });
  const byAssignment = groupBy(events, (e) => (e.data as TData).assignmentId as string);
  const wrong: string[] = [];
  for (const a of accepted) {
    const mine = byAssignment.get(a.id) ?? [];
    if (mine.length !== 1) {
      wrong.push(`${a.id}: ${mine.length} accepted entries`);
      continue;
    }
    const e = mine[0]!;
    const d = e.data as TData;
    if (e.leadId !== a.leadId || e.createdAt.getTime() !== a.acceptedAt!.getTime() || d.repId !== a.repId) wrong.push(`${a.id}: entry ${e.createdAt.toISOString()} for ${String(d.repId)}, accepted ${a.acceptedAt!.toISOString()} by ${a.repId}`);
    if (d.timeToAcceptMs !== a.acceptedAt!.getTime() - a.assignedAt.getTime()) wrong.push(`${a.id}: timeToAcceptMs ${String(d.timeToAcceptMs)}`);
    // The rep's Accept: by their user (the inbox's button); a booking on the page: the prospect's (no user).
    if (d.via === "booking" ? d.byUserId !== null : d.via !== undefined || d.byUserId !== a.rep!.userId) wrong.push(`${a.id}: via ${String(d.via)} by ${String(d.byUserId)}`);
  }
  expect(wrong).toEqual([]);
  // None for an assignment nobody accepted (an SLA-lapsed one, a lead closed unaccepted).
  expect(events.length).toBe(accepted.length);
  // Both kinds are there: the rep's own Accept, and the booking-made ones.
  expect(events.filter((e) => (e.data as TData).via === "booking").length).toBeGreaterThan(10);
  expect(events.filter((e) => (e.data as TData).via === undefined).length).toBeGreaterThan(accepted.length / 2);
}, 120_000);

it("a lead's History reads 'Accepted by <rep>' where its assignment shows accepted", async () => {
  const db = testDb.db;
  const lead = await db.lead.findFirstOrThrow({ where: { workspaceId, id: { startsWith: "hist" }, acceptedAt: { not: null }, bookings: { none: {} } }, select: { id: true, ownerRep: { select: { user: { select: { name: true } } } } } });
  const detail = await getLead(db, workspaceId, lead.id);
  const names = { repName: () => lead.ownerRep!.user.name!, userName: () => lead.ownerRep!.user.name! };
  const titles = detail.events.map((e) => describeLeadEvent(e.type, e.data, names, "USD")?.title);
  expect(titles).toContain(`Accepted by ${lead.ownerRep!.user.name}`);
});

it("every lead routed at its submission has its routed entry with its first assignment", async () => {
  const db = testDb.db;
  const leads = await db.lead.findMany({
    where: { workspaceId, id: { startsWith: "hist" }, assignments: { some: {} }, NOT: { routingOutcome: "nurture" } },
    select: { id: true, assignments: { orderBy: { assignedAt: "asc" }, take: 1, select: { id: true, repId: true, assignedAt: true } }, events: { where: { type: "routed" }, select: { data: true, createdAt: true } } },
  });
  expect(leads.length).toBeGreaterThan(100);
  const wrong = leads.flatMap((l) => {
    const first = l.assignments[0]!;
    const [e, ...more] = l.events;
    const d = (e?.data ?? {}) as TData;
    return !e || more.length > 0 || e.createdAt.getTime() !== first.assignedAt.getTime() || d.assignmentId !== first.id || d.repId !== first.repId ? [`${l.id}: ${l.events.length} routed`] : [];
  });
  expect(wrong).toEqual([]);
});

it("every step a rep recorded has its outcome entry at the step's time; ACCEPTED and a booking's MEETING_BOOKED have none", async () => {
  const db = testDb.db;
  const outcomes = await db.leadOutcome.findMany({ where: { workspaceId, leadId: { startsWith: "hist" } }, select: { id: true, leadId: true, stage: true, occurredAt: true, amount: true, reason: true, source: true, actorUserId: true, repId: true } });
  const recorded = outcomes.filter((o) => o.stage !== "ACCEPTED" && o.source !== "BOOKING");
  expect(recorded.length).toBeGreaterThan(100);
  const events = await db.leadEvent.findMany({ where: { workspaceId, leadId: { startsWith: "hist" }, type: "outcome" }, select: { leadId: true, data: true, createdAt: true } });
  const byOutcome = groupBy(events, (e) => (e.data as TData).outcomeId as string);
  const wrong = recorded.flatMap((o) => {
    const mine = byOutcome.get(o.id) ?? [];
    const d = (mine[0]?.data ?? {}) as TData;
    const isRight = mine.length === 1 && mine[0]!.leadId === o.leadId && mine[0]!.createdAt.getTime() === o.occurredAt.getTime() && d.stage === o.stage && d.occurredAt === o.occurredAt.toISOString()
      && d.amount === (o.amount === null ? null : o.amount.toFixed(2)) && d.reason === o.reason && d.source === o.source && d.repId === o.repId && d.byUserId === o.actorUserId;
    return isRight ? [] : [`${o.id} ${o.stage}: ${mine.length} entries ${JSON.stringify(d)}`];
  });
  expect(wrong).toEqual([]);
  expect(events.length).toBe(recorded.length);
});

it("each step is recorded by whom and from where live records it: the rep's from the inbox by their user, ACCEPTED by the one who accepted, a booking's by who booked", async () => {
  const db = testDb.db;
  const outcomes = await db.leadOutcome.findMany({
    where: { workspaceId, leadId: { startsWith: "hist" } },
    select: { id: true, leadId: true, stage: true, source: true, actorUserId: true, repId: true, lead: { select: { ownerRepId: true, ownerRep: { select: { userId: true } }, bookings: { select: { bookedBy: true } } } } },
  });
  expect(outcomes.length).toBeGreaterThan(300);
  const accepted = await db.leadEvent.findMany({ where: { workspaceId, leadId: { startsWith: "hist" }, type: "accepted" }, select: { leadId: true, data: true } });
  const acceptedBy = new Map(accepted.map((e) => [e.leadId, ((e.data as TData).byUserId ?? null) as string | null]));
  const wrong = outcomes.flatMap((o) => {
    const owner = o.lead.ownerRep?.userId ?? null;
    const bookedBy = o.lead.bookings[0]?.bookedBy ?? "";
    const expected =
      o.stage === "ACCEPTED" ? { source: "SYSTEM", actorUserId: acceptedBy.has(o.leadId) ? acceptedBy.get(o.leadId)! : "(no accepted entry)" }
      : o.source === "BOOKING" ? { source: "BOOKING", actorUserId: bookedBy.startsWith("rep:") ? bookedBy.slice(4) : null }
      : { source: "INBOX", actorUserId: owner };
    const isRight = o.source === expected.source && o.actorUserId === expected.actorUserId && o.repId === o.lead.ownerRepId && (o.stage !== "ACCEPTED" || o.actorUserId === null || o.actorUserId === owner);
    return isRight ? [] : [`${o.id} ${o.stage}: ${o.source} by ${String(o.actorUserId)}, expected ${expected.source} by ${String(expected.actorUserId)}`];
  });
  expect(wrong.slice(0, 10)).toEqual([]);
  // The rep's steps, their own accepts and the rep-made bookings name a user; page bookings' acceptances and prospects' bookings none.
  expect(outcomes.filter((o) => o.source === "INBOX" && o.actorUserId).length).toBeGreaterThan(200);
  expect(outcomes.filter((o) => o.stage === "ACCEPTED" && o.actorUserId).length).toBeGreaterThan(100);
  expect(outcomes.filter((o) => o.source === "BOOKING" && o.actorUserId).length).toBeGreaterThan(0);
  expect(outcomes.filter((o) => o.source === "BOOKING" && !o.actorUserId).length).toBeGreaterThan(0);
}, 120_000);

it("a won history lead's History reads 'Marked won by <its rep>' from the inbox, not 'by the app'", async () => {
  const db = testDb.db;
  const lead = await db.lead.findFirstOrThrow({ where: { workspaceId, id: { startsWith: "hist" }, stage: "WON" }, select: { id: true, ownerRep: { select: { userId: true, user: { select: { name: true } } } } } });
  const name = lead.ownerRep!.user.name!;
  const detail = await getLead(db, workspaceId, lead.id);
  const names = { repName: () => name, userName: (id: string) => (id === lead.ownerRep!.userId ? name : `someone else (${id})`) };
  const texts = detail.events.filter((e) => e.type === "outcome").map((e) => describeLeadEvent(e.type, e.data, names, "USD"));
  expect(texts.map((t) => t?.title)).toContain(`Marked won by ${name}`);
  expect(texts.filter((t) => t?.detail?.includes("by the app"))).toEqual([]);
  expect(texts.find((t) => t?.title === `Marked won by ${name}`)?.detail).toMatch(/^from the inbox/);
});

it("every nurture and disqualified lead has the routed entry of its submission, with its decision record, before its nurture entries", async () => {
  const db = testDb.db;
  const leads = await db.lead.findMany({
    where: { workspaceId, id: { startsWith: "hist" }, routingOutcome: { in: ["nurture", "disqualified"] } },
    select: { id: true, submittedAt: true, routingOutcome: true, routingPathId: true, events: { orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { type: true, data: true, createdAt: true } } },
  });
  expect(leads.filter((l) => l.routingOutcome === "nurture").length).toBeGreaterThan(50);
  expect(leads.filter((l) => l.routingOutcome === "disqualified").length).toBeGreaterThan(5);
  const wrong = leads.flatMap((l) => {
    const [first] = l.events;
    const routed = l.events.filter((e) => e.type === "routed" && e.createdAt.getTime() === l.submittedAt.getTime());
    const d = (routed[0]?.data ?? {}) as TData;
    const decision = readStoredDecision(d.decision);
    const code = l.routingOutcome === "nurture" ? "NURTURE" : "DISQUALIFIED";
    const isRight = routed.length === 1 && first?.type === "routed" && d.outcome === l.routingOutcome && d.pathId === l.routingPathId && d.repId === null && d.assignmentId === null
      && decision?.outcome === l.routingOutcome && decision.pathId === l.routingPathId && decision.reasons.map((r) => r.code).join() === `PATH_MATCHED,${code}` && decision.evaluatedAtIso === l.submittedAt.toISOString();
    return isRight ? [] : [`${l.id} (${l.routingOutcome}): first ${first?.type}, ${routed.length} routed at submission ${JSON.stringify(d)}`];
  });
  expect(wrong.slice(0, 10)).toEqual([]);
  // The lead's Routing decision (the REST lead, the lead page's panel) is read from that entry.
  const nurture = leads.find((l) => l.routingOutcome === "nurture" && !l.events.some((e) => e.type === "routed" && (e.data as TData).assignmentId))!;
  const resource = await leadResource(db, workspaceId, nurture.id);
  expect(resource.decision).toMatchObject({ outcome: "nurture", path: { id: nurture.routingPathId }, assignmentId: null, decidedAt: nurture.submittedAt });
  expect(resource.decision!.reasons.length).toBeGreaterThan(0);
}, 120_000);
