// The routing SLA starts the rep's accept clock when they are at work: a lead routed at 02:00 New
// York time to an Inside Sales rep asleep (the inbound path prefers reps at work but does not
// require them) is due in that rep's morning — the reminder at their start + 5 minutes, the
// reassignment at + 15, the alert's "accept by" and the reminder's too — not at 02:05 and 02:15.
// A lead routed during the rep's hours keeps its assignment time.
import { describe, expect, it } from "vitest";
import { remindUnaccepted } from "../assignments/follow-ups";
import { unlimitedRateLimits } from "../rate-limit/rate-limits";
import { submitForm } from "../submissions/submit-form";
import { BANK_VP, runAfterCommitJobs, submitDemo, useRoutingKit } from "../../testing/routing-kit";

// Tuesday 1 December 2026, 02:00 in New York (07:00 UTC): 01:00 in Chicago, 23:00 Monday in Los Angeles.
const NY_2AM = new Date("2026-12-01T07:00:00Z");
// Tuesday 1 December 2026, 10:00 in New York: Sarah (Enterprise) is at work.
const NY_MORNING = new Date("2026-12-01T15:00:00Z");
// The Inside Sales reps' next working start: Tom 08:00 Chicago (14:00 UTC), Maya 07:00 Los Angeles (15:00 UTC).
const MORNING_OF: Record<string, string> = { Tom: "2026-12-01T14:00:00.000Z", Maya: "2026-12-01T15:00:00.000Z" };
// A 50-person company: no enterprise path, round-robin in Inside Sales (reps at work preferred).
const { budget: _b, timeline: _t, ...smallCompany } = BANK_VP;
const INBOUND = { ...smallCompany, email: "ops@midsize.com", company: "Midsize", company_size: "20-199", industry: "technology", start_when: "asap" };

const env = useRoutingKit();
const lane = process.env.TEST_DATABASE_URL ? "postgres" : "pglite";
const MIN = 60_000;

async function timers(assignmentId: string): Promise<Record<string, string>> {
  const rows = await env.testDb.db.$queryRaw<{ name: string; startAfter: Date }[]>`
    SELECT name, start_after AS "startAfter" FROM pgboss.job WHERE name IN ('routing.sla-remind', 'routing.sla-reassign') AND data->>'assignmentId' = ${assignmentId}`;
  return Object.fromEntries(rows.map((r) => [r.name, new Date(r.startAfter).toISOString()]));
}

async function ownerName(repId: string | null): Promise<string> {
  const rep = await env.testDb.db.repProfile.findUniqueOrThrow({ where: { id: repId! }, include: { user: true } });
  return rep.user.name!.split(" ")[0]!;
}

describe(`the SLA clock starts when the rep is at work (${lane})`, () => {
  it("a lead routed at 02:00 to a rep off duty: the column, the timers and the alert's accept-by are from the rep's morning", async () => {
    // Routed and committed; the after-commit job ("routing.assigned") not run yet.
    const { response } = await submitForm(env.testDb.db, {
      slug: "demo",
      body: { answers: INBOUND, context: { fillTimeMs: 20_000, source: "api" } },
      idempotencyKey: null,
      ip: "10.0.0.7",
      now: NY_2AM,
      rateLimit: unlimitedRateLimits().formSubmission,
      routing: env.kit.deps,
    });
    const routed = await env.testDb.db.lead.findUniqueOrThrow({ where: { id: response.leadId } });
    await runAfterCommitJobs(env.kit);
    const lead = await env.testDb.db.lead.findUniqueOrThrow({ where: { id: response.leadId }, include: { assignments: true } });
    expect(lead.status).toBe("ASSIGNED");
    const owner = await ownerName(lead.ownerRepId);
    const morning = MORNING_OF[owner];
    expect(morning, `routed to ${owner}`).toBeDefined();
    const assignment = (await env.testDb.db.leadAssignment.findUniqueOrThrow({ where: { id: lead.assignments[0]!.id } }))!;
    expect(assignment.assignedAt.toISOString()).toBe(NY_2AM.toISOString());
    expect(assignment.slaStartsAt?.toISOString()).toBe(morning);
    const start = new Date(morning!).getTime();
    expect(await timers(assignment.id)).toEqual({ "routing.sla-remind": new Date(start + 5 * MIN).toISOString(), "routing.sla-reassign": new Date(start + 15 * MIN).toISOString() });
    // The alert (sent at 02:00) asks for acceptance by the rep's start + 15 minutes.
    const alert = await env.testDb.db.emailMessage.findFirstOrThrow({ where: { template: "rep-alert", dedupeKey: `alert:${assignment.id}` } });
    // In the rep's own zone, named, with why the clock waits (it said "… 2026-12-01 14:00 UTC").
    const local: Record<string, [string, string]> = { Tom: ["Tuesday, 1 December 2026, 08:00 Chicago (GMT−6)", "08:15 Chicago (GMT−6)"], Maya: ["Tuesday, 1 December 2026, 07:00 Los Angeles (GMT−8)", "07:15 Los Angeles (GMT−8)"] };
    const [startsLocal, byLocal] = local[owner]!;
    expect(alert.text).toContain(`This lead reached you outside your working hours: your clock starts when you are next available, ${startsLocal}.`);
    expect(alert.text).toContain(`Please accept by ${byLocal};`);
    expect(alert.text).not.toContain("UTC");
    // The claim (followUpsAt, slaStartsAt) is the job's bookkeeping: the lead's row is not touched by it.
    expect(lead.updatedAt.getTime()).toBe(routed.updatedAt.getTime());

    // The reminder (due at the rep's start + 5) says the same accept-by.
    expect(await remindUnaccepted(env.testDb.db, env.kit.deps, assignment.id, new Date(start + 5 * MIN))).toBe(true);
    const [reminder] = await env.testDb.db.$queryRaw<{ data: { acceptByIso: string | null; isReminder: boolean } }[]>`
      SELECT data FROM pgboss.job WHERE name = 'routing.alert' AND data->>'assignmentId' = ${assignment.id} AND (data->>'isReminder')::boolean`;
    expect(reminder!.data.acceptByIso).toBe(new Date(start + 15 * MIN).toISOString());
  });

  it("a lead routed while the rep is at work: the clock starts at the assignment", async () => {
    const lead = await submitDemo(env.testDb, env.kit, BANK_VP, NY_MORNING);
    const assignment = await env.testDb.db.leadAssignment.findUniqueOrThrow({ where: { id: lead.assignments[0]!.id } });
    expect(assignment.slaStartsAt?.toISOString()).toBe(NY_MORNING.toISOString());
    const alert = await env.testDb.db.emailMessage.findFirstOrThrow({ where: { template: "rep-alert", dedupeKey: `alert:${assignment.id}` } });
    expect(alert.text).toContain("Please accept by Tuesday, 1 December 2026, 10:15 New York (GMT−5);");
    expect(alert.text).not.toContain("your clock starts");
    expect(await timers(assignment.id)).toEqual({ "routing.sla-remind": new Date(NY_MORNING.getTime() + 5 * MIN).toISOString(), "routing.sla-reassign": new Date(NY_MORNING.getTime() + 15 * MIN).toISOString() });
  });

  it("a rep on leave when their day starts: the clock starts when they are back at work", async () => {
    // Both Inside Sales reps are away until Wednesday 12:00 UTC: the clock starts at their Wednesday start.
    const tom = await env.kit.repIdOf("Tom");
    const maya = await env.kit.repIdOf("Maya");
    for (const repId of [tom, maya]) {
      await env.testDb.db.repTimeOff.create({ data: { repId, startsAt: new Date("2026-11-30T00:00:00Z"), endsAt: new Date("2026-12-02T12:00:00Z"), note: "away" } });
    }
    const lead = await submitDemo(env.testDb, env.kit, INBOUND, NY_2AM);
    const owner = await ownerName(lead.ownerRepId);
    const wednesday: Record<string, string> = { Tom: "2026-12-02T14:00:00.000Z", Maya: "2026-12-02T15:00:00.000Z" };
    const assignment = await env.testDb.db.leadAssignment.findUniqueOrThrow({ where: { id: lead.assignments[0]!.id } });
    expect(assignment.slaStartsAt?.toISOString()).toBe(wednesday[owner]);
    const alert = await env.testDb.db.emailMessage.findFirstOrThrow({ where: { template: "rep-alert", dedupeKey: `alert:${assignment.id}` } });
    expect(alert.text).toContain("This lead reached you while you are on leave: your clock starts when you are next available, Wednesday, 2 December 2026");
    await runAfterCommitJobs(env.kit);
    expect((await timers(assignment.id))["routing.sla-reassign"]).toBe(new Date(new Date(wednesday[owner]!).getTime() + 15 * MIN).toISOString());
  });

  it("a rep in a meeting booked through Switchboard when their day starts: the clock starts after it and its buffer, a cancelled one does not count", async () => {
    const { db } = env.testDb;
    const workspaceId = env.kit.workspaceId;
    // A prospect booked each Inside Sales rep at their start of day (no meeting type: the default's
    // 10 minutes after); an earlier booking of Tom's, cancelled, at 14:30 does not block him.
    const prospect = await submitDemo(env.testDb, env.kit, BANK_VP, new Date("2026-11-30T15:00:00Z"));
    const booked = (repId: string, startsAt: string, status: "CONFIRMED" | "CANCELLED" = "CONFIRMED") =>
      db.booking.create({ data: { workspaceId, leadId: prospect.id, repId, startsAt: new Date(startsAt), endsAt: new Date(new Date(startsAt).getTime() + 30 * MIN), status, timeZone: "UTC", title: "Intro call", bookedBy: "prospect" } });
    const tom = await env.kit.repIdOf("Tom");
    const maya = await env.kit.repIdOf("Maya");
    await booked(tom, MORNING_OF.Tom!);
    await booked(tom, "2026-12-01T14:40:00.000Z", "CANCELLED");
    await booked(maya, MORNING_OF.Maya!);
    const lead = await submitDemo(env.testDb, env.kit, INBOUND, NY_2AM);
    const owner = await ownerName(lead.ownerRepId);
    const assignment = await db.leadAssignment.findUniqueOrThrow({ where: { id: lead.assignments[0]!.id } });
    // 30 minutes of meeting and 10 of buffer after the rep's start.
    expect(assignment.slaStartsAt?.toISOString()).toBe(new Date(new Date(MORNING_OF[owner]!).getTime() + 40 * MIN).toISOString());
    const alert = await db.emailMessage.findFirstOrThrow({ where: { template: "rep-alert", dedupeKey: `alert:${assignment.id}` } });
    const local: Record<string, string> = { Tom: "Tuesday, 1 December 2026, 08:40 Chicago (GMT−6)", Maya: "Tuesday, 1 December 2026, 07:40 Los Angeles (GMT−8)" };
    expect(alert.text).toContain(`your clock starts when you are next available, ${local[owner]}.`);
  });
});
