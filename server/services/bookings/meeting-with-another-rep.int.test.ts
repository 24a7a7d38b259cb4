// A lead reassigned (Sarah → Priya) while its meeting stays with Sarah: Sarah may read the lead page (a
// confirmed meeting on it, nothing more: no outcomes, no returning it; a cancelled one grants
// nothing), and each change of the meeting is emailed to the prospect, to Sarah and to Priya, the
// lead's owner, each worded for them. Cancelling: who cancelled, and the prospect's "Book another
// time" with a valid link to the lead's booking page while the lead still offers booking.
import { describe, expect, it } from "vitest";
import { BANK_VP, submitDemo, TEST_SECRET, useRoutingKit } from "../../testing/routing-kit";
import { reassignLead } from "../assignments/reassign-lead";
import { returnLead } from "../assignments/return-lead";
import { loadLeadAssignmentView } from "../assignments/lead-assignment-view";
import { getLead } from "../leads/get-lead";
import { giveFeedback, listLeadFeedback } from "../outcomes/lead-feedback";
import { loadLeadLifecycle } from "../outcomes/lead-lifecycle";
import { recordLeadOutcome } from "../outcomes/record-lead-outcome";
import { bookSlot } from "./book-slot";
import { verifyBookingToken } from "./booking-token";
import { cancelBooking, rescheduleBooking } from "./change-booking";
import { rebookingUrl } from "./late-booking-link";
import { listSlots } from "./list-slots";

// Tuesday 1 December 2026, 10:00 in New York: Sarah is at work.
const NOW = new Date("2026-12-01T15:00:00Z");
const LATER = new Date(NOW.getTime() + 3_600_000);
const lane = process.env.TEST_DATABASE_URL ? "postgres" : "pglite";
const env = useRoutingKit();
const db = () => env.testDb.db;
const ws = () => env.kit.workspaceId;

async function repUser(firstName: string) {
  const rep = await db().repProfile.findUniqueOrThrow({ where: { id: await env.kit.repIdOf(firstName) }, include: { user: true } });
  return { repId: rep.id, userId: rep.userId, email: rep.user.email, name: rep.user.name ?? rep.user.email };
}

/** Sarah's lead with a meeting booked with her, then reassigned by a manager to Priya. */
async function reassignedWithMeeting(email: string) {
  const lead = await submitDemo(env.testDb, env.kit, { ...BANK_VP, email }, NOW);
  const sarah = await repUser("Sarah");
  const priya = await repUser("Priya");
  expect(lead.ownerRepId).toBe(sarah.repId);
  const slots = await listSlots(db(), { workspaceId: ws(), leadId: lead.id, timeZone: "UTC", now: NOW });
  const [first, second] = slots.days.flatMap((d) => d.slots);
  const booked = await bookSlot(db(), env.kit.deps, { workspaceId: ws(), leadId: lead.id, start: new Date(first!.start), timeZone: "UTC", bookedBy: "prospect", now: NOW });
  if (!booked.ok) throw new Error("not booked");
  await reassignLead(db(), env.kit.deps, { workspaceId: ws(), leadId: lead.id, toRepId: priya.repId, reason: "Sarah is on leave", byUserId: null, now: NOW });
  expect((await db().lead.findUniqueOrThrow({ where: { id: lead.id } })).ownerRepId).toBe(priya.repId);
  return { lead, sarah, priya, bookingId: booked.booking.id, second: new Date(second!.start) };
}

const mailsOf = async (bookingId: string, change: string) => {
  const rows = await db().emailMessage.findMany({ where: { dedupeKey: { startsWith: `booking:${bookingId}:` } } });
  return rows.filter((m) => m.dedupeKey!.endsWith(`:${change}:prospect`) || m.dedupeKey!.endsWith(`:${change}:rep`) || m.dedupeKey!.endsWith(`:${change}:owner`));
};
const to = (mails: { to: string[]; text: string }[], address: string) => mails.find((m) => m.to[0] === address)?.text ?? null;

describe(`a meeting that stays with its rep after the lead is reassigned (${lane})`, () => {
  it("the meeting's rep reads the lead while the meeting is confirmed, and nothing more; another rep's lead stays NOT_FOUND", async () => {
    const { lead, sarah, bookingId } = await reassignedWithMeeting("read@firstbank.com");
    const asSarah = { userId: sarah.userId, role: "REP" as const };
    expect((await getLead(db(), ws(), lead.id, asSarah)).id).toBe(lead.id);
    // The rest of the lead page reads too: its owner card, lifecycle (nothing to record) and feedback.
    expect((await loadLeadAssignmentView(db(), ws(), lead.id, asSarah)).owner?.name).toBe("Priya Patel");
    expect((await loadLeadLifecycle(db(), ws(), lead.id, asSarah)).canRecord).toBe(false);
    expect(await listLeadFeedback(db(), ws(), lead.id, asSarah)).toEqual([]);
    // No outcomes, no feedback, no returning it: those stay the owner's.
    await expect(giveFeedback(db(), ws(), asSarah, { leadId: lead.id, verdict: "GOOD_FIT" }, NOW)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      db().$transaction((tx) => recordLeadOutcome(tx, { workspaceId: ws(), leadId: lead.id, stage: "CONTACTED", occurredAt: NOW, source: "INBOX", actor: { kind: "member", ...asSarah }, now: NOW })),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(returnLead(db(), env.kit.deps, { workspaceId: ws(), leadId: lead.id, repUserId: sarah.userId, reason: "Not mine", now: NOW })).rejects.toMatchObject({ code: "NOT_FOUND" });
    // Another lead of Priya's, without a meeting with Sarah.
    const other = await submitDemo(env.testDb, env.kit, { ...BANK_VP, email: "other@firstbank.com" }, NOW);
    await reassignLead(db(), env.kit.deps, { workspaceId: ws(), leadId: other.id, toRepId: await env.kit.repIdOf("Priya"), reason: "Balance", byUserId: null, now: NOW });
    await expect(getLead(db(), ws(), other.id, asSarah)).rejects.toMatchObject({ code: "NOT_FOUND" });
    // Cancelled: the meeting no longer opens the lead.
    await cancelBooking(db(), env.kit.deps, { workspaceId: ws(), bookingId, by: "prospect", now: LATER });
    await expect(getLead(db(), ws(), lead.id, asSarah)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(loadLeadAssignmentView(db(), ws(), lead.id, asSarah)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(loadLeadLifecycle(db(), ws(), lead.id, asSarah)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("moved and cancelled by the prospect: the prospect, Sarah and Priya (the owner) are each emailed, worded for them", async () => {
    const { lead, sarah, priya, bookingId, second } = await reassignedWithMeeting("moves@firstbank.com");
    await env.kit.queue.runDue("booking.notify");
    const moved = await rescheduleBooking(db(), env.kit.deps, { workspaceId: ws(), bookingId, start: second, by: "prospect", now: NOW });
    expect(moved.ok).toBe(true);
    await env.kit.queue.runDue("booking.notify");
    const updates = await mailsOf(bookingId, "rescheduled");
    expect(updates.map((m) => m.to[0]).sort()).toEqual(["moves@firstbank.com", priya.email, sarah.email].sort());
    expect(to(updates, priya.email)).toContain(`The meeting of your lead`);
    expect(to(updates, priya.email)).toContain(`with ${sarah.name} has moved.`);
    expect(to(updates, priya.email)).toContain(`/leads/${lead.id}`);
    expect(to(updates, sarah.email)).toContain(`The lead is ${priya.name}'s now; the meeting stays with you.`);
    expect(to(updates, sarah.email)).not.toContain("Reschedule or cancel from the lead page");

    await cancelBooking(db(), env.kit.deps, { workspaceId: ws(), bookingId, by: "prospect", now: LATER });
    await env.kit.queue.runDue("booking.notify");
    const cancels = await mailsOf(bookingId, "cancelled");
    expect(cancels.map((m) => m.to[0]).sort()).toEqual(["moves@firstbank.com", priya.email, sarah.email].sort());
    for (const mail of cancels) expect(mail.text).not.toMatch(/reschedule or cancel/i);
    expect(to(cancels, priya.email)).toContain("cancelled it.");
    // Sarah's meeting is gone and the lead is Priya's: no lead page she could no longer open.
    expect(to(cancels, sarah.email)).not.toContain(`/leads/${lead.id}`);
    // The prospect: who cancelled, and a link to book again with the lead's owner.
    const prospect = to(cancels, "moves@firstbank.com")!;
    expect(prospect).toContain("You cancelled it.");
    const link = /http:\/\/localhost:3000\/book\/([^\s\])?]+)(\?tz=[^\s\])]+)?/.exec(prospect);
    expect(link).not.toBeNull();
    expect(verifyBookingToken(link![1]!, TEST_SECRET, LATER)).toMatchObject({ ok: true, kind: "book", id: lead.id });
    // In the zone the meeting was booked in, as the email said its time (and as the cancel page's link does).
    expect(link![2]).toBe("?tz=UTC");
    expect(prospect).toContain("Book another time");
    // The link books with the lead's owner now; the cancel page (/b/…) offers the same page, relative.
    const again = await listSlots(db(), { workspaceId: ws(), leadId: lead.id, timeZone: "UTC", now: LATER });
    expect(again).toMatchObject({ status: "ready", rep: { name: priya.name } });
    expect(await rebookingUrl(db(), { appUrl: "", authSecret: TEST_SECRET }, { leadId: lead.id, workspaceId: ws() }, LATER)).toMatch(/^\/book\/[^/]+$/);
  });

  it("the prospect's Book another time opens the booking page in the meeting's zone, named as the menu names it", async () => {
    const lead = await submitDemo(env.testDb, env.kit, { ...BANK_VP, email: "kolkata@firstbank.com" }, NOW);
    const slots = await listSlots(db(), { workspaceId: ws(), leadId: lead.id, timeZone: "Asia/Calcutta", now: NOW });
    // Booked in a legacy name the "Times in" menu offers under its current one (Asia/Kolkata).
    const booked = await bookSlot(db(), env.kit.deps, { workspaceId: ws(), leadId: lead.id, start: new Date(slots.days[0]!.slots[0]!.start), timeZone: "Asia/Calcutta", bookedBy: "prospect", now: NOW });
    if (!booked.ok) throw new Error("not booked");
    await cancelBooking(db(), env.kit.deps, { workspaceId: ws(), bookingId: booked.booking.id, by: "prospect", now: LATER });
    await env.kit.queue.runDue("booking.notify");
    const prospect = to(await mailsOf(booked.booking.id, "cancelled"), "kolkata@firstbank.com")!;
    expect(prospect).toContain("Kolkata (GMT+5:30)");
    const link = /http:\/\/localhost:3000\/book\/([^\s\])?]+)\?tz=([^\s\])&]+)/.exec(prospect);
    expect(link).not.toBeNull();
    expect(verifyBookingToken(link![1]!, TEST_SECRET, LATER)).toMatchObject({ ok: true, kind: "book", id: lead.id });
    expect(decodeURIComponent(link![2]!)).toBe("Asia/Kolkata");
  });

  it("cancelled by the rep on her own lead: the prospect is told who cancelled; no Book another time once the lead offers no booking", async () => {
    const lead = await submitDemo(env.testDb, env.kit, { ...BANK_VP, email: "rep-cancel@firstbank.com" }, NOW);
    const sarah = await repUser("Sarah");
    const slots = await listSlots(db(), { workspaceId: ws(), leadId: lead.id, timeZone: "UTC", now: NOW });
    const booked = await bookSlot(db(), env.kit.deps, { workspaceId: ws(), leadId: lead.id, start: new Date(slots.days[0]!.slots[0]!.start), timeZone: "UTC", bookedBy: "prospect", now: NOW });
    if (!booked.ok) throw new Error("not booked");
    await db().lead.update({ where: { id: lead.id }, data: { isSpam: true } });
    expect(await rebookingUrl(db(), env.kit.deps, { leadId: lead.id, workspaceId: ws() }, LATER)).toBeNull();
    await cancelBooking(db(), env.kit.deps, { workspaceId: ws(), bookingId: booked.booking.id, by: `rep:${sarah.userId}`, now: LATER });
    await env.kit.queue.runDue("booking.notify");
    const cancels = await mailsOf(booked.booking.id, "cancelled");
    expect(cancels.map((m) => m.to[0]).sort()).toEqual(["rep-cancel@firstbank.com", sarah.email].sort());
    const prospect = to(cancels, "rep-cancel@firstbank.com")!;
    expect(prospect).toContain(`${sarah.name} cancelled it.`);
    expect(prospect).not.toContain("Book another time");
    expect(prospect).not.toContain("/book/");
    expect(to(cancels, sarah.email)).toContain("You cancelled it.");
  });
});
