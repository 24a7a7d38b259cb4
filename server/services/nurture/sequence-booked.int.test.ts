// The Sequences page's Booked figure on a real database, through the real services: a nurture lead
// enrolled, then graduated by a click (or ended by the same person's new sales-ready submission),
// then booked with its rep through the booking service, counts as booked for its sequence. Every
// path to an owner ends the enrolment first, so the exit reason "booked" never showed it (0 before).
// A cancelled booking does not count; another person's booking does not either.
import { afterEach, describe, expect, it } from "vitest";
import { BANK_VP, runAfterCommitJobs, submitDemo, useRoutingKit } from "../../testing/routing-kit";
import { moveClock } from "../../time/clock";
import { bookSlot } from "../bookings/book-slot";
import { cancelBooking } from "../bookings/change-booking";
import { listSlots } from "../bookings/list-slots";
import { trackClick } from "./engagement";
import { DEFAULT_NURTURE_SETTINGS, saveNurtureSettings } from "./nurture-settings";
import { createSequence, getSequence, listSequences, publishSequence } from "./sequences";
import { sweepDueNurtureSteps } from "./sweep-nurture";

const lane = process.env.TEST_DATABASE_URL ? "postgres" : "pglite";
const env = useRoutingKit();
const db = () => env.testDb.db;
const T0 = new Date("2026-12-01T15:00:00Z"); // a Tuesday, 10:00 in New York
const LATER = new Date("2026-12-02T15:00:00Z"); // the next day, same hour
const FOUNDER = { email: "sam@tiny.io", full_name: "Sam Tiny", role: "founder", authority: "decision_maker", company: "Tiny", company_size: "1-19", industry: "technology", region: "europe", start_when: "just_exploring", guide_consent: true };
const STEPS = [
  { id: "welcome", type: "email", subject: "Welcome, {{first_name}}", body: "Here is [our guide](https://example.com/guide)." },
  { id: "wait", type: "wait", amount: 2, unit: "business_days" },
  { id: "follow-up", type: "email", subject: "Still exploring?", body: "Book time with {{rep.name}}." },
  { id: "end", type: "end" },
];

afterEach(() => void moveClock({ reset: true }));

async function defaultSequence() {
  const { id } = await createSequence(db(), env.kit.workspaceId, { name: "Founders", draft: { steps: STEPS } as never });
  await publishSequence(db(), env.kit.workspaceId, id, T0);
  await saveNurtureSettings(db(), env.kit.workspaceId, { ...DEFAULT_NURTURE_SETTINGS, postalAddress: "1 Demo Street, Springfield", defaultSequenceId: id, clickPoints: 60 });
  return id;
}

/** Books the lead's first free slot with its owner, as its rep does from the lead page. */
async function bookWithOwner(leadId: string, now: Date) {
  const slots = await listSlots(db(), { workspaceId: env.kit.workspaceId, leadId, timeZone: "UTC", now });
  const first = slots.days[0]?.slots[0];
  if (!first) throw new Error("no free slot");
  const booked = await bookSlot(db(), env.kit.deps, { workspaceId: env.kit.workspaceId, leadId, start: new Date(first.start), timeZone: "UTC", bookedBy: "rep:test", now });
  if (!booked.ok) throw new Error("the first slot was not free");
  return booked.booking;
}

const figuresOf = async (sequenceId: string) => (await getSequence(db(), env.kit.workspaceId, sequenceId)).figures;

describe(`Sequences: Booked (${lane})`, () => {
  it("a nurture lead that graduates and is booked with its rep counts as booked; a cancelled booking does not", async () => {
    const sequenceId = await defaultSequence();
    const lead = await submitDemo(env.testDb, env.kit, FOUNDER, T0);
    moveClock({ to: T0 });
    await sweepDueNurtureSteps(db(), env.kit.queue, T0);
    await env.kit.queue.runDue("nurture.step");
    const send = await db().nurtureSend.findFirstOrThrow({ where: { enrollment: { leadId: lead.id } } });
    await trackClick(db(), env.kit.deps, { sendId: send.id, index: 0, now: LATER });
    await runAfterCommitJobs(env.kit);
    expect(await db().nurtureEnrollment.findFirstOrThrow({ where: { leadId: lead.id } })).toMatchObject({ status: "EXITED", exitReason: "graduated" });
    expect(await figuresOf(sequenceId)).toMatchObject({ enrolled: 1, graduated: 1, booked: 0 });

    const booking = await bookWithOwner(lead.id, LATER);
    expect(await figuresOf(sequenceId)).toMatchObject({ enrolled: 1, graduated: 1, booked: 1 });
    // The list reads the same figure.
    expect((await listSequences(db(), env.kit.workspaceId)).find((s) => s.id === sequenceId)?.figures.booked).toBe(1);

    await cancelBooking(db(), env.kit.deps, { workspaceId: env.kit.workspaceId, bookingId: booking.id, by: "rep:test", now: LATER });
    expect((await figuresOf(sequenceId)).booked).toBe(0);
  });

  it("a new sales-ready submission of the same person ends the enrolment; that new lead's booking counts for the sequence", async () => {
    const sequenceId = await defaultSequence();
    const nurtured = await submitDemo(env.testDb, env.kit, FOUNDER, T0);
    const sales = await submitDemo(env.testDb, env.kit, { ...BANK_VP, email: "Sam@Tiny.io" }, T0);
    await runAfterCommitJobs(env.kit);
    expect(await db().nurtureEnrollment.findFirstOrThrow({ where: { leadId: nurtured.id } })).toMatchObject({ status: "EXITED", exitReason: "routed_to_sales" });
    // Another person, booked too: not this sequence's.
    const stranger = await submitDemo(env.testDb, env.kit, { ...BANK_VP, email: "vp@firstbank.com" }, T0);
    await bookWithOwner(stranger.id, T0);
    expect((await figuresOf(sequenceId)).booked).toBe(0);

    await bookWithOwner(sales.id, T0);
    expect(await figuresOf(sequenceId)).toMatchObject({ enrolled: 1, graduated: 0, booked: 1 });
  });
});
