// Marketing consent before nurture enrolment, on a real database: the demo form's early nurture end
// asks for it (guide_consent); a lead without it is kept, scored and Nurture, but gets no
// enrolment, no due step and no email, and its timeline says why. Through the leads API an explicit
// `consent: { marketing }` decides; a consent answer the form filed as not applicable does not count.
import { afterEach, describe, expect, it } from "vitest";
import { runAfterCommitJobs, submitDemo, useRoutingKit } from "../../testing/routing-kit";
import { moveClock } from "../../time/clock";
import { createLead } from "../leads/create-lead";
import { sweepDueNurtureSteps } from "./sweep-nurture";

const env = useRoutingKit();
const db = () => env.testDb.db;
const T0 = new Date("2026-12-01T15:00:00Z");
// The finding's submission: the demo form's small-and-exploring path, which ends before the last step's consent question.
const NORA = { email: "noconsent@smallco-test.com", full_name: "Nora", role: "founder", authority: "decision_maker", company: "SmallCo", company_size: "1-19", industry: "technology", region: "europe", start_when: "just_exploring" };

afterEach(() => void moveClock({ reset: true }));

/** Sweeps the due nurture steps a day later and runs their jobs, as the app does; the nurture emails stored since. */
async function nurtureEmailsAfterADay() {
  const at = new Date(T0.getTime() + 86_400_000);
  moveClock({ to: at });
  await sweepDueNurtureSteps(db(), env.kit.queue, at);
  await env.kit.queue.runDue("nurture.step");
  return db().emailMessage.findMany({ where: { template: "nurture-step" } });
}

async function apiLead(body: Record<string, unknown>) {
  const result = await createLead(db(), { workspaceId: env.kit.workspaceId, apiKeyId: "key-consent-test", body, idempotencyKey: null, now: T0, routing: env.kit.deps });
  await runAfterCommitJobs(env.kit);
  return db().lead.findUniqueOrThrow({ where: { id: result.leadId }, include: { nurtureEnrollments: true, events: { orderBy: { createdAt: "asc" } } } });
}

const eventData = (lead: { events: { type: string; data: unknown }[] }, type: string) => lead.events.filter((e) => e.type === type).map((e) => e.data);

describe("the demo form's nurture branch", () => {
  it.each([
    ["not answered (the finding's request)", {}],
    ["left unticked", { guide_consent: false }],
  ])("consent %s: the lead is kept, scored and Nurture, not enrolled, no email; the timeline says why", async (_name, extra) => {
    const lead = await submitDemo(env.testDb, env.kit, { ...NORA, ...extra }, T0);
    expect(lead).toMatchObject({ status: "NURTURE", tier: "nurture", routingOutcome: "nurture" });
    expect(await db().nurtureEnrollment.count()).toBe(0);
    expect(await db().nurtureStepDue.count()).toBe(0);
    const notEnrolled = await db().leadEvent.findMany({ where: { leadId: lead.id, type: "nurture_not_enrolled" } });
    expect(notEnrolled.map((e) => e.data)).toEqual([{ reason: "no_marketing_consent", consentVia: "none" }]);
    expect(await nurtureEmailsAfterADay()).toEqual([]);
  });

  it("consent ticked before the form ends: enrolled, and the enrolment says which question it rests on; the guide is sent", async () => {
    const lead = await submitDemo(env.testDb, env.kit, { ...NORA, guide_consent: true }, T0);
    const enrolled = await db().leadEvent.findFirstOrThrow({ where: { leadId: lead.id, type: "nurture_enrolled" } });
    expect(enrolled.data).toMatchObject({ consent: { via: "form_question", fieldKey: "guide_consent" } });
    const emails = await nurtureEmailsAfterADay();
    expect(emails.map((e) => e.to)).toEqual([[NORA.email]]);
  });
});

describe("leads API", () => {
  it("a consent answer the form filed as not applicable is no consent: not enrolled", async () => {
    const lead = await apiLead({ form: "demo", answers: { ...NORA, consent: true } });
    expect(lead.notApplicableAnswers).toEqual({ consent: true });
    expect(lead.status).toBe("NURTURE");
    expect(lead.nurtureEnrollments).toEqual([]);
    expect(eventData(lead, "nurture_not_enrolled")).toEqual([{ reason: "no_marketing_consent", consentVia: "none" }]);
    expect(await nurtureEmailsAfterADay()).toEqual([]);
  });

  it("consent.marketing true: recorded on the lead, enrolled on it", async () => {
    const lead = await apiLead({ form: "demo", answers: NORA, consent: { marketing: true } });
    expect(eventData(lead, "nurture_consent")).toEqual([{ marketing: true, via: "api" }]);
    expect(lead.nurtureEnrollments.map((e) => e.status)).toEqual(["ACTIVE"]);
    expect(eventData(lead, "nurture_enrolled")[0]).toMatchObject({ consent: { via: "api" } });
  });

  it("consent.marketing false wins over a ticked box: not enrolled", async () => {
    const lead = await apiLead({ form: "demo", answers: { ...NORA, guide_consent: true }, consent: { marketing: false } });
    expect(lead.status).toBe("NURTURE");
    expect(lead.nurtureEnrollments).toEqual([]);
    expect(eventData(lead, "nurture_not_enrolled")).toEqual([{ reason: "no_marketing_consent", consentVia: "api" }]);
  });

  it("refuses a consent that is not { marketing: boolean } (422, the field's path)", async () => {
    const error = (await createLead(db(), { workspaceId: env.kit.workspaceId, apiKeyId: "key-consent-test", body: { form: "demo", answers: NORA, consent: { marketing: "yes" } }, idempotencyKey: null, now: T0, routing: env.kit.deps }).catch((e: unknown) => e)) as { details?: { path: string }[] };
    expect(error.details?.map((d) => d.path)).toEqual(["consent.marketing"]);
  });
});
