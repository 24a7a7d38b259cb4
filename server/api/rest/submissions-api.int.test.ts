// The public REST API through its handlers, with real Request objects and a real database
// (PGlite by default, PostgreSQL with TEST_DATABASE_URL): bad input of every kind writes nothing.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { MAX_SUBMISSION_BYTES, type TApiErrorBody } from "../../domain/forms/submission-contract";
import type { Db } from "../../db/client";
import { useTestDb } from "../../testing/use-test-db";
import { countRows, NOW, seedForm, validAnswers, validBody } from "../../testing/fixtures/submission-fixtures";
import { createRateLimits, unlimitedRateLimits } from "../../services/rate-limit/rate-limits";
import { handleGetForm } from "./handle-get-form";
import { handleSubmission } from "./handle-submission";
import type { TOpenApiDocument } from "./openapi";
import { formPreflight } from "./form-cors";
import { GET as openApiGet } from "../../../app/api/v1/openapi.json/route";

const testDb = useTestDb();
const lane = process.env.TEST_DATABASE_URL ? "postgres" : "pglite";
const SLUG = "talk-to-sales";
const URL_ = `http://localhost/api/v1/forms/${SLUG}/submissions`;
const NO_LIMITS = unlimitedRateLimits();
const LIMITS = { apiKeyPerMinute: 100, formSubmissionsPer10Min: 100, formReadsPerMinute: 100, signInPer15Min: 100, emailsPerRecipientPerHour: 100, emailsPerAddressPerHour: 100 };
const getForm = (slug: string) => handleGetForm(testDb.db, new Request(`http://localhost/api/v1/forms/${slug}`), slug, { rateLimit: NO_LIMITS.formRead });

beforeEach(async () => {
  await seedForm(testDb.db);
});

function post(body: unknown, headers: Record<string, string> = {}, slug = SLUG): Request {
  return new Request(`http://localhost/api/v1/forms/${slug}/submissions`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-forwarded-for": "203.0.113.7, 10.0.0.1", ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
}

async function send(request: Request, slug = SLUG, db: Db = testDb.db) {
  const response = await handleSubmission(db, request, slug, NOW, { rateLimit: NO_LIMITS.formSubmission });
  const json = (await response.json()) as unknown;
  return { response, status: response.status, json };
}

type BadCase = { name: string; request: () => Request; slug?: string; status: number; code: string; path: string | RegExp };

const bad = (answersPatch: Record<string, unknown>) => () => post(validBody({ answers: validAnswers(answersPatch) }));
const without = (key: string) => () => {
  const answers = validAnswers();
  delete answers[key];
  return post(validBody({ answers }));
};

const badCases: BadCase[] = [
  { name: "missing required answer", request: without("email"), status: 422, code: "VALIDATION", path: "answers.email" },
  { name: "number for a text field", request: bad({ name: 42 }), status: 422, code: "VALIDATION", path: "answers.name" },
  { name: "string for a number field", request: bad({ budget: "lots" }), status: 422, code: "VALIDATION", path: "answers.budget" },
  { name: "option not among the options", request: bad({ company_size: "medium" }), status: 422, code: "VALIDATION", path: "answers.company_size" },
  { name: "text too long", request: bad({ name: "x".repeat(51) }), status: 422, code: "VALIDATION", path: "answers.name" },
  { name: "bad email", request: bad({ email: "ada-at-example" }), status: 422, code: "VALIDATION", path: "answers.email" },
  { name: "number above max", request: bad({ budget: 2_000_000 }), status: 422, code: "VALIDATION", path: "answers.budget" },
  { name: "number below min", request: bad({ budget: -1 }), status: 422, code: "VALIDATION", path: "answers.budget" },
  { name: "multiple choice with a non-option", request: bad({ interests: ["routing", "karaoke"] }), status: 422, code: "VALIDATION", path: /^answers\.interests(\.1)?$/ },
  { name: "consent not accepted", request: bad({ consent: false }), status: 422, code: "VALIDATION", path: "answers.consent" },
  { name: "invalid date", request: bad({ start_date: "2027-02-30" }), status: 422, code: "VALIDATION", path: "answers.start_date" },
  { name: "answers not an object", request: () => post(validBody({ answers: ["ada@example.com"] })), status: 422, code: "VALIDATION", path: "answers" },
  { name: "body not an object", request: () => post([1, 2]), status: 422, code: "VALIDATION", path: "body" },
  { name: "unknown top-level property", request: () => post(validBody({ score: 100 })), status: 422, code: "VALIDATION", path: "score" },
  { name: "unknown context property", request: () => post(validBody({ context: { ip: "1.2.3.4" } })), status: 422, code: "VALIDATION", path: "context.ip" },
  { name: "startedAt not a date-time", request: () => post(validBody({ context: { startedAt: "yesterday" } })), status: 422, code: "VALIDATION", path: "context.startedAt" },
  { name: "bad Idempotency-Key (characters)", request: () => post(validBody(), { "idempotency-key": "two words!" }), status: 422, code: "VALIDATION", path: "headers.idempotency-key" },
  { name: "bad Idempotency-Key (too long)", request: () => post(validBody(), { "idempotency-key": "k".repeat(201) }), status: 422, code: "VALIDATION", path: "headers.idempotency-key" },
  { name: "wrong content type", request: () => post(JSON.stringify(validBody()), { "content-type": "text/plain" }), status: 415, code: "UNSUPPORTED_MEDIA_TYPE", path: "headers.content-type" },
  { name: "no content type", request: () => new Request(URL_, { method: "POST", body: new Blob([JSON.stringify(validBody())]) }), status: 415, code: "UNSUPPORTED_MEDIA_TYPE", path: "headers.content-type" },
  {
    name: "oversized body (declared Content-Length)",
    request: () => post(validBody({ answers: validAnswers({ name: "x".repeat(MAX_SUBMISSION_BYTES) }) }), { "content-length": String(MAX_SUBMISSION_BYTES + 200) }),
    status: 413,
    code: "PAYLOAD_TOO_LARGE",
    path: "body",
  },
  { name: "oversized body (streamed, no Content-Length)", request: () => streamed(MAX_SUBMISSION_BYTES + 1), status: 413, code: "PAYLOAD_TOO_LARGE", path: "body" },
  { name: "malformed JSON", request: () => post('{"answers": {"email": '), status: 400, code: "MALFORMED_JSON", path: "body" },
  { name: "empty body", request: () => post(""), status: 400, code: "MALFORMED_JSON", path: "body" },
  { name: "unknown form", request: () => post(validBody(), {}, "no-such-form"), slug: "no-such-form", status: 404, code: "NOT_FOUND", path: "slug" },
  { name: "unpublished form", request: () => post(validBody(), {}, "draft-form"), slug: "draft-form", status: 404, code: "NOT_FOUND", path: "slug" },
];

/** A body streamed in 16 KB chunks with no Content-Length. */
function streamed(bytes: number): Request {
  const chunk = new TextEncoder().encode(" ".repeat(16 * 1024));
  let sent = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent >= bytes) return controller.close();
      const part = chunk.subarray(0, Math.min(chunk.byteLength, bytes - sent));
      sent += part.byteLength;
      controller.enqueue(part);
    },
  });
  return new Request(URL_, { method: "POST", headers: { "content-type": "application/json" }, body, duplex: "half" } as RequestInit);
}

describe(`POST /api/v1/forms/{slug}/submissions — bad input (${lane})`, () => {
  it.each(badCases)("$name → $status $code", async ({ request, slug, status, code, path }) => {
    if (slug === "draft-form") await seedForm(testDb.db, { slug, status: "DRAFT" });
    const { response, json } = await send(request(), slug ?? SLUG);
    expect(response.status).toBe(status);
    expect(response.headers.get("vary")).toBe("Origin");
    const { error } = json as TApiErrorBody;
    expect(error.code).toBe(code);
    expect(typeof error.message).toBe("string");
    if (path === "") expect(error.details).toEqual([]);
    else expect(error.details.map((d) => d.path)).toContainEqual(typeof path === "string" ? path : expect.stringMatching(path));
    expect(await countRows(testDb.db)).toEqual({ leads: 0, people: 0, events: 0 });
  });

  it("a body refused for its shape also names its answers' problems: every problem in one 422", async () => {
    const answers = validAnswers({ budget: "lots" });
    delete answers.email;
    const { status, json } = await send(post(validBody({ answers, score: 100, context: { ip: "1.2.3.4" } })));
    expect(status).toBe(422);
    expect((json as TApiErrorBody).error.details.map((d) => d.path).sort()).toEqual(["answers.budget", "answers.email", "context.ip", "score"]);
    expect(await countRows(testDb.db)).toEqual({ leads: 0, people: 0, events: 0 });
  });

  it("a streamed oversized body is not read past the cap", async () => {
    let pulled = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 16 * 1024;
        controller.enqueue(new Uint8Array(16 * 1024).fill(32));
      },
    });
    const request = new Request(URL_, { method: "POST", headers: { "content-type": "application/json" }, body, duplex: "half" } as RequestInit);
    const { status } = await send(request);
    expect(status).toBe(413);
    expect(pulled).toBeLessThanOrEqual(MAX_SUBMISSION_BYTES + 3 * 16 * 1024);
  });

  it("an unexpected failure answers 500 with a generic body and logs no request data", async () => {
    const secret = "postgres://admin:hunter2@db/prod";
    const broken = { form: { findUnique: () => Promise.reject(new Error(`connection refused ${secret}`)) } } as unknown as Db;
    const log = vi.spyOn(console, "error").mockImplementation(() => undefined);
    try {
      const { response, json } = await send(post(validBody()), SLUG, broken);
      expect(response.status).toBe(500);
      expect(response.headers.get("vary")).toBe("Origin");
      expect(json).toEqual({ error: { code: "INTERNAL", message: "Something went wrong", details: [] } });
      const logged = log.mock.calls.flat().map(String).join("\n");
      expect(logged).toContain("[api]");
      expect(logged).not.toContain("hunter2");
      expect(logged).not.toContain("ada");
    } finally {
      log.mockRestore();
    }
  });
});

describe(`POST /api/v1/forms/{slug}/submissions — accepted (${lane})`, () => {
  it("201 with the outcome only: no score, tier or breakdown in the body", async () => {
    const { response, json } = await send(post(validBody(), { "idempotency-key": "k-1" }));
    expect(response.status).toBe(201);
    expect(response.headers.get("vary")).toBe("Origin");
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    expect(json).toEqual({ leadId: expect.any(String), outcome: { type: "booking", title: "Book a call with sales", body: "Pick a time" } });
    const text = JSON.stringify(json);
    for (const key of ["score", "tier", "breakdown", "scoreTotal", "knockedOutBy", "estimatedValue"]) expect(text).not.toContain(`"${key}"`);
    expect(await countRows(testDb.db)).toEqual({ leads: 1, people: 1, events: 2 });
  });

  it("an integrator posts every field it has: answers the logic hides and unknown keys are kept as not applicable, 201 with warnings naming them, not scored", async () => {
    const plain = await send(post(validBody({ answers: validAnswers({ company_size: "small" }) })));
    const { status, json } = await send(post(validBody({ answers: validAnswers({ company_size: "small", procurement_contact: "Grace", crm_id: "0031x" }) })));
    expect(status).toBe(201);
    expect((json as { warnings: { path: string }[] }).warnings.map((w) => w.path)).toEqual(["answers.crm_id", "answers.procurement_contact"]);
    const leadId = (json as { leadId: string }).leadId;
    const lead = await testDb.db.lead.findUniqueOrThrow({ where: { id: leadId } });
    const before = await testDb.db.lead.findUniqueOrThrow({ where: { id: (plain.json as { leadId: string }).leadId } });
    expect(lead.notApplicableAnswers).toEqual({ crm_id: "0031x", procurement_contact: "Grace" });
    expect(lead.answers).not.toHaveProperty("procurement_contact");
    expect(lead.scoreTotal).toBe(before.scoreTotal);
  });

  it("the same Idempotency-Key twice → 200 with the same body and one lead", async () => {
    const first = await send(post(validBody(), { "idempotency-key": "retry-me" }));
    const second = await send(post(validBody(), { "idempotency-key": "retry-me" }));
    expect([first.status, second.status]).toEqual([201, 200]);
    expect(second.json).toEqual(first.json);
    expect(await countRows(testDb.db)).toEqual({ leads: 1, people: 1, events: 2 });
  });

  it("429 with Retry-After after the limit, per IP and form", async () => {
    const options = { rateLimit: createRateLimits({ kind: "memory" }, { ...LIMITS, formSubmissionsPer10Min: 2 }).formSubmission };
    const statuses: number[] = [];
    let last: Response | undefined;
    for (let i = 0; i < 3; i++) {
      last = await handleSubmission(testDb.db, post(validBody()), SLUG, NOW, options);
      statuses.push(last.status);
    }
    expect(statuses).toEqual([201, 201, 429]);
    const retryAfter = Number(last!.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThan(9 * 60);
    expect(retryAfter).toBeLessThanOrEqual(10 * 60);
    expect(((await last!.json()) as TApiErrorBody).error.code).toBe("RATE_LIMITED");
    // Another address is not limited.
    expect((await handleSubmission(testDb.db, post(validBody(), { "x-forwarded-for": "198.51.100.1" }), SLUG, NOW, options)).status).toBe(201);
    expect((await countRows(testDb.db)).leads).toBe(3);
  });
});

describe(`GET /api/v1/forms/{slug} (${lane})`, () => {
  it("200 with the published definition and never the scoring model", async () => {
    const response = await getForm(SLUG);
    expect(response.status).toBe(200);
    expect(response.headers.get("vary")).toBe("Origin");
    const body = (await response.json()) as Record<string, unknown>;
    expect(Object.keys(body).sort()).toEqual(["definition", "name", "slug", "version"]);
    expect(body).toMatchObject({ slug: SLUG, name: "Talk to sales", version: 1 });
    const text = JSON.stringify(body);
    for (const secret of ["\"scoring\"", "optionPoints", "\"tiers\"", "knockouts", "dealValue", "big-budget", "minScore"]) expect(text).not.toContain(secret);
  });

  it("404 for an unknown, a draft and an archived form", async () => {
    await seedForm(testDb.db, { slug: "draft-form", status: "DRAFT" });
    await seedForm(testDb.db, { slug: "old-form", status: "ARCHIVED" });
    for (const slug of ["nope", "draft-form", "old-form", "../etc"]) {
      const response = await getForm(slug);
      expect(response.status).toBe(404);
      expect(response.headers.get("vary")).toBe("Origin");
      expect(((await response.json()) as TApiErrorBody).error).toMatchObject({ code: "NOT_FOUND", details: [{ path: "slug", message: "Not found" }] });
    }
  });
});

describe("CORS and OpenAPI", () => {
  it("attack: a page on an origin the form does not allow reads it by CORS", async () => {
    await testDb.db.form.update({ where: { slug: SLUG }, data: { allowedOrigins: ["https://www.customer.example"] } });
    const from = (origin: string) => new Request(`http://localhost/api/v1/forms/${SLUG}`, { headers: { origin } });
    const read = (origin: string) => handleGetForm(testDb.db, from(origin), SLUG, { rateLimit: NO_LIMITS.formRead });
    const preflight = (origin: string) => formPreflight(testDb.db, SLUG, new Request(URL_, { method: "OPTIONS", headers: { origin, "access-control-request-method": "POST" } }));

    // Another site: no CORS header on the answer, and its preflight is refused.
    const stolen = await read("https://evil.example");
    expect(stolen.headers.get("access-control-allow-origin")).toBeNull();
    expect(stolen.headers.get("vary")).toBe("Origin");
    const refused = await preflight("https://evil.example");
    expect(refused.status).toBe(403);
    expect(refused.headers.get("access-control-allow-origin")).toBeNull();
    // A look-alike of the allowed origin is another origin.
    expect((await read("https://www.customer.example.evil.example")).headers.get("access-control-allow-origin")).toBeNull();
    expect((await read("http://www.customer.example")).headers.get("access-control-allow-origin")).toBeNull();

    // The allowed site: its own origin echoed (never "*"), no credentials, errors readable too.
    const allowed = await read("https://www.customer.example");
    expect(allowed.status).toBe(200);
    expect(allowed.headers.get("access-control-allow-origin")).toBe("https://www.customer.example");
    expect(allowed.headers.get("access-control-allow-credentials")).toBeNull();
    const ok = await preflight("https://WWW.customer.example:443");
    expect(ok.status).toBe(204);
    expect(ok.headers.get("access-control-allow-origin")).toBe("https://www.customer.example");
    expect(ok.headers.get("access-control-allow-methods")).toBe("GET, POST, OPTIONS");
    expect(ok.headers.get("access-control-allow-headers")).toBe("Content-Type, Idempotency-Key");
    const invalid = await send(post({ answers: {} }, { origin: "https://www.customer.example" }));
    expect(invalid.status).toBe(422);
    expect(invalid.response.headers.get("access-control-allow-origin")).toBe("https://www.customer.example");
  });

  it("a form with no allowed origins answers no browser on another site", async () => {
    const response = await handleGetForm(testDb.db, new Request(`http://localhost/api/v1/forms/${SLUG}`, { headers: { origin: "https://www.customer.example" } }), SLUG, { rateLimit: NO_LIMITS.formRead });
    expect(response.status).toBe(200);
    expect(response.headers.get("access-control-allow-origin")).toBeNull();
  });

  it("serves an OpenAPI 3.1 document whose references all resolve", async () => {
    const response = openApiGet();
    expect(response.status).toBe(200);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    const doc = (await response.json()) as TOpenApiDocument;
    expect(doc.openapi).toBe("3.1.0");
    const text = JSON.stringify(doc);
    for (const [, target] of text.matchAll(/"\$ref":"#\/([^"]+)"/g)) {
      const resolved = target!.split("/").reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], doc);
      expect(resolved, target).toBeDefined();
    }
    const post = doc.paths["/forms/{slug}/submissions"]!.post as { responses: Record<string, unknown> };
    expect(Object.keys(post.responses).sort()).toEqual(["200", "201", "400", "404", "413", "415", "422", "429", "500", "503"]);
    expect(text).not.toContain("optionPoints");
  });
});
