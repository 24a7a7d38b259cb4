// POST /api/v1/forms/{slug}/submissions from a browser on a website the form does not allow: a 403
// before anything else — the body's type, size and JSON, the form's validation, the rate limit —
// so a stranger's page learns nothing about the form, and nothing is written (it was answered as
// anyone else: a 422 listing the form's questions, or a 201 with the lead stored). The app's own
// pages (the hosted form, also embedded: its frame is on the app's origin), the form's allowed
// websites and server-to-server callers (no Origin) are answered as before. Through the real
// handler and a real database (PGlite, or PostgreSQL with TEST_DATABASE_URL).
import { beforeEach, describe, expect, it } from "vitest";
import type { TApiErrorBody } from "../../domain/forms/submission-contract";
import { ORIGIN_REFUSED_MESSAGE } from "../../domain/forms/submission-origin";
import { countRows, NOW, seedForm, validAnswers, validBody } from "../../testing/fixtures/submission-fixtures";
import { createRateLimits, unlimitedRateLimits } from "../../services/rate-limit/rate-limits";
import { useTestDb } from "../../testing/use-test-db";
import { handleSubmission } from "./handle-submission";

const testDb = useTestDb();
const lane = process.env.TEST_DATABASE_URL ? "postgres" : "pglite";
const SLUG = "talk-to-sales";
const ALLOWED = "https://www.customer.example";
const STRANGER = "https://evil.example";
const APP_URL = "https://leads.switchboard.example";

beforeEach(async () => {
  await seedForm(testDb.db);
  await testDb.db.form.update({ where: { slug: SLUG }, data: { allowedOrigins: [ALLOWED] } });
});

function post(body: string | Record<string, unknown>, headers: Record<string, string> = {}, slug = SLUG): Request {
  return new Request(`http://localhost/api/v1/forms/${slug}/submissions`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
}

async function send(request: Request, slug = SLUG, rateLimit = unlimitedRateLimits().formSubmission) {
  const response = await handleSubmission(testDb.db, request, slug, NOW, { rateLimit, appUrl: APP_URL });
  return { response, status: response.status, json: (await response.json()) as TApiErrorBody };
}

const invalid = { answers: {}, context: validBody().context };

describe(`POST /api/v1/forms/{slug}/submissions from another website (${lane})`, () => {
  it.each<[string, () => Request, string?]>([
    ["answers missing every required question (was a 422 naming them)", () => post(invalid, { origin: STRANGER })],
    ["a valid submission (was a 201: the lead stored)", () => post(validBody(), { origin: STRANGER })],
    ["malformed JSON (was a 400)", () => post("{", { origin: STRANGER })],
    ["another content type (was a 415)", () => post("answers=1", { origin: STRANGER, "content-type": "text/plain" })],
    ["a look-alike of the allowed origin", () => post(invalid, { origin: `${ALLOWED}.evil.example` })],
    ["the allowed host over http", () => post(invalid, { origin: "http://www.customer.example" })],
    ["an opaque origin (a sandboxed frame, a file)", () => post(invalid, { origin: "null" })],
    ["a cross-site browser request", () => post(invalid, { origin: STRANGER, "sec-fetch-site": "cross-site" })],
    ["an unknown form (was a 404)", () => post(invalid, { origin: STRANGER }, "no-such-form"), "no-such-form"],
  ])("%s → 403 naming the origin, no CORS, nothing written", async (_name, request, slug) => {
    const { response, status, json } = await send(request(), slug);
    expect(status).toBe(403);
    expect(json.error).toEqual({ code: "FORBIDDEN", message: ORIGIN_REFUSED_MESSAGE, details: [{ path: "headers.origin", message: ORIGIN_REFUSED_MESSAGE }] });
    expect(JSON.stringify(json)).not.toMatch(/answers\.|required/i);
    expect(response.headers.get("access-control-allow-origin")).toBeNull();
    expect(response.headers.get("vary")).toBe("Origin");
    expect(await countRows(testDb.db)).toEqual({ leads: 0, people: 0, events: 0 });
  });

  it("is refused before the rate limit is counted: a stranger cannot use up a form's quota", async () => {
    const limits = { apiKeyPerMinute: 100, formSubmissionsPer10Min: 1, formReadsPerMinute: 100, signInPer15Min: 100, emailsPerRecipientPerHour: 100, emailsPerAddressPerHour: 100 };
    const rateLimit = createRateLimits({ kind: "memory" }, limits).formSubmission;
    for (let i = 0; i < 3; i++) expect((await send(post(validBody(), { origin: STRANGER }), SLUG, rateLimit)).status).toBe(403);
    expect((await send(post(validBody()), SLUG, rateLimit)).status).toBe(201);
  });

  it.each<[string, Record<string, string>]>([
    ["no Origin (a server, curl)", {}],
    ["an allowed website (CORS: its origin echoed)", { origin: "HTTPS://WWW.customer.example:443" }],
    ["the app's own page (Sec-Fetch-Site: same-origin)", { origin: "https://app.behind-a-proxy.example", "sec-fetch-site": "same-origin" }],
    ["the app's own page, a browser without Sec-Fetch-*: the request's origin", { origin: "http://localhost" }],
    ["the app's own page, a browser without Sec-Fetch-*: APP_URL's origin", { origin: APP_URL }],
  ])("%s: answered as before — the 422 names the questions, a valid one is stored", async (_name, headers) => {
    const refused = await send(post(invalid, headers));
    expect(refused.status).toBe(422);
    expect(refused.json.error.details).toContainEqual({ path: "answers.email", message: expect.stringContaining("is required") });
    const stored = await send(post(validBody({ answers: validAnswers() }), headers));
    expect(stored.status).toBe(201);
    expect(stored.response.headers.get("access-control-allow-origin")).toBe(headers.origin?.startsWith("HTTPS://WWW") ? ALLOWED : null);
    expect((await countRows(testDb.db)).leads).toBe(1);
  });
});
