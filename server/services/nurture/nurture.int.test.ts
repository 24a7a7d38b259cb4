// Nurture sequences on a real database: a nurture lead is enrolled in its submission's transaction
// (a rollback leaves no enrolment), the sweep claims each due step once even when two sweeps run at
// once, the step job stores the email with List-Unsubscribe headers, a tracked link and the postal
// address, and schedules the next step; a forged unsubscribe token changes nothing, a real one
// suppresses the address and exits; suppressed addresses get no email; a click graduates a lead to
// sales with NURTURE_GRADUATED in the rep's alert and a nurture.graduated event; Resend's signed
// bounce webhook suppresses (a bad signature is refused). The app's clock is moved as the e2e
// harness moves it.
import { Webhook } from "standardwebhooks";
import { afterEach, describe, expect, it } from "vitest";
import type { TRoutingDecision } from "../../domain/routing/routing-types";
import { deliverEmail } from "../../mail/deliver-email";
import { BANK_VP, runAfterCommitJobs, submitDemo, TEST_SECRET, useRoutingKit } from "../../testing/routing-kit";
import { moveClock } from "../../time/clock";
import { routeLeadInTx } from "../routing/route-lead";
import { trackClick } from "./engagement";
import { createNurtureToken } from "./nurture-token";
import { saveNurtureSettings, DEFAULT_NURTURE_SETTINGS } from "./nurture-settings";
import { createSequence, getSequence, publishSequence } from "./sequences";
import { handleResendEvent, suppressInTx, unsubscribeByToken } from "./suppression";
import { sweepDueNurtureSteps } from "./sweep-nurture";

const env = useRoutingKit();
const db = () => env.testDb.db;
const T0 = new Date("2026-12-01T15:00:00Z"); // a Tuesday, 15:00 UTC (leads without a zone count in UTC)
const DAY = 86_400_000;
const FOUNDER = { email: "sam@tiny.io", full_name: "Sam Tiny", role: "founder", authority: "decision_maker", company: "Tiny", company_size: "1-19", industry: "technology", region: "europe", start_when: "just_exploring", guide_consent: true };

afterEach(() => void moveClock({ reset: true }));

const STEPS = [
  { id: "welcome", type: "email", subject: "Welcome, {{first_name}}", body: "Hi {{first_name}},\n\nHere is [our guide](https://example.com/guide) for {{company}}.\n\n<b>not bold</b>" },
  { id: "wait", type: "wait", amount: 2, unit: "business_days", sendAtHour: 9 },
  { id: "follow-up", type: "email", subject: "Still exploring?", body: "Book time with {{rep.name}}: [calendar](https://example.com/book)" },
  { id: "end", type: "end" },
];

async function defaultSequence(settings: Partial<typeof DEFAULT_NURTURE_SETTINGS> = {}) {
  const { id } = await createSequence(db(), env.kit.workspaceId, { name: "Founders", draft: { steps: STEPS } as never });
  await publishSequence(db(), env.kit.workspaceId, id, T0);
  await saveNurtureSettings(db(), env.kit.workspaceId, { ...DEFAULT_NURTURE_SETTINGS, postalAddress: "1 Demo Street, Springfield", defaultSequenceId: id, ...settings });
  return id;
}

/** Sweeps and runs the step jobs as the app does, with the app's clock at `at`. */
async function sweepAt(at: Date) {
  moveClock({ to: at });
  const claimed = await sweepDueNurtureSteps(db(), env.kit.queue, at);
  await env.kit.queue.runDue("nurture.step");
  return claimed;
}

describe("enrolment", () => {
  it("a nurture lead is enrolled in its submission's transaction, its first email due at once", async () => {
    const sequenceId = await defaultSequence();
    const lead = await submitDemo(env.testDb, env.kit, FOUNDER, T0);
    expect(lead.status).toBe("NURTURE");
    const enrolment = await db().nurtureEnrollment.findFirstOrThrow({ where: { leadId: lead.id }, include: { dueSteps: true } });
    expect(enrolment).toMatchObject({ sequenceId, status: "ACTIVE" });
    expect(enrolment.dueSteps.map((d) => ({ stepIndex: d.stepIndex, dueAt: d.dueAt.toISOString(), status: d.status }))).toEqual([{ stepIndex: 0, dueAt: T0.toISOString(), status: "PENDING" }]);
    const enrolled = await db().leadEvent.findMany({ where: { leadId: lead.id, type: "nurture_enrolled" } });
    expect(enrolled.map((e) => e.data)).toEqual([{ sequenceId, sequenceName: "Founders", version: 1, enrollmentId: enrolment.id, consent: { via: "form_question", fieldKey: "guide_consent" } }]);
  });

  it("a rolled-back routing leaves no enrolment (it is written in the routing's transaction)", async () => {
    await defaultSequence();
    const lead = await submitDemo(env.testDb, env.kit, FOUNDER, T0);
    await db().nurtureEnrollment.deleteMany({});
    const error = await db()
      .$transaction(async (tx) => {
        await routeLeadInTx(tx, { workspaceId: env.kit.workspaceId, leadId: lead.id, now: T0 }, env.kit.deps);
        expect(await tx.nurtureEnrollment.count({ where: { leadId: lead.id } })).toBe(1);
        throw new Error("rollback");
      })
      .catch((e: unknown) => e);
    expect((error as Error).message).toBe("rollback");
    expect(await db().nurtureEnrollment.count()).toBe(0);
  });

  it("without a published sequence the lead is not enrolled, and the timeline says why", async () => {
    await saveNurtureSettings(db(), env.kit.workspaceId, { ...DEFAULT_NURTURE_SETTINGS, defaultSequenceId: null });
    const lead = await submitDemo(env.testDb, env.kit, FOUNDER, T0);
    expect(await db().nurtureEnrollment.count()).toBe(0);
    expect((await db().leadEvent.findFirstOrThrow({ where: { leadId: lead.id, type: "nurture_not_enrolled" } })).data).toEqual({ reason: "no_sequence" });
  });
});

describe("the sweep and the steps", () => {
  it("two concurrent sweeps claim a due step once; the email carries List-Unsubscribe, a tracked link and the footer", async () => {
    await defaultSequence();
    const lead = await submitDemo(env.testDb, env.kit, FOUNDER, T0);
    moveClock({ to: T0 });
    const counts = await Promise.all([sweepDueNurtureSteps(db(), env.kit.queue, T0), sweepDueNurtureSteps(db(), env.kit.queue, T0)]);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(1);
    expect(await env.kit.queue.runDue("nurture.step")).toBe(1);
    expect(await sweepDueNurtureSteps(db(), env.kit.queue, T0)).toBe(0);

    const email = await db().emailMessage.findFirstOrThrow({ where: { template: "nurture-step" } });
    expect(email.to).toEqual(["sam@tiny.io"]);
    expect(email.subject).toBe("Welcome, Sam");
    const headers = email.headers as Record<string, string>;
    expect(headers["List-Unsubscribe"]).toMatch(/^<http:\/\/localhost:3000\/n\/u\/[^>]+>$/);
    expect(headers["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click");
    expect(email.html).toContain("http://localhost:3000/n/c/");
    expect(email.html).not.toContain("https://example.com/guide");
    expect(email.html).toContain("&lt;b&gt;");
    expect(email.html).not.toContain("<b>");
    expect(email.text).toContain("1 Demo Street, Springfield");
    expect(email.text).toContain("for Tiny");
    // The next email: 2 business days later (Thursday) at 09:00 in the lead's zone (UTC here).
    const next = await db().nurtureStepDue.findFirstOrThrow({ where: { status: "PENDING" } });
    expect({ stepIndex: next.stepIndex, dueAt: next.dueAt.toISOString() }).toEqual({ stepIndex: 2, dueAt: "2026-12-03T09:00:00.000Z" });
    expect(await db().leadEvent.count({ where: { leadId: lead.id, type: "nurture_email_sent" } })).toBe(1);

    // Nothing before it is due; at its time the second email goes and the sequence ends.
    expect(await sweepAt(new Date("2026-12-03T08:59:00Z"))).toBe(0);
    expect(await sweepAt(new Date("2026-12-03T09:00:00Z"))).toBe(1);
    const second = await db().emailMessage.findFirstOrThrow({ where: { template: "nurture-step", subject: "Still exploring?" } });
    expect(second.text).toContain("Book time with the Demo Co team");
    const ended = await db().nurtureEnrollment.findFirstOrThrow({ where: { leadId: lead.id } });
    expect(ended).toMatchObject({ status: "EXITED", exitReason: "ended" });
    // The lead's own sequence (the demo seed has a default sequence of its own).
    const figures = (await getSequence(db(), env.kit.workspaceId, ended.sequenceId)).figures;
    expect(figures).toMatchObject({ enrolled: 1, sent: 2, clicked: 0, unsubscribed: 0, graduated: 0 });
  });

  it("quiet hours and the daily cap move a step later instead of sending it", async () => {
    await defaultSequence({ dailySendCap: 0 });
    await submitDemo(env.testDb, env.kit, FOUNDER, T0);
    await sweepAt(T0);
    const capped = await db().nurtureStepDue.findFirstOrThrow();
    expect({ status: capped.status, dueAt: capped.dueAt.toISOString() }).toEqual({ status: "PENDING", dueAt: "2026-12-02T08:00:00.000Z" });
    await saveNurtureSettings(db(), env.kit.workspaceId, { ...DEFAULT_NURTURE_SETTINGS, defaultSequenceId: capped.enrollmentId ? (await db().nurtureSequence.findFirstOrThrow()).id : null });
    await sweepAt(new Date("2026-12-02T08:00:00Z"));
    expect(await db().emailMessage.count({ where: { template: "nurture-step" } })).toBe(1);
  });
});

describe("consent", () => {
  it("a forged unsubscribe token changes nothing; the real one suppresses the address and exits the sequence", async () => {
    await defaultSequence();
    const lead = await submitDemo(env.testDb, env.kit, FOUNDER, T0);
    await sweepAt(T0);
    const send = await db().nurtureSend.findFirstOrThrow();
    const real = createNurtureToken({ kind: "u", sendId: send.id }, TEST_SECRET);
    const forgeries = [createNurtureToken({ kind: "u", sendId: send.id }, "x".repeat(40)), `${real.split(".")[0]}.${"A".repeat(43)}`, createNurtureToken({ kind: "c", sendId: send.id, index: 0 }, TEST_SECRET), "garbage"];
    for (const token of forgeries) expect(await unsubscribeByToken(db(), { token, secret: TEST_SECRET, now: T0 })).toEqual({ ok: false });
    expect(await db().nurtureSuppression.count()).toBe(0);

    expect(await unsubscribeByToken(db(), { token: real, secret: TEST_SECRET, now: T0 })).toEqual({ ok: true, workspaceName: "Demo Co" });
    expect(await db().nurtureSuppression.findFirstOrThrow()).toMatchObject({ email: "sam@tiny.io", reason: "unsubscribed" });
    expect(await db().nurtureEnrollment.findFirstOrThrow({ where: { leadId: lead.id } })).toMatchObject({ status: "EXITED", exitReason: "unsubscribed" });
    expect(await db().nurtureStepDue.count({ where: { status: "PENDING" } })).toBe(0);
    expect((await db().leadEvent.findFirstOrThrow({ where: { leadId: lead.id, type: "nurture_exited" } })).data).toMatchObject({ reason: "unsubscribed", subject: "Welcome, Sam", sequenceName: "Founders", sendId: send.id });
    // The exit says it all: no second event for the same unsubscribe.
    expect(await db().leadEvent.count({ where: { leadId: lead.id, type: "nurture_unsubscribed" } })).toBe(0);
  });

  it("after the sequence has ended, an unsubscribe still reaches the lead's timeline (when, which email), once", async () => {
    const sequenceId = await defaultSequence();
    const lead = await submitDemo(env.testDb, env.kit, FOUNDER, T0);
    await sweepAt(T0);
    await sweepAt(new Date("2026-12-03T09:00:00Z"));
    const enrolment = await db().nurtureEnrollment.findFirstOrThrow({ where: { leadId: lead.id } });
    expect(enrolment).toMatchObject({ status: "EXITED", exitReason: "ended" });
    const second = await db().nurtureSend.findFirstOrThrow({ where: { enrollmentId: enrolment.id, stepIndex: 2 } });
    const token = createNurtureToken({ kind: "u", sendId: second.id }, TEST_SECRET);
    const at = new Date("2026-12-04T10:30:00Z");

    expect(await unsubscribeByToken(db(), { token, secret: TEST_SECRET, now: at })).toEqual({ ok: true, workspaceName: "Demo Co" });
    expect(await db().nurtureSuppression.findFirstOrThrow()).toMatchObject({ email: "sam@tiny.io", reason: "unsubscribed" });
    const events = await db().leadEvent.findMany({ where: { leadId: lead.id, type: "nurture_unsubscribed" } });
    expect(events.map((e) => ({ data: e.data, createdAt: e.createdAt.toISOString() }))).toEqual([
      { data: { sequenceId, enrollmentId: enrolment.id, sendId: second.id, sequenceName: "Founders", stepIndex: 2, subject: "Still exploring?" }, createdAt: at.toISOString() },
    ]);
    // The ended enrolment stays as it was.
    expect(await db().nurtureEnrollment.findUniqueOrThrow({ where: { id: enrolment.id } })).toMatchObject({ status: "EXITED", exitReason: "ended" });

    // A second click (or the mail client's one-click POST after the person's) adds nothing.
    expect(await unsubscribeByToken(db(), { token, secret: TEST_SECRET, now: new Date(at.getTime() + 60_000) })).toEqual({ ok: true, workspaceName: "Demo Co" });
    expect(await db().leadEvent.count({ where: { leadId: lead.id, type: "nurture_unsubscribed" } })).toBe(1);
  });

  it("a suppressed address gets no nurture email, at the step and at delivery", async () => {
    await defaultSequence();
    await db().nurtureSuppression.create({ data: { workspaceId: env.kit.workspaceId, email: "sam@tiny.io", reason: "complained", createdAt: T0 } });
    await submitDemo(env.testDb, env.kit, FOUNDER, T0);
    await sweepAt(T0);
    expect(await db().emailMessage.count({ where: { template: "nurture-step" } })).toBe(0);
    expect(await db().nurtureSend.findFirstOrThrow()).toMatchObject({ status: "SUPPRESSED" });

    // An email stored before the address was suppressed is skipped when delivered.
    const stored = await db().emailMessage.create({ data: { workspaceId: env.kit.workspaceId, template: "nurture-step", from: "x@y.dev", to: ["sam@tiny.io"], subject: "s", html: "h", text: "t", transport: "dev" } });
    await deliverEmail(db(), stored.id, { isLastAttempt: false }, { transport: "dev", from: "x@y.dev" } as never);
    expect(await db().emailMessage.findUniqueOrThrow({ where: { id: stored.id } })).toMatchObject({ status: "SKIPPED" });
  });

  it("Resend's signed bounce suppresses the recipient; a bad signature is refused", async () => {
    await defaultSequence();
    await submitDemo(env.testDb, env.kit, FOUNDER, T0);
    await sweepAt(T0);
    const email = await db().emailMessage.findFirstOrThrow({ where: { template: "nurture-step" } });
    await db().emailMessage.update({ where: { id: email.id }, data: { providerId: "re_123" } });
    const secret = `whsec_${Buffer.from("resend-test-secret-0123456789").toString("base64")}`;
    const body = JSON.stringify({ type: "email.bounced", created_at: T0.toISOString(), data: { email_id: "re_123", to: ["sam@tiny.io"] } });
    const id = "msg_1";
    // One timestamp for the signature and its header: read twice, a second could tick between them (a busy machine).
    const signedAt = new Date();
    const signed = new Webhook(secret).sign(id, signedAt, body);
    const headers = (signature: string) => new Headers({ "svix-id": id, "svix-timestamp": String(Math.floor(signedAt.getTime() / 1000)), "svix-signature": signature });
    expect(await handleResendEvent(db(), { secret, body, headers: headers("v1,AAAA"), now: T0 })).toEqual({ status: 401 });
    expect(await db().nurtureSuppression.count()).toBe(0);
    expect(await handleResendEvent(db(), { secret, body, headers: headers(signed), now: T0 })).toEqual({ status: 200, recorded: 1 });
    expect(await db().nurtureSuppression.findFirstOrThrow()).toMatchObject({ email: "sam@tiny.io", reason: "bounced" });
  });
});

describe("an address's enrolments", () => {
  it("a suppression ends the enrolments of its address in any case, and of no other address (an underscore is a letter, not a wildcard)", async () => {
    await defaultSequence();
    const sam = await submitDemo(env.testDb, env.kit, FOUNDER, T0);
    const underscore = await submitDemo(env.testDb, env.kit, { ...FOUNDER, email: "s_m@tiny.io", full_name: "S M" }, T0);
    const ann = await submitDemo(env.testDb, env.kit, { ...FOUNDER, email: "Ann.Lee@Tiny.io", full_name: "Ann Lee" }, T0);
    const status = async (leadId: string) => (await db().nurtureEnrollment.findFirstOrThrow({ where: { leadId } })).status;
    expect([await status(sam.id), await status(underscore.id), await status(ann.id)]).toEqual(["ACTIVE", "ACTIVE", "ACTIVE"]);

    const bounce = (email: string) => db().$transaction((tx) => suppressInTx(tx, { workspaceId: env.kit.workspaceId, email, reason: "bounced", now: T0 }));
    expect(await bounce("s_m@tiny.io")).toBe(1);
    expect([await status(sam.id), await status(underscore.id)]).toEqual(["ACTIVE", "EXITED"]);
    expect(await bounce("ANN.LEE@tiny.IO")).toBe(1);
    expect(await status(ann.id)).toBe("EXITED");
    expect(await status(sam.id)).toBe("ACTIVE");
  });

  it("a sales-ready submission with the address in another case ends the person's enrolment", async () => {
    await defaultSequence();
    const lead = await submitDemo(env.testDb, env.kit, FOUNDER, T0);
    await submitDemo(env.testDb, env.kit, { ...BANK_VP, email: "SAM@Tiny.IO" }, T0);
    expect(await db().nurtureEnrollment.findFirstOrThrow({ where: { leadId: lead.id } })).toMatchObject({ status: "EXITED", exitReason: "routed_to_sales" });
  });
});

describe("graduation", () => {
  it("a click that crosses into sales-ready routes the lead to sales with NURTURE_GRADUATED, alerts the rep and emits nurture.graduated", async () => {
    await defaultSequence({ clickPoints: 60 });
    await db().webhookEndpoint.create({ data: { workspaceId: env.kit.workspaceId, url: "https://hooks.example.com/x", events: ["nurture.graduated"], secret: "whsec_x" } });
    const lead = await submitDemo(env.testDb, env.kit, FOUNDER, T0);
    await sweepAt(T0);
    const send = await db().nurtureSend.findFirstOrThrow();
    const at = new Date(T0.getTime() + DAY);
    expect(await trackClick(db(), env.kit.deps, { sendId: send.id, index: 5, now: at })).toBeNull();
    expect(await trackClick(db(), env.kit.deps, { sendId: send.id, index: 0, now: at })).toBe("https://example.com/guide");
    await runAfterCommitJobs(env.kit);

    const after = await db().lead.findUniqueOrThrow({ where: { id: lead.id }, include: { assignments: true } });
    expect(after.tier).toBe("sales_ready");
    expect(["ASSIGNED", "FALLBACK"]).toContain(after.status);
    const decision = after.assignments[0]!.decision as unknown as TRoutingDecision;
    expect(decision.reasons[0]).toMatchObject({ code: "NURTURE_GRADUATED", engagement: "click", points: 60 });
    expect(decision.pathsTried.find((p) => p.pathId === "nurture")).not.toMatchObject({ result: "nurture" });
    expect(await db().nurtureEnrollment.findFirstOrThrow({ where: { leadId: lead.id } })).toMatchObject({ status: "EXITED", exitReason: "graduated" });
    const alert = await db().emailMessage.findFirstOrThrow({ where: { template: "rep-alert" } });
    expect(alert.text).toContain("graduated from nurture: ");
    expect(alert.text).not.toContain("NURTURE_GRADUATED"); // the reason in words, not its code
    const event = await db().webhookEvent.findFirstOrThrow({ where: { type: "nurture.graduated" } });
    expect(event.payload).toMatchObject({ data: { lead: { id: lead.id, tier: "sales_ready" }, engagement: { kind: "click", points: 60 } } });
    // A second click of the same email counts nothing more.
    await trackClick(db(), env.kit.deps, { sendId: send.id, index: 0, now: at });
    expect(await db().leadEvent.count({ where: { leadId: lead.id, type: "nurture_engaged" } })).toBe(1);
  });

  it("a new submission of the person that routes to sales ends the enrolment", async () => {
    await defaultSequence();
    const lead = await submitDemo(env.testDb, env.kit, FOUNDER, T0);
    await submitDemo(env.testDb, env.kit, { ...BANK_VP, email: "sam@tiny.io" }, T0);
    expect(await db().nurtureEnrollment.findFirstOrThrow({ where: { leadId: lead.id } })).toMatchObject({ status: "EXITED", exitReason: "routed_to_sales" });
  });
});
