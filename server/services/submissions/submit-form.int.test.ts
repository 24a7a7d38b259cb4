// submitForm against a real database (PGlite by default, PostgreSQL with TEST_DATABASE_URL):
// stored lead, person, events, idempotency (also under concurrency), repeats, spam, versions.
import { beforeEach, describe, expect, it } from "vitest";
import { AppError } from "../../errors";
import { useTestDb } from "../../testing/use-test-db";
import { RateLimitError } from "../rate-limit/rate-limit-error";
import { createRateLimits, unlimitedRateLimits } from "../rate-limit/rate-limits";
import { submitForm, type TSubmitFormInput } from "./submit-form";
import { countRows, NOW, publishVersion, seedForm, testScoring, validAnswers, validBody } from "../../testing/fixtures/submission-fixtures";

const testDb = useTestDb();
let seed: Awaited<ReturnType<typeof seedForm>>;
const lane = process.env.TEST_DATABASE_URL ? "postgres" : "pglite";
const DAY = 24 * 60 * 60 * 1000;
const LIMITS = { apiKeyPerMinute: 100, formSubmissionsPer10Min: 100, formReadsPerMinute: 100, signInPer15Min: 100, emailsPerRecipientPerHour: 100, emailsPerAddressPerHour: 100 };

beforeEach(async () => {
  seed = await seedForm(testDb.db);
});

const NO_LIMIT = unlimitedRateLimits().formSubmission;

function submit(patch: Partial<TSubmitFormInput> = {}) {
  return submitForm(testDb.db, { slug: "talk-to-sales", body: validBody(), idempotencyKey: null, ip: "203.0.113.7", now: NOW, rateLimit: NO_LIMIT, ...patch });
}

async function failure(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe(`submitForm (${lane})`, () => {
  it("stores the scored lead, the person and the events in one go", async () => {
    const { status, response } = await submit({ idempotencyKey: "key-1" });
    expect(status).toBe(201);
    expect(response.outcome).toEqual({ type: "booking", title: "Book a call with sales", body: "Pick a time" });
    const lead = await testDb.db.lead.findUniqueOrThrow({ where: { id: response.leadId }, include: { person: true, events: { orderBy: { type: "desc" } } } });
    expect(lead).toMatchObject({
      workspaceId: seed.workspace.id,
      formId: seed.form.id,
      formVersionId: seed.version.id,
      scoreTotal: 70,
      scores: { fit: 40, value: 30 },
      tier: "hot",
      knockedOutBy: null,
      outcome: { type: "booking", outcomeId: "book" },
      isSpam: false,
      spamReason: null,
      repeatOfLeadId: null,
      source: "embed",
      referrer: "https://news.acme.test/",
      idempotencyKey: "key-1",
      utm: { utm_source: "newsletter", utm_medium: "email", utm_campaign: "fall", pageUrl: "https://www.acme.test/pricing?utm_medium=email&utm_campaign=fall" },
    });
    expect(lead.submittedAt.toISOString()).toBe(NOW.toISOString());
    expect(Number(lead.estimatedValue)).toBe(25_000);
    expect((lead.answers as Record<string, unknown>).email).toBe("Ada@Example.com");
    expect(lead.breakdown).toEqual(expect.arrayContaining([expect.objectContaining({ ref: "big-budget", points: 30 })]));
    expect(lead.person).toMatchObject({ email: "ada@example.com", emailDomain: "example.com", name: "Ada Lovelace", company: null });
    expect(lead.events.map((e) => [e.type, e.data])).toEqual([
      ["submitted", { formVersion: 1, source: "embed", isRepeat: false }],
      ["scored", { total: 70, tier: "hot" }],
    ]);
  });

  it("defaults the source to public_api (never api: no API key here) and the outcome to the tier's (or the default) outcome", async () => {
    const { response } = await submit({ body: { answers: validAnswers({ company_size: "small", procurement_contact: undefined, budget: 100 }) } });
    expect(response.outcome).toEqual({ type: "message", title: "Thanks!", body: "We will be in touch" });
    const lead = await testDb.db.lead.findUniqueOrThrow({ where: { id: response.leadId } });
    expect(lead).toMatchObject({ source: "public_api", tier: "cold", scoreTotal: 5, utm: { utm_source: "newsletter" }, referrer: null });
  });

  it("replays an Idempotency-Key with 200 and the same response, writing nothing more; another body with it is a 422", async () => {
    const first = await submit({ idempotencyKey: "abc:123" });
    const again = await submit({ idempotencyKey: "abc:123" });
    expect(again).toEqual({ status: 200, response: first.response });
    // Another body with the key is refused, not answered with the first lead (it was a 200 with that lead).
    const other = await failure(submit({ idempotencyKey: "abc:123", body: validBody({ answers: validAnswers({ budget: 5 }) }) }));
    expect(other.details).toEqual([{ path: "headers.idempotency-key", message: expect.stringContaining("different request") }]);
    expect(await countRows(testDb.db)).toEqual({ leads: 1, people: 1, events: 2 });
    // The key is per form: another key is another lead.
    expect((await submit({ idempotencyKey: "abc:124" })).status).toBe(201);
  });

  it("settles concurrent submissions with one Idempotency-Key on one lead", async () => {
    const results = await Promise.all(Array.from({ length: 6 }, () => submit({ idempotencyKey: "double-click" })));
    expect(new Set(results.map((r) => r.response.leadId)).size).toBe(1);
    expect(results.map((r) => r.status).sort()).toEqual([200, 200, 200, 200, 200, 201]);
    expect(await countRows(testDb.db)).toEqual({ leads: 1, people: 1, events: 2 });
  });

  it("links a repeat within 30 days to the same person and the earlier lead", async () => {
    const first = await submit();
    const second = await submit({
      now: new Date(NOW.getTime() + 29 * DAY),
      body: validBody({ answers: validAnswers({ email: "  ADA@example.COM ", name: "Ada King" }) }, new Date(NOW.getTime() + 29 * DAY)),
    });
    const lead = await testDb.db.lead.findUniqueOrThrow({ where: { id: second.response.leadId }, include: { events: true, person: true } });
    expect(lead.repeatOfLeadId).toBe(first.response.leadId);
    // The new name is this lead's own; the person keeps the name it had (anonymous input never renames).
    expect(lead.contactName).toBe("Ada King");
    expect(lead.person?.name).toBe("Ada Lovelace");
    expect(lead.events.find((e) => e.type === "submitted")?.data).toMatchObject({ isRepeat: true });
    expect(await testDb.db.person.count()).toBe(1);
    expect((await testDb.db.lead.findUniqueOrThrow({ where: { id: first.response.leadId } })).personId).toBe(lead.personId);

    const later = new Date(NOW.getTime() + 60 * DAY);
    const third = await submit({ now: later, body: validBody({}, later) });
    expect((await testDb.db.lead.findUniqueOrThrow({ where: { id: third.response.leadId } })).repeatOfLeadId).toBeNull();
  });

  it.each([
    ["honeypot", validBody({ company_website_hp: "http://spam.example" })],
    ["too_fast", validBody({ context: { startedAt: new Date(NOW.getTime() - 1000).toISOString() } })],
  ])("stores a %s submission as spam, unscored and unlinked, with a normal-looking 201", async (reason, body) => {
    const { status, response } = await submit({ body });
    expect(status).toBe(201);
    expect(["message", "booking", "redirect"]).toContain(response.outcome.type);
    const lead = await testDb.db.lead.findUniqueOrThrow({ where: { id: response.leadId }, include: { events: true } });
    expect(lead).toMatchObject({ isSpam: true, spamReason: reason, tier: "spam", scoreTotal: 0, personId: null, repeatOfLeadId: null });
    expect(lead.events.map((e) => e.type).sort()).toEqual(["flagged_spam", "submitted"]);
    expect(lead.events.find((e) => e.type === "flagged_spam")?.data).toEqual({ reason });
    expect(await testDb.db.person.count()).toBe(0);
  });

  it("is not spam when the form was open long enough", async () => {
    const { response } = await submit({ body: validBody({ context: { startedAt: new Date(NOW.getTime() - 3000).toISOString() } }) });
    expect((await testDb.db.lead.findUniqueOrThrow({ where: { id: response.leadId } })).isSpam).toBe(false);
  });

  it("keeps a lead's stored score when a new version with other points is published", async () => {
    const before = await submit({ idempotencyKey: "v1-lead" });
    const v2 = await publishVersion(testDb.db, seed.form.id, seed.workspace.id, 2, testScoring(10));
    const after = await submit({ idempotencyKey: "v2-lead" });
    const [old, fresh] = await Promise.all([
      testDb.db.lead.findUniqueOrThrow({ where: { id: before.response.leadId } }),
      testDb.db.lead.findUniqueOrThrow({ where: { id: after.response.leadId } }),
    ]);
    expect(old).toMatchObject({ formVersionId: seed.version.id, scoreTotal: 70, tier: "hot", scores: { fit: 40, value: 30 } });
    expect(fresh).toMatchObject({ formVersionId: v2.id, scoreTotal: 40, tier: "warm", scores: { fit: 10, value: 30 } });
    // A replay of the old key still answers with what version 1 answered.
    expect(await submit({ idempotencyKey: "v1-lead" })).toEqual({ status: 200, response: before.response });
  });

  it("rate limits per address and form; an idempotent replay is not counted", async () => {
    const { formSubmission: rateLimit } = createRateLimits({ kind: "memory" }, { ...LIMITS, formSubmissionsPer10Min: 3 });
    expect((await submit({ rateLimit, idempotencyKey: "once" })).status).toBe(201);
    expect((await submit({ rateLimit, idempotencyKey: "once" })).status).toBe(200);
    for (let i = 0; i < 2; i++) expect((await submit({ rateLimit })).status).toBe(201);
    const error = await failure(submit({ rateLimit }));
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error.code).toBe("RATE_LIMITED");
    expect((error as RateLimitError).retryAfterS).toBeGreaterThan(9 * 60);
    expect((error as RateLimitError).retryAfterS).toBeLessThanOrEqual(10 * 60);
    expect((await countRows(testDb.db)).leads).toBe(3);
    expect((await submit({ rateLimit, ip: "198.51.100.1" })).status).toBe(201);
  });

  it("rejects before touching the database for a bad key, an unknown form and invalid answers", async () => {
    expect((await failure(submit({ idempotencyKey: "" }))).details[0]?.path).toBe("headers.idempotency-key");
    expect((await failure(submit({ slug: "nope" }))).code).toBe("NOT_FOUND");
    const invalid = await failure(submit({ body: validBody({ answers: validAnswers({ email: "nope", consent: false }) }) }));
    expect(invalid.code).toBe("VALIDATION");
    expect(invalid.details.map((d) => d.path)).toEqual(expect.arrayContaining(["answers.email", "answers.consent"]));
    expect(await countRows(testDb.db)).toEqual({ leads: 0, people: 0, events: 0 });
  });
});
