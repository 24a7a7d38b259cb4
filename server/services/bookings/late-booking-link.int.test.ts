// The booking link by email when routing finishes late, on the demo workspace with a real SMTP
// server behind the outbox: the bank VP submits on the booking end screen, routing at submit fails
// (a lock timeout, simulated) so the lead is stored and its routing deferred to the job; the
// submission still carries a booking token (the end screen waits). When the job routes the lead
// after the end screen stopped waiting, it writes "booking.send-link" in its transaction; after
// commit the prospect's email (once, through mail.send and SMTP) holds a signed, lead-bound,
// expiring link to /book/<token>, which lists Sarah's slots. Routed in time: no email.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createJobQueue } from "../../jobs/job-queue";
import type { TMailConfig } from "../../mail/mail-config";
import { closeSmtpPools } from "../../mail/smtp-transport";
import { submitForm } from "../submissions/submit-form";
import type { TFollowUpDeps, TFollowUpQueue } from "../routing/follow-up-jobs";
import { unlimitedRateLimits } from "../rate-limit/rate-limits";
import { startSmtpCaptureServer, type TSmtpCaptureServer } from "../../testing/smtp-capture-server";
import { BANK_VP, startRoutingKit, submitDemo, TEST_SECRET, useRoutingKit } from "../../testing/routing-kit";
import { reassignLead } from "../assignments/reassign-lead";
import type { TestDb } from "../../testing/test-db";
import { moveClock, now } from "../../time/clock";
import { createJobRegistry } from "../../workers/registry";
import { END_SCREEN_WAIT_MS } from "../../domain/booking/end-screen-wait";
import { verifyBookingToken } from "./booking-token";
import { listSlots } from "./list-slots";

// Tuesday 1 December 2026, 10:00 in New York: Sarah is at work.
const SUBMITTED = new Date("2026-12-01T15:00:00Z");
const lane = process.env.TEST_DATABASE_URL ? "postgres" : "pglite";
let smtp: TSmtpCaptureServer;
let mail: TMailConfig;

beforeAll(async () => {
  smtp = await startSmtpCaptureServer();
  mail = { from: "Switchboard <notifications@acme.example>", transport: "smtp", smtpUrl: smtp.url };
});
afterAll(async () => {
  moveClock({ reset: true });
  closeSmtpPools();
  await smtp?.close();
});

async function startKit(testDb: TestDb) {
  const kit = await startRoutingKit(testDb);
  const holder: { deps?: TFollowUpDeps } = {};
  const mailQueue = createJobQueue(testDb, { definitions: createJobRegistry({ mail, followUps: async () => holder.deps! }) });
  holder.deps = { ...kit.deps, queue: mailQueue, mail };
  await mailQueue.start();
  smtp.messages.length = 0;
  return { ...kit, mailQueue, deps: holder.deps };
}
const env = useRoutingKit(startKit);
const db = () => env.testDb.db;

/** A queue whose first "routing.assigned" row fails, as a routing transaction that times out would: saveLead stores the lead and defers its routing. */
function failingRoutingOnce(queue: TFollowUpQueue): TFollowUpQueue {
  let hasFailed = false;
  return {
    start: () => queue.start(),
    send: ((...args: Parameters<TFollowUpQueue["send"]>) => {
      if (args[0] === "routing.assigned" && !hasFailed) {
        hasFailed = true;
        return Promise.reject(new Error("routing transaction timed out"));
      }
      return queue.send(...args);
    }) as TFollowUpQueue["send"],
  };
}

async function submitDeferred() {
  const result = await submitForm(db(), {
    slug: "demo",
    body: { answers: BANK_VP, context: { fillTimeMs: 20_000, source: "api" } },
    idempotencyKey: null,
    ip: "10.0.0.7",
    now: SUBMITTED,
    rateLimit: unlimitedRateLimits().formSubmission,
    routing: { ...env.kit.deps, queue: failingRoutingOnce(env.kit.mailQueue) },
  });
  expect(result.status).toBe(201);
  const response = result.response as { leadId: string; outcome: { type: string }; booking?: { token: string } };
  expect(response.outcome.type).toBe("booking");
  expect(response.booking?.token).toBeTruthy(); // the end screen waits for the decision with it
  expect(await db().leadAssignment.count({ where: { leadId: response.leadId } })).toBe(0);
  return response.leadId;
}

async function deliverMail(count: number) {
  for (let i = 0; i < 300 && smtp.messages.length < count; i++) { // waits for the state, up to ~30 s on a busy machine
    await env.kit.mailQueue.runDue("mail.send");
    if (smtp.messages.length < count) await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe(`the booking link when routing finishes late (${lane})`, () => {
  it("emails the prospect once, after commit, a signed lead-bound expiring link to the booking page with Sarah's slots", async () => {
    const leadId = await submitDeferred();
    const routedAt = new Date(SUBMITTED.getTime() + END_SCREEN_WAIT_MS + 20_000);
    moveClock({ to: routedAt });
    await env.kit.mailQueue.runDue("routing.route-lead");
    const lead = await db().lead.findUniqueOrThrow({ where: { id: leadId }, include: { assignments: { where: { isCurrent: true }, include: { rep: { include: { user: true } } } } } });
    expect(lead.assignments[0]?.rep?.user.name).toBe("Sarah Chen");
    expect(await db().emailMessage.count({ where: { template: "booking-link" } })).toBe(0); // a job row only, nothing rendered in the routing transaction

    await env.kit.mailQueue.runDue("booking.send-link");
    await env.kit.mailQueue.runDue("booking.send-link");
    await deliverMail(1);
    const emails = await db().emailMessage.findMany({ where: { template: "booking-link" } });
    expect(emails.map((e) => e.to)).toEqual([[BANK_VP.email]]);
    const toProspect = smtp.messages.filter((m) => m.to.includes(BANK_VP.email));
    expect(toProspect).toHaveLength(1);
    // The workspace's email, not ours: its name in the subject and as the From's display name (MAIL_FROM's address).
    expect(toProspect[0]!.subject).toBe("Book your meeting with Sarah Chen of Demo Co");
    expect(emails[0]!.from).toBe('"Demo Co via Switchboard" <notifications@acme.example>');
    expect(toProspect[0]!.text.startsWith("Demo Co")).toBe(true);
    const url = /http:\/\/localhost:3000\/book\/([A-Za-z0-9_.-]+)/.exec(toProspect[0]!.text)?.[1];
    expect(url, toProspect[0]!.text).toBeTruthy();
    const check = verifyBookingToken(url!, TEST_SECRET, routedAt);
    expect(check).toMatchObject({ ok: true, kind: "book", id: leadId });
    // The job stamps the expiry from its own clock, which ticks on from routedAt while it runs (a
    // busy machine takes seconds): seven days after the job ran, in whole seconds.
    const week = 7 * 24 * 3600_000;
    const expiresAtMs = check.ok ? check.expiresAt.getTime() : 0;
    expect(expiresAtMs).toBeGreaterThanOrEqual(Math.floor((routedAt.getTime() + week) / 1000) * 1000);
    expect(expiresAtMs).toBeLessThanOrEqual(now().getTime() + week);
    expect(verifyBookingToken(url!, TEST_SECRET, new Date(routedAt.getTime() + 8 * 24 * 3600_000))).toMatchObject({ ok: false, reason: "expired" });
    const slots = await listSlots(db(), { workspaceId: env.kit.workspaceId, leadId, timeZone: "Europe/Paris", now: routedAt });
    expect(slots).toMatchObject({ status: "ready", rep: { name: "Sarah Chen" } });
    expect(slots.days.length).toBeGreaterThan(0);
  });

  it("routed while the end screen still waits: no email", async () => {
    const leadId = await submitDeferred();
    moveClock({ to: new Date(SUBMITTED.getTime() + 3_000) });
    await env.kit.mailQueue.runDue("routing.route-lead");
    expect(await db().leadAssignment.count({ where: { leadId, isCurrent: true } })).toBe(1);
    await env.kit.mailQueue.runDue("booking.send-link");
    expect(await db().emailMessage.count({ where: { template: "booking-link" } })).toBe(0);
  });
});

describe(`the booking link when the lead waited in the backup queue (${lane})`, () => {
  const workspaceId = () => env.kit.workspaceId;
  const bookingLinks = () => db().emailMessage.findMany({ where: { template: "booking-link" } });
  async function setReps(isActive: boolean, firstName?: string) {
    const where = firstName ? { id: await env.kit.repIdOf(firstName) } : { workspaceId: workspaceId() };
    await db().repProfile.updateMany({ where, data: { isActive } });
  }
  /** The after-commit jobs of an assignment, then the link's job (twice: a retry sends nothing twice). */
  async function runAfterAssignment() {
    await env.kit.mailQueue.runDue("routing.assigned");
    await env.kit.mailQueue.runDue("routing.alert");
    await env.kit.mailQueue.runDue("booking.send-link");
    await env.kit.mailQueue.runDue("booking.send-link");
  }
  async function assignTo(leadId: string, firstName: string, at: Date) {
    await setReps(true, firstName);
    await reassignLead(db(), env.kit.deps, { workspaceId: workspaceId(), leadId, toRepId: await env.kit.repIdOf(firstName), reason: "x", byUserId: null, now: at });
    await runAfterAssignment();
  }

  it("routed late to the backup queue: the slots say 'queued'; once a manager assigns Tom the prospect is emailed a link to book with him, once", async () => {
    await setReps(false);
    const leadId = await submitDeferred();
    const routedAt = new Date(SUBMITTED.getTime() + END_SCREEN_WAIT_MS + 20_000);
    moveClock({ to: routedAt });
    await env.kit.mailQueue.runDue("routing.route-lead");
    expect(await db().lead.findUniqueOrThrow({ where: { id: leadId } })).toMatchObject({ status: "FALLBACK" });
    await runAfterAssignment();
    expect(await bookingLinks()).toHaveLength(0); // nobody to book with yet
    const waiting = await listSlots(db(), { workspaceId: workspaceId(), leadId, timeZone: "Europe/Paris", now: routedAt });
    expect(waiting).toMatchObject({ status: "queued", rep: null, days: [] });

    const assignedAt = new Date(routedAt.getTime() + 30 * 60_000);
    moveClock({ to: assignedAt });
    await assignTo(leadId, "Tom", assignedAt);
    const emails = await bookingLinks();
    expect(emails.map((e) => [e.to, e.subject])).toEqual([[[BANK_VP.email], expect.stringMatching(/^Book your meeting with Tom /)]]);
    for (let i = 0; i < 300 && !smtp.messages.some((m) => m.to.includes(BANK_VP.email)); i++) {
      await env.kit.mailQueue.runDue("mail.send");
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const toProspect = smtp.messages.filter((m) => m.to.includes(BANK_VP.email));
    expect(toProspect).toHaveLength(1);
    const url = /http:\/\/localhost:3000\/book\/([A-Za-z0-9_.-]+)/.exec(toProspect[0]!.text)?.[1];
    expect(verifyBookingToken(url!, TEST_SECRET, assignedAt)).toMatchObject({ ok: true, kind: "book", id: leadId });
    expect(await listSlots(db(), { workspaceId: workspaceId(), leadId, timeZone: "Europe/Paris", now: assignedAt })).toMatchObject({ status: "ready", rep: { name: expect.stringMatching(/^Tom /) } });

    // Given to Sarah later: the prospect's link (bound to the lead) books with her; no second email.
    await assignTo(leadId, "Sarah", new Date(assignedAt.getTime() + 60_000));
    expect(await bookingLinks()).toHaveLength(1);
  });

  it("in the backup queue at submit: assigned later, the prospect gets the link; a spam-flagged lead a manager assigns by hand is real and gets it too; a lead routed to a rep in time gets none", async () => {
    await setReps(false);
    const queued = await submitDemo(env.testDb, env.kit, BANK_VP, SUBMITTED);
    expect(queued.status).toBe("FALLBACK");
    expect(await listSlots(db(), { workspaceId: workspaceId(), leadId: queued.id, timeZone: "UTC", now: SUBMITTED })).toMatchObject({ status: "queued" });
    await assignTo(queued.id, "Tom", new Date(SUBMITTED.getTime() + 3_600_000));
    expect((await bookingLinks()).map((e) => e.to)).toEqual([[BANK_VP.email]]);

    await setReps(false);
    const spam = await submitDemo(env.testDb, env.kit, { ...BANK_VP, email: "spam@firstbank.com" }, SUBMITTED);
    await db().lead.update({ where: { id: spam.id }, data: { isSpam: true } });
    await assignTo(spam.id, "Tom", new Date(SUBMITTED.getTime() + 3_600_000));
    // Assigning it by hand cleared its spam flag (a person confirmed it is a real lead): it gets its link.
    expect((await db().lead.findUniqueOrThrow({ where: { id: spam.id }, select: { isSpam: true } })).isSpam).toBe(false);
    expect((await bookingLinks()).map((e) => e.to)).toEqual([[BANK_VP.email], ["spam@firstbank.com"]]);

    await setReps(true);
    const inTime = await submitDemo(env.testDb, env.kit, { ...BANK_VP, email: "intime@firstbank.com" }, SUBMITTED);
    expect(inTime.status).toBe("ASSIGNED");
    await assignTo(inTime.id, inTime.ownerRepId === (await env.kit.repIdOf("Tom")) ? "Sarah" : "Tom", new Date(SUBMITTED.getTime() + 3_600_000));
    expect((await bookingLinks()).map((e) => e.to)).toEqual([[BANK_VP.email], ["spam@firstbank.com"]]);
  });
});
