// An idempotent replay answers the warnings the first answer had, even after a publish changed
// what the same answers would be warned about today (the replay rebuilt them with the version
// published now). Both intakes: `POST /api/v1/leads` (an API key) and the public submissions
// endpoint. A lead stored before its warnings were kept (none stored) is answered as before:
// its warnings rebuilt. Through the real handlers, the seeded demo workspace and a real database
// (PGlite, or PostgreSQL with TEST_DATABASE_URL).
import { describe, expect, it } from "vitest";
import { UNKNOWN_FIELD_MESSAGE } from "../../domain/forms/validate-answers";
import { publishForm } from "../../services/forms/publish-form";
import { unlimitedRateLimits } from "../../services/rate-limit/rate-limits";
import { leadPoster, readJson, startApiKit, type TLeadWarning } from "../../testing/api-kit";
import { BANK_VP, useRoutingKit } from "../../testing/routing-kit";
import { handleSubmission } from "./handle-submission";

const NOW = new Date("2026-12-01T15:00:00Z");
const lane = process.env.TEST_DATABASE_URL ? "postgres" : "pglite";

const env = useRoutingKit(startApiKit);
const post = leadPoster(env, NOW);

/** The bank VP's answers and a CRM id the demo form does not ask (yet): kept as not applicable, with a warning. */
const ANSWERS = { ...BANK_VP, crm_id: "crm-1" };
const CRM_ID_WARNING: TLeadWarning = { path: "answers.crm_id", message: UNKNOWN_FIELD_MESSAGE };

/** Publishes the demo form with a hidden "crm_id" question: the same answers get no warning for it now. */
async function publishWithCrmId(): Promise<void> {
  const { db } = env.testDb;
  const form = await db.form.findFirstOrThrow({ where: { workspaceId: env.kit.workspaceId, slug: "demo" }, include: { currentVersion: true } });
  const definition = form.currentVersion!.definition as { steps: { fields: unknown[] }[] };
  const [first, ...rest] = definition.steps;
  const draft = { ...definition, steps: [{ ...first!, fields: [...first!.fields, { key: "crm_id", type: "hidden", label: "CRM id" }] }, ...rest] };
  await db.form.update({ where: { id: form.id }, data: { draftDefinition: draft as object, draftScoring: form.currentVersion!.scoring as object } });
  const owner = await db.membership.findFirstOrThrow({ where: { workspaceId: env.kit.workspaceId, role: "OWNER" } });
  await publishForm(db, { workspaceId: env.kit.workspaceId, formId: form.id, userId: owner.userId });
}

/** POST /api/v1/forms/demo/submissions with this Idempotency-Key. */
async function submit(key: string) {
  const request = new Request("http://localhost/api/v1/forms/demo/submissions", {
    method: "POST",
    headers: { "content-type": "application/json", "idempotency-key": key },
    body: JSON.stringify({ answers: ANSWERS, context: { fillTimeMs: 20_000 } }),
  });
  return readJson<{ leadId: string; warnings?: TLeadWarning[] }>(await handleSubmission(env.testDb.db, request, "demo", NOW, { rateLimit: unlimitedRateLimits().formSubmission, routing: env.kit.deps }));
}

describe(`An idempotent replay after a publish answers the first warnings (${lane})`, () => {
  it("POST /api/v1/leads: 200, the first lead, exactly the first answer's warnings", async () => {
    const headers = { "idempotency-key": "crm-replay-1" };
    const first = await post({ form: "demo", answers: ANSWERS }, headers);
    expect(first.status).toBe(201);
    expect(first.json.warnings).toContainEqual(CRM_ID_WARNING);
    const stored = await env.testDb.db.lead.findUniqueOrThrow({ where: { id: first.json.lead.id }, select: { idempotencyWarnings: true } });
    expect(stored.idempotencyWarnings).toEqual(first.json.warnings);

    await publishWithCrmId();
    // A new lead with the same answers is not warned about crm_id any more…
    const fresh = await post({ form: "demo", answers: ANSWERS }, { "idempotency-key": "crm-replay-2" });
    expect(fresh.status).toBe(201);
    expect(fresh.json.warnings ?? []).not.toContainEqual(CRM_ID_WARNING);
    // …but the replay answers as the first time did.
    const again = await post({ form: "demo", answers: ANSWERS }, headers);
    expect([again.status, again.json.lead.id]).toEqual([200, first.json.lead.id]);
    expect(again.json.warnings).toEqual(first.json.warnings);
  });

  it("the public submissions endpoint: 200, the first lead, exactly the first answer's warnings", async () => {
    const first = await submit("form-replay-1");
    expect(first.status).toBe(201);
    expect(first.json.warnings).toContainEqual(CRM_ID_WARNING);

    await publishWithCrmId();
    const again = await submit("form-replay-1");
    expect([again.status, again.json.leadId]).toEqual([200, first.json.leadId]);
    expect(again.json.warnings).toEqual(first.json.warnings);
  });

  it("a lead stored without its warnings (before they were kept) is answered with them rebuilt, as before", async () => {
    const headers = { "idempotency-key": "crm-replay-old" };
    const first = await post({ form: "demo", answers: ANSWERS }, headers);
    expect(first.json.warnings).toContainEqual(CRM_ID_WARNING);
    await env.testDb.db.$executeRaw`UPDATE "Lead" SET "idempotencyWarnings" = NULL WHERE "id" = ${first.json.lead.id}`;
    // Before any publish: rebuilt from the same answers and version, the same warnings.
    const again = await post({ form: "demo", answers: ANSWERS }, headers);
    expect([again.status, again.json.warnings]).toEqual([200, first.json.warnings]);
    // After it: rebuilt with the version published now (nothing better is known for such a lead).
    await publishWithCrmId();
    const later = await post({ form: "demo", answers: ANSWERS }, headers);
    expect(later.status).toBe(200);
    expect(later.json.warnings ?? []).not.toContainEqual(CRM_ID_WARNING);
  });

  it("a lead without warnings stores none ([]), and its replay answers none; a lead without a key stores nothing", async () => {
    const headers = { "idempotency-key": "clean-replay" };
    const first = await post({ form: "demo", answers: BANK_VP }, headers);
    expect([first.status, first.json.warnings]).toEqual([201, undefined]);
    const keyless = await post({ form: "demo", answers: ANSWERS });
    const stored = await env.testDb.db.lead.findMany({ where: { id: { in: [first.json.lead.id, keyless.json.lead.id] } }, select: { id: true, idempotencyWarnings: true } });
    expect(Object.fromEntries(stored.map((lead) => [lead.id, lead.idempotencyWarnings]))).toEqual({ [first.json.lead.id]: [], [keyless.json.lead.id]: null });
    await publishWithCrmId();
    const again = await post({ form: "demo", answers: BANK_VP }, headers);
    expect([again.status, again.json.warnings]).toEqual([200, undefined]);
  });
});
