// Cancelling a lead's only meeting takes the lead back from "meeting booked" to its stage before
// the booking (an outcome with the reason, on the timeline and as a lead.outcome webhook); the
// funnel still counts the meeting; rescheduling keeps the stage; a second confirmed meeting, or a
// lead already further along, keeps it too.
import { describe, expect, it } from "vitest";
import { BANK_VP, submitDemo, useRoutingKit } from "../../testing/routing-kit";
import { recordLeadOutcome } from "../outcomes/record-lead-outcome";
import { bookSlot } from "./book-slot";
import { cancelBooking, rescheduleBooking } from "./change-booking";
import { listSlots } from "./list-slots";

// Tuesday 1 December 2026, 10:00 in New York: Sarah is at work.
const NOW = new Date("2026-12-01T15:00:00Z");
const LATER = new Date(NOW.getTime() + 3_600_000);
const lane = process.env.TEST_DATABASE_URL ? "postgres" : "pglite";
const env = useRoutingKit();
const db = () => env.testDb.db;

async function bookedLead(email: string, opts: { contacted?: boolean } = {}) {
  const lead = await submitDemo(env.testDb, env.kit, { ...BANK_VP, email }, NOW);
  const workspaceId = env.kit.workspaceId;
  if (opts.contacted) await db().$transaction((tx) => recordLeadOutcome(tx, { workspaceId, leadId: lead.id, stage: "CONTACTED", occurredAt: NOW, source: "API", actor: { kind: "api-key", apiKeyId: "k" }, now: NOW }));
  const slots = await listSlots(db(), { workspaceId, leadId: lead.id, timeZone: "UTC", now: NOW });
  const start = new Date(slots.days[0]!.slots[0]!.start);
  const booked = await bookSlot(db(), env.kit.deps, { workspaceId, leadId: lead.id, start, timeZone: "UTC", bookedBy: "prospect", now: NOW });
  if (!booked.ok) throw new Error("not booked");
  expect((await db().lead.findUniqueOrThrow({ where: { id: lead.id } })).stage).toBe("MEETING_BOOKED");
  return { lead, bookingId: booked.booking.id, start };
}

const stageOf = async (leadId: string) => (await db().lead.findUniqueOrThrow({ where: { id: leadId } })).stage;
const outcomeWebhooks = async () => (await db().webhookEvent.findMany({ where: { type: "lead.outcome" }, orderBy: { createdAt: "asc" } })).map((e) => (e.payload as { data: { lead: { id: string; stage: string }; outcome: { stage: string; reason: string | null; source: string } } }).data);

describe(`a cancelled meeting and the lead's stage (${lane})`, () => {
  it("the prospect cancels the only meeting: back to contacted, an outcome with the reason, a timeline entry, a lead.outcome webhook; the funnel still counts the meeting", async () => {
    await db().webhookEndpoint.create({ data: { workspaceId: env.kit.workspaceId, url: "https://hooks.example.com/x", events: ["lead.outcome"], secret: "whsec_x" } });
    const { lead, bookingId } = await bookedLead("cancel@firstbank.com", { contacted: true });
    await cancelBooking(db(), env.kit.deps, { workspaceId: env.kit.workspaceId, bookingId, by: "prospect", now: LATER });

    const stored = await db().lead.findUniqueOrThrow({ where: { id: lead.id }, include: { outcomes: { orderBy: { recordedAt: "asc" } }, events: { where: { type: "outcome" } } } });
    expect(stored).toMatchObject({ stage: "CONTACTED", stageChangedAt: LATER, firstContactAt: NOW });
    expect(stored.outcomes.map((o) => o.stage)).toContain("MEETING_BOOKED"); // the history keeps the meeting
    expect(stored.outcomes.at(-1)).toMatchObject({ stage: "CONTACTED", source: "BOOKING", reason: "Meeting cancelled by the prospect", occurredAt: LATER });
    expect(stored.events.at(-1)!.data).toMatchObject({ stage: "CONTACTED", previousStage: "MEETING_BOOKED", stageChanged: true, reason: "Meeting cancelled by the prospect" });
    expect((await outcomeWebhooks()).at(-1)).toMatchObject({ lead: { id: lead.id, stage: "CONTACTED" }, outcome: { stage: "CONTACTED", reason: "Meeting cancelled by the prospect", source: "BOOKING", stageChanged: true } });
    // The funnel's "ever reached a meeting": an outcome at a meeting stage, or a booking (funnel-sql.ts).
    expect(await db().leadOutcome.count({ where: { leadId: lead.id, stage: { in: ["MEETING_BOOKED", "MEETING_HELD", "NO_SHOW"] } } })).toBe(1);
    expect(await db().booking.count({ where: { leadId: lead.id } })).toBe(1);
  });

  it("booked straight away, cancelled by Sarah from the lead page: back to accepted, saying who", async () => {
    const { lead, bookingId } = await bookedLead("accepted@firstbank.com");
    const sarah = await db().repProfile.findUniqueOrThrow({ where: { id: await env.kit.repIdOf("Sarah") } });
    await cancelBooking(db(), env.kit.deps, { workspaceId: env.kit.workspaceId, bookingId, by: `rep:${sarah.userId}`, now: LATER });
    expect(await stageOf(lead.id)).toBe("ACCEPTED");
    expect(await db().leadOutcome.findFirst({ where: { leadId: lead.id }, orderBy: { recordedAt: "desc" } })).toMatchObject({ stage: "ACCEPTED", reason: "Meeting cancelled by Sarah Chen", actorUserId: sarah.userId });
  });

  it("rescheduling keeps the stage; a lead already further along keeps its stage when its meeting is cancelled", async () => {
    const { lead, bookingId, start } = await bookedLead("moved@firstbank.com");
    const moved = await rescheduleBooking(db(), env.kit.deps, { workspaceId: env.kit.workspaceId, bookingId, start: new Date(start.getTime() + 3_600_000), by: "prospect", now: NOW });
    expect(moved.ok).toBe(true);
    expect(await stageOf(lead.id)).toBe("MEETING_BOOKED");
    await db().$transaction((tx) => recordLeadOutcome(tx, { workspaceId: env.kit.workspaceId, leadId: lead.id, stage: "OPPORTUNITY", occurredAt: NOW, amount: 1000, source: "API", actor: { kind: "api-key", apiKeyId: "k" }, now: NOW }));
    await cancelBooking(db(), env.kit.deps, { workspaceId: env.kit.workspaceId, bookingId, by: "prospect", now: LATER });
    expect(await stageOf(lead.id)).toBe("OPPORTUNITY");
  });
});
