// POST /api/v1/forms/{slug}/events through its handler with a real database: a browser's batch is
// stored without answers, bots and malformed batches store nothing, the limiter refuses floods.
import { beforeEach, describe, expect, it } from "vitest";
import { useTestDb } from "../../testing/use-test-db";
import { NOW, seedForm } from "../../testing/fixtures/submission-fixtures";
import { createRateLimits, unlimitedRateLimits } from "../../services/rate-limit/rate-limits";
import { handleFormEvents } from "./handle-form-events";

const testDb = useTestDb();
const SLUG = "talk-to-sales";
const BROWSER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";
const NO_LIMITS = unlimitedRateLimits();

beforeEach(async () => {
  await seedForm(testDb.db);
});

const batch = (events: { type: string; step: number; at: number }[], visitId = "visit-abc123") => ({ visitId, formVersion: 1, events });
const t0 = NOW.getTime() - 60_000;

function post(body: unknown, headers: Record<string, string> = {}, slug = SLUG) {
  return new Request(`http://localhost/api/v1/forms/${slug}/events`, {
    method: "POST",
    headers: { "content-type": "application/json", "user-agent": BROWSER, "x-forwarded-for": "203.0.113.9", ...headers },
    body: JSON.stringify(body),
  });
}

describe("POST /api/v1/forms/{slug}/events", () => {
  it("stores a visit's events with times relative to the server's receipt, and no answers", async () => {
    const body = { ...batch([{ type: "view", step: 0, at: t0 }, { type: "start", step: 0, at: t0 + 5_000 }, { type: "step", step: 1, at: t0 + 20_000 }, { type: "complete", step: 2, at: t0 + 50_000 }]), answers: { email: "ann@example.com" } };
    const response = await handleFormEvents(testDb.db, post(body), SLUG, NOW, { rateLimit: NO_LIMITS.formEvents });
    expect(response.status).toBe(202);
    expect(await response.json()).toEqual({ stored: 4, ignored: null });
    const rows = await testDb.db.formStepEvent.findMany({ orderBy: { occurredAt: "asc" } });
    expect(rows.map((r) => [r.type, r.step, NOW.getTime() - r.occurredAt.getTime()])).toEqual([
      ["view", 0, 50_000],
      ["start", 0, 45_000],
      ["step", 1, 30_000],
      ["complete", 2, 0],
    ]);
    expect(JSON.stringify(rows)).not.toContain("example.com");
  });

  it.each<[string, Record<string, string>]>([
    ["a crawler", { "user-agent": "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)" }],
    ["a headless script", { "user-agent": "python-requests/2.31" }],
    ["no user agent", { "user-agent": "" }],
  ])("counts %s out (202, nothing stored)", async (_name, headers) => {
    const response = await handleFormEvents(testDb.db, post(batch([{ type: "view", step: 0, at: t0 }]), headers), SLUG, NOW, { rateLimit: NO_LIMITS.formEvents });
    expect(response.status).toBe(202);
    expect(await response.json()).toEqual({ stored: 0, ignored: "bot" });
    expect(await testDb.db.formStepEvent.count()).toBe(0);
  });

  it.each<[string, unknown, number, string]>([
    ["an unknown event type", batch([{ type: "answer", step: 0, at: t0 }]), 422, "events.0.type"],
    ["a short visit id", batch([{ type: "view", step: 0, at: t0 }], "x"), 422, "visitId"],
    ["no events", batch([]), 422, "events"],
  ])("refuses %s naming the field", async (_name, body, status, path) => {
    const response = await handleFormEvents(testDb.db, post(body), SLUG, NOW, { rateLimit: NO_LIMITS.formEvents });
    expect(response.status).toBe(status);
    const json = (await response.json()) as { error: { details: { path: string }[] } };
    expect(json.error.details.map((d) => d.path)).toContain(path);
    expect(await testDb.db.formStepEvent.count()).toBe(0);
  });

  it("stores a repeated event of a visit once; the rollups count distinct visits", async () => {
    const send = async (events: { type: string; step: number; at: number }[], visitId?: string) =>
      (await (await handleFormEvents(testDb.db, post(batch(events, visitId)), SLUG, NOW, { rateLimit: NO_LIMITS.formEvents })).json()) as { stored: number };
    expect(await send([{ type: "view", step: 0, at: t0 }, { type: "step", step: 1, at: t0 + 1_000 }, { type: "step", step: 1, at: t0 + 2_000 }])).toEqual({ stored: 2, ignored: null });
    expect(await send([{ type: "view", step: 0, at: t0 + 3_000 }, { type: "complete", step: 2, at: t0 + 9_000 }])).toEqual({ stored: 1, ignored: null });
    expect(await send([{ type: "view", step: 0, at: t0 }], "visit-other1")).toEqual({ stored: 1, ignored: null });
    expect(await testDb.db.formStepEvent.count()).toBe(4);
    const daily = await testDb.db.formStepDaily.findMany({ orderBy: [{ type: "asc" }, { step: "asc" }] });
    expect(daily.map((d) => [d.type, d.step, d.visits])).toEqual([
      ["complete", 2, 1],
      ["step", 1, 1],
      ["view", 0, 2],
    ]);
    const visit = await testDb.db.formVisit.findUniqueOrThrow({ where: { formId_visitId: { formId: daily[0]!.formId, visitId: "visit-abc123" } } });
    // Each batch is timed from its receipt: the view 2 s before the first batch arrived, the completion at the second.
    expect(visit.completedAt!.getTime() - visit.viewedAt!.getTime()).toBe(2_000);
  });

  it("is 404 for an unknown form", async () => {
    const response = await handleFormEvents(testDb.db, post(batch([{ type: "view", step: 0, at: t0 }]), {}, "nope"), "nope", NOW, { rateLimit: NO_LIMITS.formEvents });
    expect(response.status).toBe(404);
  });

  it("rate-limits per address and form with the project's limiter", async () => {
    const limits = createRateLimits({ kind: "memory" }, { apiKeyPerMinute: 1, formSubmissionsPer10Min: 1, formReadsPerMinute: 2, signInPer15Min: 1, emailsPerRecipientPerHour: 1, emailsPerAddressPerHour: 1 });
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) {
      statuses.push((await handleFormEvents(testDb.db, post(batch([{ type: "view", step: 0, at: t0 }], `visit-abc12${i}`)), SLUG, NOW, { rateLimit: limits.formEvents })).status);
    }
    expect(statuses).toEqual([202, 202, 429]);
    expect(await testDb.db.formStepEvent.count()).toBe(2);
  });
});
