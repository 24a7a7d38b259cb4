// Reassigning a lead whose prospect already booked a meeting with its owner: the meeting stays
// with that rep (confirmed), and the new owner's alert says so — it opens with who reassigned the
// lead to them, from whom and why (not "a new lead was routed to you"), and names the meeting
// with the other rep, who keeps it unless a manager moves it. A meeting with the new owner
// themself is not named.
// The seeded demo workspace (the bank VP goes to Sarah Chen in Enterprise; Priya Patel is the
// other enterprise rep) and the real job queue.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { BANK_VP, runAfterCommitJobs, submitDemo, useRoutingKit } from "../../testing/routing-kit";
import { resetClock } from "../../testing/sla-clock";
import { moveClock } from "../../time/clock";
import { zonedTime } from "../../mail/templates/rep-alert";
import { bookSlot } from "../bookings/book-slot";
import { listSlots } from "../bookings/list-slots";
import { reassignLead } from "./reassign-lead";

// Tuesday 1 December 2026, 10:00 in New York: Sarah and Priya (Enterprise) are at work.
const NOW = new Date("2026-12-01T15:00:00Z");
const LATER = new Date(NOW.getTime() + 10 * 60_000);
const lane = process.env.TEST_DATABASE_URL ? "postgres" : "pglite";
const env = useRoutingKit();
// The jobs run at the app clock's time: before the meeting.
beforeEach(() => moveClock({ to: LATER }));
afterEach(() => resetClock());
/** A time as Priya's alert shows it: in her zone, named. */
const inPriyasZone = (iso: string) => zonedTime(new Date(iso), "America/New_York");

async function bookedWithSarah() {
  const db = env.testDb.db;
  const lead = await submitDemo(env.testDb, env.kit, BANK_VP, NOW);
  expect(lead.ownerRepId).toBe(await env.kit.repIdOf("Sarah"));
  const slots = await listSlots(db, { workspaceId: env.kit.workspaceId, leadId: lead.id, timeZone: "UTC", now: NOW });
  const first = slots.days[0]!.slots[0]!;
  const booked = await bookSlot(db, env.kit.deps, { workspaceId: env.kit.workspaceId, leadId: lead.id, start: new Date(first.start), timeZone: "UTC", bookedBy: "prospect", now: NOW });
  if (!booked.ok) throw new Error("the first slot was not free");
  return { lead, bookingId: booked.booking.id, startsAt: first.start };
}

async function alertsTo(email: string) {
  return env.testDb.db.emailMessage.findMany({ where: { template: "rep-alert", to: { has: email } }, orderBy: { createdAt: "asc" } });
}

describe(`reassigning a lead with a meeting booked with its owner (${lane})`, () => {
  const byOlivia = "Hi Priya Patel, Olivia Owner reassigned this lead to you from Sarah Chen. Reason: test.";
  it.each([
    ["the next best rep", null, "owner", byOlivia],
    ["a named rep", "Priya", "owner", byOlivia],
    // POST /api/v1/leads/{id}/reassign with an API key: no user to name.
    ["the next best rep, with an API key", null, null, "Hi Priya Patel, this lead was reassigned to you from Sarah Chen through the API. Reason: test."],
  ] as const)("to %s: the meeting stays with Sarah, and Priya's alert says who reassigned it, why, and that the meeting stays with Sarah", async (_label, named, byWhom, opening) => {
    const db = env.testDb.db;
    const owner = await db.user.findUniqueOrThrow({ where: { email: "owner@demo.switchboard.dev" } });
    const priya = await env.kit.repIdOf("Priya");
    const sarah = await env.kit.repIdOf("Sarah");
    const { lead, bookingId, startsAt } = await bookedWithSarah();
    await runAfterCommitJobs(env.kit);

    const toRepId = named ? await env.kit.repIdOf(named) : null;
    const result = await reassignLead(db, env.kit.deps, { workspaceId: env.kit.workspaceId, leadId: lead.id, toRepId, reason: "test", byUserId: byWhom ? owner.id : null, now: LATER });
    expect(result.decision?.repId).toBe(priya);
    await runAfterCommitJobs(env.kit);

    expect(await db.booking.findUniqueOrThrow({ where: { id: bookingId } })).toMatchObject({ status: "CONFIRMED", repId: sarah });
    const [alert, ...others] = await alertsTo("priya@demo.switchboard.dev");
    expect(others).toEqual([]);
    expect(alert!.subject).toMatch(/^Reassigned to you: /);
    expect(alert!.text).toContain(opening);
    expect(alert!.text).not.toContain("a new lead was routed to you");
    expect(alert!.text).toContain(`The prospect has a meeting booked for ${inPriyasZone(startsAt)} with Sarah Chen: it stays with Sarah Chen unless a manager moves it`);
    expect(alert!.text).not.toContain("no longer works leads here");
  });

  it("back to the rep the meeting is with: their alert names no meeting", async () => {
    const db = env.testDb.db;
    const owner = await db.user.findUniqueOrThrow({ where: { email: "owner@demo.switchboard.dev" } });
    const { lead } = await bookedWithSarah();
    await runAfterCommitJobs(env.kit);
    const deps = env.kit.deps;
    const ws = env.kit.workspaceId;
    await reassignLead(db, deps, { workspaceId: ws, leadId: lead.id, toRepId: await env.kit.repIdOf("Priya"), reason: "cover", byUserId: owner.id, now: LATER });
    await reassignLead(db, deps, { workspaceId: ws, leadId: lead.id, toRepId: await env.kit.repIdOf("Sarah"), reason: "back from leave", byUserId: owner.id, now: new Date(LATER.getTime() + 60_000) });
    await runAfterCommitJobs(env.kit);

    const alerts = await alertsTo("sarah@demo.switchboard.dev");
    const back = alerts.find((a) => a.text.includes("reassigned this lead to you"));
    expect(back!.text).toContain("Hi Sarah Chen, Olivia Owner reassigned this lead to you from Priya Patel. Reason: back from leave.");
    expect(back!.text).not.toContain("The prospect has a meeting booked");
  });
});
