// Meetings booked through Switchboard in routing's "available now": a rep whose CONFIRMED booking
// (with its meeting type's buffers, the SLA clock's definition: booking-busy.ts) covers the
// decision's instant is skipped with IN_MEETING ("in a meeting until 10:25"), as a calendar busy
// block is; a cancelled booking frees them; live routing, Test a lead, the REST routing test and
// Replay agree. The booking read rides in the one locked statement (no statement added).
import { describe, expect, it } from "vitest";
import { startApiKit } from "../../testing/api-kit";
import { liveDecisionAsDryRun, restDryRun } from "../../testing/public-decision";
import type { TRoutingDecision } from "../../domain/routing/routing-types";
import { readStoredDecision } from "../../domain/routing/stored-decision";
import { BANK_VP, submitDemo, useRoutingKit } from "../../testing/routing-kit";
import { replayRouting } from "./replay-routing";
import { getPublishedRouting } from "./routing-settings";
import { testRoutingLead } from "./test-lead";
import { getRep } from "../reps/get-rep";
import { listReps } from "../reps/list-reps";

// Tuesday 1 December 2026, 10:00 in New York: Sarah (Enterprise) is at work and would take the bank VP.
const NY_MORNING = new Date("2026-12-01T15:00:00Z");
const MIN = 60_000;
const env = useRoutingKit(startApiKit);
const lane = process.env.TEST_DATABASE_URL ? "postgres" : "pglite";

// The prospect who books: a small company the day before, routed to Inside Sales (not the
// Enterprise pool these tests watch, so its round-robin turn is untouched).
const { budget: _b, timeline: _t, ...smallCompany } = BANK_VP;
const PROSPECT = { ...smallCompany, email: "ops@midsize.com", company: "Midsize", company_size: "20-199", industry: "technology", start_when: "asap" };
const prospects = new Map<string, string>();

/** A prospect's booking with `repId` (no meeting type: the default type's buffers, 0 before and 10 after). */
async function book(repId: string, startsAt: string, minutes: number, options: { meetingTypeId?: string } = {}) {
  const { db } = env.testDb;
  let leadId = prospects.get(env.kit.workspaceId);
  if (!leadId) {
    const lead = await submitDemo(env.testDb, env.kit, PROSPECT, new Date("2026-11-30T15:00:00Z"));
    expect(readStoredDecision(lead.assignments[0]!.decision)?.pathId).not.toBe("enterprise");
    leadId = lead.id;
    prospects.set(env.kit.workspaceId, leadId);
  }
  const prospect = { id: leadId };
  const start = new Date(startsAt);
  return db.booking.create({
    data: { workspaceId: env.kit.workspaceId, leadId: prospect.id, repId, startsAt: start, endsAt: new Date(start.getTime() + minutes * MIN), timeZone: "UTC", title: "Intro call", bookedBy: "prospect", ...options },
  });
}

/** A meeting type with the given buffers (scoped to nothing else: the booking names it). */
async function meetingType(bufferBeforeMinutes: number, bufferAfterMinutes: number) {
  return env.testDb.db.meetingType.create({
    data: {
      workspaceId: env.kit.workspaceId,
      teamId: null,
      pathId: "booked-meeting-test",
      title: "Deep dive",
      durationMinutes: 30,
      bufferBeforeMinutes,
      bufferAfterMinutes,
      minNoticeMinutes: 0,
      horizonDays: 14,
      slotStepMinutes: 30,
      maxPerDay: null,
      locationKind: "VIDEO",
      location: "https://meet.example.com/{rep}",
      ownerWindowDays: 2,
    },
  });
}

async function preview(at: Date) {
  return testRoutingLead(env.testDb.db, env.kit.workspaceId, { lead: { formSlug: "demo", answers: BANK_VP }, at });
}

/** The REST routing test's answer: the public decision and the rep it would go to. */
async function restTest(at: Date) {
  const rest = await restDryRun(env.testDb.db, env.kit.key, { lead: { form: "demo", answers: BANK_VP }, at: at.toISOString() }, at);
  expect(rest.status).toBe(200);
  return rest.json;
}

const essentials = (d: Pick<TRoutingDecision, "outcome" | "pathId" | "repId" | "teamId" | "reasons" | "skipped">) => ({ outcome: d.outcome, pathId: d.pathId, repId: d.repId, teamId: d.teamId, reasons: d.reasons, skipped: d.skipped });

describe(`meetings booked through Switchboard in routing (${lane})`, () => {
  it("a rep in a confirmed booking now is skipped (in a meeting until its end + buffer) and the lead goes to the next rep; live = test a lead = REST = replay", async () => {
    const sarah = await env.kit.repIdOf("Sarah");
    const priya = await env.kit.repIdOf("Priya");
    // 09:45–10:15 New York, 10 minutes' buffer after (the default type): busy until 10:25.
    await book(sarah, "2026-12-01T14:45:00Z", 30);

    const tested = await preview(NY_MORNING);
    expect(tested.decision.repId).toBe(priya);
    expect(tested.skippedReps.find((s) => s.repId === sarah)?.reasons).toContain("in a meeting until 10:25 New York (GMT−5)");
    expect(tested.decision.skipped.find((s) => s.repId === sarah)?.reasons).toContainEqual({ code: "IN_MEETING", untilIso: "2026-12-01T15:25:00.000Z", timeZone: "America/New_York" });

    const rest = await restTest(NY_MORNING);
    const lead = await submitDemo(env.testDb, env.kit, BANK_VP, NY_MORNING);
    expect(lead.ownerRepId).toBe(priya);
    const live = readStoredDecision(lead.assignments[0]!.decision)!;
    expect(essentials(tested.decision)).toEqual(essentials(live));
    // Through HTTP the public decision a live lead shows (no assignmentId): Sarah skipped in a meeting, Priya chosen.
    expect(rest.decision).toEqual(await liveDecisionAsDryRun(env.testDb.db, env.kit.workspaceId, lead.id));
    expect(rest.rep?.id).toBe(priya);
    expect(rest.decision.skipped.find((s) => s.rep.id === sarah)?.reasons).toContainEqual({ code: "IN_MEETING", untilIso: "2026-12-01T15:25:00.000Z", timeZone: "America/New_York", text: "in a meeting until 10:25 New York (GMT−5)" });

    // Replay decides the stored lead at its submission time with the published config: the booking
    // counts there too (without the bank's account owner, Priya since this lead, it would be Sarah's turn).
    await env.testDb.db.accountOwner.deleteMany({ where: { workspaceId: env.kit.workspaceId } });
    const published = (await getPublishedRouting(env.testDb.db, env.kit.workspaceId))!.config;
    const replay = await replayRouting(env.testDb.db, env.kit.workspaceId, { draft: published, lastN: 1 });
    expect(replay.summary.moved).toEqual([]);
    expect(replay.leads[0]).toMatchObject({ leadId: lead.id, before: { key: `rep:${priya}` }, after: { key: `rep:${priya}` } });

    // After the meeting and its buffer, Sarah is back: her turn.
    const later = await preview(new Date("2026-12-01T15:25:00Z"));
    expect(later.decision.repId).toBe(sarah);
  });

  it("the reps list and the rep's page say 'In a meeting until …' for a booking as routing counts it (buffer included)", async () => {
    const sarah = await env.kit.repIdOf("Sarah");
    const { db } = env.testDb;
    await book(sarah, "2026-12-01T14:45:00Z", 30);
    const listed = (await listReps(db, env.kit.workspaceId, NY_MORNING)).find((r) => r.id === sarah)!;
    expect(listed.availability).toMatchObject({ status: "IN_MEETING", label: "In a meeting until 10:25 New York (GMT−5)" });
    expect((await getRep(db, env.kit.workspaceId, sarah, NY_MORNING)).availability).toEqual(listed.availability);
    // After the meeting and its buffer: working again.
    expect((await listReps(db, env.kit.workspaceId, new Date("2026-12-01T15:25:00Z"))).find((r) => r.id === sarah)!.availability.status).toBe("WORKING");
  });

  it("a cancelled booking frees the rep: test a lead and live routing hand Sarah the lead", async () => {
    const sarah = await env.kit.repIdOf("Sarah");
    const booking = await book(sarah, "2026-12-01T14:45:00Z", 30);
    expect((await preview(NY_MORNING)).decision.repId).not.toBe(sarah);

    await env.testDb.db.booking.update({ where: { id: booking.id }, data: { status: "CANCELLED", cancelledAt: NY_MORNING, cancelReason: "prospect" } });
    const tested = await preview(NY_MORNING);
    expect(tested.decision.repId).toBe(sarah);
    expect(tested.decision.skipped.find((s) => s.repId === sarah)).toBeUndefined();
    const lead = await submitDemo(env.testDb, env.kit, BANK_VP, NY_MORNING);
    expect(lead.ownerRepId).toBe(sarah);
  });

  it.each([
    { name: "the buffer after a meeting that has ended", startsAt: "2026-12-01T14:25:00Z", before: 0, after: 10, until: "10:05", untilIso: "2026-12-01T15:05:00.000Z" },
    { name: "the buffer before a meeting about to start", startsAt: "2026-12-01T15:10:00Z", before: 15, after: 5, until: "10:45", untilIso: "2026-12-01T15:45:00.000Z" },
  ])("$name covers now: the rep is busy ($until)", async ({ startsAt, before, after, until, untilIso }) => {
    const sarah = await env.kit.repIdOf("Sarah");
    const priya = await env.kit.repIdOf("Priya");
    const type = await meetingType(before, after);
    await book(sarah, startsAt, 30, { meetingTypeId: type.id });
    const tested = await preview(NY_MORNING);
    expect(tested.decision.repId).toBe(priya);
    expect(tested.skippedReps.find((s) => s.repId === sarah)?.reasons).toContain(`in a meeting until ${until} New York (GMT−5)`);
    expect(tested.decision.skipped.find((s) => s.repId === sarah)?.reasons).toContainEqual({ code: "IN_MEETING", untilIso, timeZone: "America/New_York" });
    const lead = await submitDemo(env.testDb, env.kit, BANK_VP, NY_MORNING);
    expect(lead.ownerRepId).toBe(priya);
  });

  it("a booking right after a calendar meeting extends it (back-to-back), one outside the buffers does not count", async () => {
    const sarah = await env.kit.repIdOf("Sarah");
    await env.testDb.db.repBusyBlock.create({
      data: { workspaceId: env.kit.workspaceId, repId: sarah, startsAt: new Date("2026-12-01T14:30:00Z"), endsAt: new Date("2026-12-01T15:15:00Z"), source: "caldav", externalId: "standup" },
    });
    await book(sarah, "2026-12-01T15:15:00Z", 30); // until 10:45 + 10 minutes
    const tested = await preview(NY_MORNING);
    expect(tested.skippedReps.find((s) => s.repId === sarah)?.reasons).toContain("in a meeting until 10:55 New York (GMT−5)");

    // After: 11:00–11:30 with 10 minutes after, nothing before: free at 10:55.
    await book(sarah, "2026-12-01T16:00:00Z", 30);
    const free = await preview(new Date("2026-12-01T15:55:00Z"));
    expect(free.decision.skipped.find((s) => s.repId === sarah)).toBeUndefined();
    expect(free.decision.repId).toBe(sarah);
  });
});
