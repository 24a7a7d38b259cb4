// Booking end to end on a real database (the demo workspace): a bank VP's lead is routed to Sarah
// (New York hours); her slots in the prospect's zone, a booking with the lead's token, the invites
// to both sides, the taken slot answered with fresh slots, and the exclusion constraint.
import { describe, expect, it } from "vitest";
import { meetingTimeText } from "../../domain/booking/meeting-time-text";
import { attachmentsOf } from "../../mail/deliver-email";
import { apiRequest, readJson } from "../../testing/api-kit";
import { handleCreateBooking, handleListSlots } from "../../api/rest/handle-bookings";
import { BANK_VP, submitDemo, TEST_SECRET, useRoutingKit } from "../../testing/routing-kit";
import { acceptAssignment } from "../assignments/accept-assignment";
import { bookSlot, isOverlapViolation } from "./book-slot";
import { cancelBooking, rescheduleBooking, rescheduleSlots } from "./change-booking";
import { createBookingToken } from "./booking-token";
import { listSlots, type TSlotsResult } from "./list-slots";
import { unlimitedRateLimits } from "../rate-limit/rate-limits";

// Tuesday 1 December 2026, 10:00 in New York: Sarah is at work.
const NOW = new Date("2026-12-01T15:00:00Z");
const lane = process.env.TEST_DATABASE_URL ? "postgres" : "pglite";
const env = useRoutingKit();
const db = () => env.testDb.db;

async function sarahsLead(email = BANK_VP.email) {
  const lead = await submitDemo(env.testDb, env.kit, { ...BANK_VP, email }, NOW);
  expect(lead.ownerRepId).toBe(await env.kit.repIdOf("Sarah"));
  return lead;
}
const firstSlot = (r: TSlotsResult) => r.days[0]!.slots[0]!;
const api = () => ({ deps: async () => env.kit.deps, limits: unlimitedRateLimits() });

describe(`booking (${lane})`, () => {
  it("lists Sarah's slots in the prospect's zone: two hours' notice, 09:00–17:30 New York, shown in Paris", async () => {
    const lead = await sarahsLead();
    const slots = await listSlots(db(), { workspaceId: env.kit.workspaceId, leadId: lead.id, timeZone: "Europe/Paris", now: NOW });
    expect(slots).toMatchObject({ status: "ready", rep: { name: "Sarah Chen", initials: "SC" }, meetingType: { title: "Intro call", durationMinutes: 30 } });
    // 10:00 NY + 2 h notice → 12:00 NY = 18:00 Paris.
    expect(firstSlot(slots)).toEqual({ start: "2026-12-01T17:00:00.000Z", end: "2026-12-01T17:30:00.000Z", label: "18:00" });
    expect(slots.days[0]!.date).toBe("2026-12-01");
  });

  it("books with the lead's token: 201, first contact, a booked event, invites with .ics to both sides; the slot is gone for the next prospect", async () => {
    const lead = await sarahsLead();
    const token = createBookingToken("book", lead.id, new Date(NOW.getTime() + 86400_000), TEST_SECRET);
    const listed = await readJson<TSlotsResult>(await handleListSlots(db(), apiRequest("GET", `/bookings/slots?token=${token}&tz=America/New_York`), NOW, api()));
    expect(listed.status).toBe(200);
    const start = firstSlot(listed.json).start;
    const created = await readJson<{ booking: { id: string; repName: string; start: string } }>(
      await handleCreateBooking(db(), apiRequest("POST", "/bookings", { body: { token, start, timeZone: "America/New_York" } }), NOW, api()),
    );
    expect(created.status).toBe(201);
    expect(created.json.booking).toMatchObject({ repName: "Sarah Chen", start });
    const stored = await db().lead.findUniqueOrThrow({ where: { id: lead.id }, include: { events: true, assignments: { where: { isCurrent: true } } } });
    expect(stored.firstContactAt).toEqual(NOW);
    expect(stored.assignments[0]!.acceptedAt).toEqual(NOW);
    expect(stored.events.map((e) => e.type)).toContain("booked");

    await env.kit.queue.runDue("booking.notify");
    const emails = await db().emailMessage.findMany({ where: { template: { startsWith: "booking-invite" } } });
    expect(emails.map((e) => e.to[0]).sort()).toEqual(["sarah@demo.switchboard.dev", BANK_VP.email].sort());
    // The prospect's is the workspace's (From name, brand, small print); Sarah's is ours and names the workspace.
    const toProspect = emails.find((e) => e.to[0] === BANK_VP.email)!;
    const toSarah = emails.find((e) => e.to[0] !== BANK_VP.email)!;
    expect(toProspect.from).toMatch(/^"Demo Co via Switchboard" <[^<>]+>$/);
    expect(toProspect.text.split("\n")[0]).toBe("Demo Co");
    expect(toProspect.text).toContain("Powered by Switchboard");
    expect(toSarah.from).not.toContain("Demo Co");
    expect(toSarah.text.split("\n")[0]).toBe("Switchboard");
    expect(toSarah.text).toContain("Workspace: Demo Co.");
    // The meeting's time in each recipient's zone, the zone named as the booking panel names it ("New York (GMT−5)"), in the subject, the HTML and the plain text alike.
    const booked = await db().booking.findUniqueOrThrow({ where: { id: created.json.booking.id }, include: { rep: true } });
    for (const [email, zone] of [[toProspect, "America/New_York"], [toSarah, booked.rep.timeZone]] as const) {
      const when = meetingTimeText(booked.startsAt, booked.endsAt, zone);
      expect(when).toMatch(/, [A-Z][^,]* \(GMT[+−]\d+(:\d\d)?\)$/);
      expect(email.subject).toContain(when);
      expect(email.text).toContain(`When: ${when}`);
      expect(email.html).toContain(when);
      expect(`${email.subject}${email.text}`).not.toMatch(/\((America|Europe|Asia)\/[^)]*\)/);
    }
    for (const email of emails) {
      const [ics] = attachmentsOf(email.attachments);
      expect(ics?.filename).toBe("invite.ics");
      expect(ics?.content).toContain("METHOD:REQUEST");
      expect(ics?.content).toContain(`UID:booking-${created.json.booking.id}@localhost`);
    }

    // The same booking again (a retry): the booking it made (booking-replay.int.test.ts). Another prospect: Sarah's slot is gone.
    const again = await handleCreateBooking(db(), apiRequest("POST", "/bookings", { body: { token, start, timeZone: "UTC" } }), NOW, api());
    expect(again.status).toBe(200);
    const next = await sarahsLead("cfo@firstbank.com");
    const nextSlots = await listSlots(db(), { workspaceId: env.kit.workspaceId, leadId: next.id, timeZone: "UTC", now: NOW });
    expect(nextSlots.days.flatMap((d) => d.slots.map((s) => s.start))).not.toContain(start);
  });

  it("a taken slot is a 409 with fresh slots", async () => {
    const [a, b] = [await sarahsLead("a@firstbank.com"), await sarahsLead("b@firstbank.com")];
    const start = firstSlot(await listSlots(db(), { workspaceId: env.kit.workspaceId, leadId: a.id, timeZone: "UTC", now: NOW })).start;
    expect((await bookSlot(db(), env.kit.deps, { workspaceId: env.kit.workspaceId, leadId: a.id, start: new Date(start), timeZone: "UTC", bookedBy: "prospect", now: NOW })).ok).toBe(true);
    const token = createBookingToken("book", b.id, new Date(NOW.getTime() + 86400_000), TEST_SECRET);
    const response = await readJson<{ error: { code: string; details: unknown[] }; slots: TSlotsResult }>(
      await handleCreateBooking(db(), apiRequest("POST", "/bookings", { body: { token, start, timeZone: "UTC" } }), NOW, api()),
    );
    expect(response.status).toBe(409);
    expect(response.json.error).toMatchObject({ code: "CONFLICT", details: [{ path: "start", message: "Taken" }] });
    expect(response.json.slots.status).toBe("ready");
    expect(response.json.slots.days[0]!.slots[0]!.start).not.toBe(start);
  });

  it("the time right after a booking is kept clear for its buffer after (its meeting type's): not listed, and refused when asked for", async () => {
    const [a, b] = [await sarahsLead("buf-a@firstbank.com"), await sarahsLead("buf-b@firstbank.com")];
    const slotsOf = async (leadId: string) => (await listSlots(db(), { workspaceId: env.kit.workspaceId, leadId, timeZone: "UTC", now: NOW })).days.flatMap((d) => d.slots);
    const first = (await slotsOf(a.id))[0]!;
    const booked = await bookSlot(db(), env.kit.deps, { workspaceId: env.kit.workspaceId, leadId: a.id, start: new Date(first.start), timeZone: "UTC", bookedBy: "prospect", now: NOW });
    expect(booked.ok).toBe(true);
    const row = await db().booking.findFirstOrThrow({ where: { leadId: a.id }, select: { meetingTypeId: true, endsAt: true } });
    // The meeting type it was booked with gets a buffer after of 20 minutes (the built-in default has 10).
    if (row.meetingTypeId) await db().meetingType.update({ where: { id: row.meetingTypeId }, data: { bufferAfterMinutes: 20 } });
    const rightAfter = row.endsAt.toISOString();
    const offered = (await slotsOf(b.id)).map((s) => s.start);
    expect(offered).not.toContain(rightAfter);
    expect(offered.some((s) => s > rightAfter)).toBe(true);
    const attempt = await bookSlot(db(), env.kit.deps, { workspaceId: env.kit.workspaceId, leadId: b.id, start: row.endsAt, timeZone: "UTC", bookedBy: "prospect", now: NOW });
    expect(attempt.ok).toBe(false);
  });

  it("concurrent attempts at one slot: exactly one confirmed", async () => {
    await db().repProfile.update({ where: { id: await env.kit.repIdOf("Sarah") }, data: { maxOpenLeads: null, maxNewLeadsPerDay: null } });
    const leads = [];
    for (let i = 0; i < 6; i++) leads.push(await sarahsLead(`p${i}@firstbank.com`));
    const start = new Date(firstSlot(await listSlots(db(), { workspaceId: env.kit.workspaceId, leadId: leads[0]!.id, timeZone: "UTC", now: NOW })).start);
    const results = await Promise.all(leads.map((l) => bookSlot(db(), env.kit.deps, { workspaceId: env.kit.workspaceId, leadId: l.id, start, timeZone: "UTC", bookedBy: "prospect", now: NOW })));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(await db().booking.count({ where: { status: "CONFIRMED" } })).toBe(1);
  });

  it("the exclusion constraint refuses overlapping confirmed bookings of one rep (and allows cancelled ones)", async () => {
    const lead = await sarahsLead();
    const repId = lead.ownerRepId!;
    const row = { workspaceId: env.kit.workspaceId, leadId: lead.id, repId, timeZone: "UTC", title: "t", bookedBy: "api" };
    await db().booking.create({ data: { ...row, startsAt: new Date("2026-12-02T15:00:00Z"), endsAt: new Date("2026-12-02T15:30:00Z") } });
    await db().booking.create({ data: { ...row, startsAt: new Date("2026-12-02T15:30:00Z"), endsAt: new Date("2026-12-02T16:00:00Z") } }); // touching
    await db().booking.create({ data: { ...row, status: "CANCELLED", startsAt: new Date("2026-12-02T15:10:00Z"), endsAt: new Date("2026-12-02T15:40:00Z") } });
    const error = await db().booking.create({ data: { ...row, startsAt: new Date("2026-12-02T15:20:00Z"), endsAt: new Date("2026-12-02T15:50:00Z") } }).catch((e: unknown) => e);
    expect(isOverlapViolation(error)).toBe(true);
  });

  it("the submission's response carries a booking token for a lead with a rep, none for a nurture lead", async () => {
    const { submitForm } = await import("../submissions/submit-form");
    const { unlimitedRateLimits } = await import("../rate-limit/rate-limits");
    const submit = (answers: Record<string, unknown>) =>
      submitForm(db(), { slug: "demo", body: { answers, context: { fillTimeMs: 20_000, source: "hosted" } }, idempotencyKey: null, ip: "10.1.1.1", now: NOW, rateLimit: unlimitedRateLimits().formSubmission, routing: env.kit.deps });
    const vp = await submit({ ...BANK_VP, email: "token@firstbank.com" });
    expect(vp.response.outcome.type).toBe("booking");
    const token = vp.response.booking!.token;
    const listed = await readJson<TSlotsResult>(await handleListSlots(db(), apiRequest("GET", `/bookings/slots?token=${token}&tz=Asia/Tokyo`), NOW, api()));
    expect(listed.json).toMatchObject({ status: "ready", leadId: vp.response.leadId, rep: { name: "Sarah Chen" } });
    const { budget: _b, timeline: _t, ...rest } = BANK_VP;
    const founder = await submit({ ...rest, email: "founder@tiny.io", company_size: "1-19", role: "founder", authority: "researching", start_when: "just_exploring" }).catch((e: { details?: unknown }) => { throw new Error(JSON.stringify(e.details)); });
    expect(founder.response.outcome.type).not.toBe("booking");
    expect(founder.response.booking).toBeUndefined();
  });

  it("reschedule bumps SEQUENCE (METHOD:REQUEST), cancel sends METHOD:CANCEL; both sides each time", async () => {
    const lead = await sarahsLead();
    const slots = await listSlots(db(), { workspaceId: env.kit.workspaceId, leadId: lead.id, timeZone: "UTC", now: NOW });
    const [first, second] = slots.days.flatMap((d) => d.slots);
    const booked = await bookSlot(db(), env.kit.deps, { workspaceId: env.kit.workspaceId, leadId: lead.id, start: new Date(first!.start), timeZone: "UTC", bookedBy: "prospect", now: NOW });
    if (!booked.ok) throw new Error("not booked");
    const ref = { workspaceId: env.kit.workspaceId, bookingId: booked.booking.id, now: NOW };
    await env.kit.queue.runDue("booking.notify");
    // The time it has is not offered as a move, and "moving" to it changes nothing.
    const moves = (await rescheduleSlots(db(), { ...ref, timeZone: "UTC" })).flatMap((d) => d.slots.map((s) => s.start));
    expect(moves).toContain(second!.start);
    expect(moves).not.toContain(first!.start);
    expect(await rescheduleBooking(db(), env.kit.deps, { ...ref, start: new Date(first!.start), by: "prospect" })).toMatchObject({ ok: true, booking: { start: first!.start, sequence: 0 } });
    const moved = await rescheduleBooking(db(), env.kit.deps, { ...ref, start: new Date(second!.start), by: "prospect" });
    expect(moved).toMatchObject({ ok: true, booking: { start: second!.start, sequence: 1 } });
    await env.kit.queue.runDue("booking.notify");
    await cancelBooking(db(), env.kit.deps, { ...ref, by: "rep:x" });
    await env.kit.queue.runDue("booking.notify");
    const emails = await db().emailMessage.findMany({ where: { template: { startsWith: "booking-invite" } }, orderBy: { createdAt: "asc" } });
    const icsOf = (e: (typeof emails)[number]) => attachmentsOf(e.attachments)[0]!.content;
    expect(emails).toHaveLength(6);
    expect(emails.filter((e) => icsOf(e).includes("SEQUENCE:1") && icsOf(e).includes("METHOD:REQUEST"))).toHaveLength(2);
    expect(emails.filter((e) => icsOf(e).includes("SEQUENCE:2") && icsOf(e).includes("METHOD:CANCEL"))).toHaveLength(2);
    const events = await db().leadEvent.findMany({ where: { leadId: lead.id, type: { startsWith: "booking_" } } });
    expect(events.map((e) => e.type).sort()).toEqual(["booking_cancelled", "booking_rescheduled"]);
    // Cancelled: the time is free again.
    const after = await listSlots(db(), { workspaceId: env.kit.workspaceId, leadId: (await sarahsLead("next@firstbank.com")).id, timeZone: "UTC", now: NOW });
    expect(after.days.flatMap((d) => d.slots.map((x) => x.start))).toContain(second!.start);
  });

  it("★ Sarah fully booked: the next best rep is offered; booking with them moves the lead (BOOKING_FALLBACK)", async () => {
    const sarah = await env.kit.repIdOf("Sarah");
    await db().repBusyBlock.create({ data: { workspaceId: env.kit.workspaceId, repId: sarah, startsAt: new Date(NOW.getTime() + 30 * 60_000), endsAt: new Date(NOW.getTime() + 30 * 86400_000), source: "caldav", externalId: "solid" } });
    const lead = await sarahsLead();
    const slots = await listSlots(db(), { workspaceId: env.kit.workspaceId, leadId: lead.id, timeZone: "UTC", now: NOW });
    expect(slots.days).toEqual([]);
    expect(slots.fallback?.rep.id).toBeDefined();
    expect(slots.fallback!.rep.id).not.toBe(sarah);
    expect(slots.fallback!.message).toMatch(/^Sarah is fully booked for the next 2 working days — meet /);
    const token = createBookingToken("book", lead.id, new Date(NOW.getTime() + 86400_000), TEST_SECRET);
    const start = slots.fallback!.days[0]!.slots[0]!.start;
    const created = await readJson<{ booking: { id: string; repId: string; isFallback: boolean } }>(
      await handleCreateBooking(db(), apiRequest("POST", "/bookings", { body: { token, start, timeZone: "UTC", repId: slots.fallback!.rep.id } }), NOW, api()),
    );
    expect(created.status).toBe(201);
    expect(created.json.booking).toMatchObject({ repId: slots.fallback!.rep.id, isFallback: true });
    const moved = await db().lead.findUniqueOrThrow({ where: { id: lead.id }, include: { assignments: { where: { isCurrent: true } }, events: { where: { type: { in: ["reassigned", "accepted"] } }, orderBy: { type: "desc" } } } });
    expect(moved.ownerRepId).toBe(slots.fallback!.rep.id);
    expect(moved.assignments[0]!.decision).toMatchObject({ reasons: [{ code: "BOOKING_FALLBACK", fromRepId: sarah, windowDays: 2 }] });
    expect(moved.events[0]!.data).toMatchObject({ mode: "booking_fallback", from: sarah, to: slots.fallback!.rep.id });
    // The next best rep's assignment is accepted by the booking, on the timeline as any acceptance.
    expect(moved.assignments[0]!.acceptedAt).toEqual(NOW);
    expect(moved.events[1]!.data).toEqual({ assignmentId: moved.assignments[0]!.id, repId: slots.fallback!.rep.id, timeToAcceptMs: 0, byUserId: null, via: "booking", bookingId: created.json.booking.id, bookedBy: "prospect" });
    // A rep who is not offered cannot be booked by naming them.
    const other = await sarahsLead("other@firstbank.com");
    const otherToken = createBookingToken("book", other.id, new Date(NOW.getTime() + 86400_000), TEST_SECRET);
    const refused = await handleCreateBooking(db(), apiRequest("POST", "/bookings", { body: { token: otherToken, start, timeZone: "UTC", repId: sarah.replace(/.$/, "x") } }), NOW, api());
    expect(refused.status).toBe(409);
  });

  it("a booking accepts the lead as the accept link does: the accepted entry, by the prospect, once; none for a lead accepted before", async () => {
    const LATER = new Date(NOW.getTime() + 12 * 60_000);
    const lead = await sarahsLead();
    const assignment = lead.assignments[0]!;
    const start = new Date(firstSlot(await listSlots(db(), { workspaceId: env.kit.workspaceId, leadId: lead.id, timeZone: "UTC", now: LATER })).start);
    const booked = await bookSlot(db(), env.kit.deps, { workspaceId: env.kit.workspaceId, leadId: lead.id, start, timeZone: "UTC", bookedBy: "prospect", now: LATER });
    if (!booked.ok) throw new Error("not booked");
    const accepted = await db().leadEvent.findMany({ where: { leadId: lead.id, type: "accepted" } });
    expect(accepted.map((e) => [e.data, e.createdAt])).toEqual([
      [{ assignmentId: assignment.id, repId: assignment.repId, timeToAcceptMs: 12 * 60_000, byUserId: null, via: "booking", bookingId: booked.booking.id, bookedBy: "prospect" }, LATER],
    ]);
    expect(await db().lead.findUniqueOrThrow({ where: { id: lead.id } })).toMatchObject({ status: "ACCEPTED", acceptedAt: LATER });

    // Accepted from the link first, then booked by the rep from the lead page: the acceptance stays the link's, alone.
    const other = await sarahsLead("cfo@firstbank.com");
    await acceptAssignment(db(), { assignmentId: other.assignments[0]!.id, now: NOW });
    const sarahUser = await db().user.findUniqueOrThrow({ where: { email: "sarah@demo.switchboard.dev" } });
    const second = new Date(firstSlot(await listSlots(db(), { workspaceId: env.kit.workspaceId, leadId: other.id, timeZone: "UTC", now: LATER })).start);
    expect((await bookSlot(db(), env.kit.deps, { workspaceId: env.kit.workspaceId, leadId: other.id, start: second, timeZone: "UTC", bookedBy: `rep:${sarahUser.id}`, now: LATER })).ok).toBe(true);
    expect((await db().leadEvent.findMany({ where: { leadId: other.id, type: "accepted" } })).map((e) => e.data)).toEqual([{ assignmentId: other.assignments[0]!.id, repId: assignment.repId, timeToAcceptMs: 0, byUserId: null }]);
    expect(await db().leadOutcome.count({ where: { leadId: other.id, stage: "ACCEPTED" } })).toBe(1);
  });

  it("refuses a forged or expired token (401) and an unknown zone (422)", async () => {
    const lead = await sarahsLead();
    const expired = createBookingToken("book", lead.id, new Date(NOW.getTime() - 1000), TEST_SECRET);
    const forged = createBookingToken("book", lead.id, new Date(NOW.getTime() + 86400_000), "x".repeat(40));
    for (const [token, message] of [[expired, "The booking link has expired"], [forged, "The booking link is not valid"]] as const) {
      const r = await readJson<{ error: { message: string } }>(await handleListSlots(db(), apiRequest("GET", `/bookings/slots?token=${token}`), NOW, api()));
      expect([r.status, r.json.error.message]).toEqual([401, message]);
    }
    const bad = await readJson<{ error: { details: { path: string }[] } }>(await handleListSlots(db(), apiRequest("GET", `/bookings/slots?token=x&tz=Mars/Olympus`), NOW, api()));
    expect([bad.status, bad.json.error.details[0]!.path]).toEqual([422, "tz"]);
  });
});
