// Issue 9, nothing slow under the routing lock: the intake decides a lead's marketing consent from
// the lead it has just built (answers, the API's consent, the form's consent questions) before the
// lock, so a nurture enrolment under the lock reads nothing of the lead — no answers, no consent
// event — and a lead without consent costs no enrolment read at all. A lead enrolled later (routed
// by a job, not by its intake) still has its consent read from the stored lead. Observed on the
// statements sent through the intake's transaction. PGlite, or PostgreSQL with TEST_DATABASE_URL.
import { afterEach, describe, expect, it } from "vitest";
import { recording, recordTransactions } from "../../testing/recording-tx";
import { runAfterCommitJobs, submitDemo, useRoutingKit } from "../../testing/routing-kit";
import { createLead } from "../leads/create-lead";
import { routeLeadInTx } from "../routing/route-lead";

const env = useRoutingKit();
const db = () => env.testDb.db;
const T0 = new Date("2026-12-01T15:00:00Z");
const lane = process.env.TEST_DATABASE_URL ? "postgres" : "pglite";
// The demo form's small-and-exploring path: Nurture, with its own consent question (guide_consent).
const NORA = { email: "nora@smallco-test.com", full_name: "Nora", role: "founder", authority: "decision_maker", company: "SmallCo", company_size: "1-19", industry: "technology", region: "europe", start_when: "just_exploring" };

let restore: (() => void) | undefined;
afterEach(() => {
  restore?.();
  restore = undefined;
});

/** The statements of the one transaction that routed (the intake's), from the lock on. */
async function underTheLock(submit: () => Promise<unknown>) {
  const recorder = recordTransactions(db());
  restore = recorder.restore;
  await submit();
  recorder.restore();
  const routed = recorder.transactions.filter((t) => t.some((s) => s.includes("switchboard_routing_read")));
  expect(routed).toHaveLength(1);
  const all = routed[0]!;
  return all.slice(all.findIndex((s) => s.includes("switchboard_routing_read")));
}

const enrolmentRead = (statements: string[]) => statements.filter((s) => s.includes('"NurtureSettings"'));
/** A statement that reads the lead's answers or its API consent event (the enrolment's read also by joining the lead). */
const readsLeadConsent = (s: string) => s.includes('"answers"') || s.includes("nurture_consent") || (s.includes('"NurtureSettings"') && /JOIN\s+"Lead"/.test(s));

describe(`nurture enrolment at intake (${lane})`, () => {
  it("consent ticked on the form: enrolled, the enrolment's read under the lock reads no answers and no consent event", async () => {
    const locked = await underTheLock(() => submitDemo(env.testDb, env.kit, { ...NORA, guide_consent: true }, T0));
    const reads = enrolmentRead(locked);
    expect(reads).toHaveLength(1);
    expect(reads.filter(readsLeadConsent)).toEqual([]);
    const lead = await db().lead.findFirstOrThrow({ where: { workspaceId: env.kit.workspaceId }, include: { events: true, nurtureEnrollments: true } });
    expect(lead.nurtureEnrollments.map((e) => e.status)).toEqual(["ACTIVE"]);
    expect(lead.events.find((e) => e.type === "nurture_enrolled")?.data).toMatchObject({ consent: { via: "form_question", fieldKey: "guide_consent" } });
    console.info(`[statements] a nurture-outcome lead with consent, under the lock: ${locked.length}`);
  });

  it("the API's consent.marketing false over a ticked box: not enrolled, and no enrolment read under the lock", async () => {
    const locked = await underTheLock(() =>
      createLead(db(), { workspaceId: env.kit.workspaceId, apiKeyId: "key-intake-consent", body: { form: "demo", answers: { ...NORA, guide_consent: true }, consent: { marketing: false } }, idempotencyKey: null, now: T0, routing: env.kit.deps }),
    );
    expect(enrolmentRead(locked)).toEqual([]);
    expect(locked.filter(readsLeadConsent)).toEqual([]);
    const lead = await db().lead.findFirstOrThrow({ where: { workspaceId: env.kit.workspaceId }, include: { events: true, nurtureEnrollments: true } });
    expect(lead.status).toBe("NURTURE");
    expect(lead.nurtureEnrollments).toEqual([]);
    expect(lead.events.filter((e) => e.type === "nurture_not_enrolled").map((e) => e.data)).toEqual([{ reason: "no_marketing_consent", consentVia: "api" }]);
    console.info(`[statements] a nurture-outcome lead without consent, under the lock: ${locked.length}`);
  });

  it("a lead routed later (stored first, routed like the routing job): its consent is read from the stored lead", async () => {
    const stored = await createLead(db(), { workspaceId: env.kit.workspaceId, apiKeyId: "key-intake-consent", body: { form: "demo", answers: NORA, consent: { marketing: true } }, idempotencyKey: null, now: T0 });
    const seen: string[] = [];
    await db().$transaction((tx) => routeLeadInTx(recording(tx, seen), { workspaceId: env.kit.workspaceId, leadId: stored.leadId, now: T0 }, env.kit.deps));
    await runAfterCommitJobs(env.kit);
    expect(enrolmentRead(seen).filter(readsLeadConsent)).toHaveLength(1);
    const lead = await db().lead.findUniqueOrThrow({ where: { id: stored.leadId }, include: { events: true, nurtureEnrollments: true } });
    expect(lead.nurtureEnrollments.map((e) => e.status)).toEqual(["ACTIVE"]);
    expect(lead.events.find((e) => e.type === "nurture_enrolled")?.data).toMatchObject({ consent: { via: "api" } });
  });
});
