// Public input that used to cost the whole process: validation patterns run by a backtracking
// engine (ReDoS) and answers of any length. Through the real public submission handler (the API's
// lead creation runs the same validateSubmission with the same matcher), on a real database (PGlite, or PostgreSQL with TEST_DATABASE_URL).
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { TApiErrorBody } from "../../domain/forms/submission-contract";
import type { TFormDefinitionInput } from "../../domain/forms/definition";
import { countRows, NOW, seedForm, testDefinition, testScoring, validAnswers, validBody } from "../../testing/fixtures/submission-fixtures";
import { createTestDb, resetTestDb, type TestDb } from "../../testing/test-db";
import { handleSubmission } from "./handle-submission";

let testDb: TestDb;
const lane = process.env.TEST_DATABASE_URL ? "postgres" : "pglite";
const SLUG = "talk-to-sales";

beforeAll(async () => {
  testDb = await createTestDb();
});
afterAll(async () => {
  await testDb?.close();
});

/** The test form, with a "Customer code" question checked by `pattern`, published as version 2. */
async function seedPatternForm(pattern: string) {
  const seeded = await seedForm(testDb.db);
  const definition: TFormDefinitionInput = structuredClone(testDefinition);
  definition.steps[0]!.fields.push({ key: "customer_code", type: "short_text", label: "Customer code", validation: { pattern, maxLength: 100 } });
  const version = await testDb.db.formVersion.create({ data: { formId: seeded.form.id, workspaceId: seeded.workspace.id, version: 2, definition: definition as object, scoring: testScoring() as object } });
  await testDb.db.form.update({ where: { id: seeded.form.id }, data: { currentVersionId: version.id } });
  return seeded;
}

function submit(answers: Record<string, unknown>) {
  const request = new Request(`http://localhost/api/v1/forms/${SLUG}/submissions`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(validBody({ answers })),
  });
  return handleSubmission(testDb.db, request, SLUG, NOW);
}

describe(`validation patterns on public input (${lane})`, () => {
  beforeEach(() => resetTestDb(testDb));

  it("attack: (a+)+ on a 40-character answer freezes every tenant", async () => {
    await seedPatternForm("(a+)+");
    // A backtracking engine needs ~2^40 steps to reject this; RE2 answers at once.
    const response = await submit(validAnswers({ customer_code: `${"a".repeat(40)}!` }));
    expect(response.status).toBe(422);
    const { error } = (await response.json()) as TApiErrorBody;
    expect(error.details).toEqual([{ path: "answers.customer_code", message: "Please use the expected format" }]);
    expect(await countRows(testDb.db)).toEqual({ leads: 0, people: 0, events: 0 });

    // The same process still serves: a matching answer is stored.
    const ok = await submit(validAnswers({ customer_code: "a".repeat(40) }));
    expect(ok.status).toBe(201);
  });
});

describe(`answer length caps (${lane})`, () => {
  beforeEach(async () => {
    await resetTestDb(testDb);
    await seedForm(testDb.db);
  });

  it.each<[string, Record<string, unknown>, string, string]>([
    ["a 60,000-digit number (a backtracking number check took seconds)", { budget: "1".repeat(60_000) }, "answers.budget", "This answer is too long (at most 50 characters)"],
    ["a 20,000-character text answer", { name: "x".repeat(20_000) }, "answers.name", "This answer is too long (at most 10,000 characters)"],
    ["an email of 1,000 characters", { email: `${"a".repeat(1_000)}@example.com` }, "answers.email", "This answer is too long (at most 320 characters)"],
    ["a choice value of 5,000 characters", { company_size: "s".repeat(5_000) }, "answers.company_size", "This answer is too long (at most 200 characters)"],
    ["a hidden value of 600 characters", { utm_source: "u".repeat(600) }, "answers.utm_source", "This answer is too long (at most 500 characters)"],
  ])("an over-long answer is a 422 with its path: %s", async (_name, patch, path, message) => {
    const response = await submit(validAnswers(patch));
    expect(response.status).toBe(422);
    const { error } = (await response.json()) as TApiErrorBody;
    expect(error.code).toBe("VALIDATION");
    expect(error.details).toContainEqual({ path, message });
    expect(await countRows(testDb.db)).toEqual({ leads: 0, people: 0, events: 0 });
  });
});

describe(`NUL characters (${lane})`, () => {
  beforeEach(async () => {
    await resetTestDb(testDb);
    await seedForm(testDb.db);
  });

  it("a NUL in an answer, an unknown answer key or its value loses nothing else: the lead is stored without it", async () => {
    // It was a 500 and no lead: PostgreSQL's text and jsonb refuse U+0000 (22021).
    const response = await submit(validAnswers({ name: "Nul\u0000 Test", procurement_contact: "\u0000", "ex\u0000tra": "x\u0000y" }));
    expect(response.status).toBe(201);
    const { leadId, warnings } = (await response.json()) as { leadId: string; warnings?: { path: string }[] };
    const lead = await testDb.db.lead.findUniqueOrThrow({ where: { id: leadId }, include: { person: true } });
    expect(lead.person?.name).toBe("Nul Test");
    expect(JSON.stringify(lead.answers)).not.toContain("\\u0000");
    expect(warnings?.map((w) => w.path)).toContain("answers.extra");
  });

  it("a NUL removed from an answer is said: a warning at its path (it was removed silently)", async () => {
    const response = await submit(validAnswers({ name: "Nul\u0000 Test", "ex\u0000tra": "x" }));
    expect(response.status).toBe(201);
    const { warnings } = (await response.json()) as { warnings?: { path: string; message: string }[] };
    expect(warnings).toContainEqual({ path: "answers.name", message: expect.stringMatching(/^Contained a NUL character \(U\+0000\), which cannot be stored: removed/) });
    // One warning per path: the unknown key's, with the note joined.
    expect(warnings?.filter((w) => w.path === "answers.extra")).toEqual([{ path: "answers.extra", message: expect.stringMatching(/^Not a question of this form.*NUL character/) }]);
  });

  it("a lone surrogate (an emoji cut in half) in an answer, a key or the name is stored as U+FFFD: the lead is kept", async () => {
    // It was a 500 and no lead: jsonb refuses the escape \ud83d without its pair (22P02).
    const response = await submit(validAnswers({ name: "Zoë \ud83d", procurement_contact: "\ude00 call me", "cut\ud800": "x\udbff", emoji: "🙂" }));
    expect(response.status).toBe(201);
    const { leadId } = (await response.json()) as { leadId: string };
    const lead = await testDb.db.lead.findUniqueOrThrow({ where: { id: leadId }, include: { person: true } });
    expect(lead.person?.name).toBe("Zoë \ufffd");
    expect(JSON.stringify(lead.answers)).toContain("\ufffd call me");
  });
});
