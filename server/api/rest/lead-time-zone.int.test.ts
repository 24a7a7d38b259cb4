// A lead's time zone is metadata: `timeZone: "Mars/Base"` refused the whole lead (422). Now an
// unknown zone is a warning at its path and the lead is kept without one; a known IANA name is
// taken in any letter case and stored as the runtime spells it ("europe/berlin" → "Europe/Berlin").
// The same for the public submissions endpoint's context.timeZone (it was dropped silently) and
// routing/test's lead.timeZone. Two spellings of one zone are one request for the Idempotency-Key.
// Through the real handlers, the seeded demo workspace and a real database (PGlite, or PostgreSQL
// with TEST_DATABASE_URL).
import { describe, expect, it } from "vitest";
import { UNKNOWN_LEAD_TIME_ZONE_MESSAGE } from "../../domain/leads/lead-time-zone";
import type { TRequestIssue } from "../../domain/validation/request-issues";
import { unlimitedRateLimits } from "../../services/rate-limit/rate-limits";
import { apiRequest, leadPoster, readJson, startApiKit } from "../../testing/api-kit";
import { BANK_VP, useRoutingKit } from "../../testing/routing-kit";
import { handleTestRouting } from "./handle-routing";
import { handleSubmission } from "./handle-submission";

// Tuesday 1 December 2026, 10:00 in New York: the demo reps are at work.
const NOW = new Date("2026-12-01T15:00:00Z");
const lane = process.env.TEST_DATABASE_URL ? "postgres" : "pglite";
const env = useRoutingKit(startApiKit);
const post = leadPoster(env, NOW);
const unknownAt = (path: string) => ({ path, message: UNKNOWN_LEAD_TIME_ZONE_MESSAGE });
const storedZone = async (id: string) => (await env.testDb.db.lead.findUniqueOrThrow({ where: { id }, select: { timeZone: true } })).timeZone;
const zoneWarnings = (warnings: TRequestIssue[] | undefined) => (warnings ?? []).filter((w) => /timeZone$/.test(w.path));

describe(`POST /api/v1/leads: timeZone (${lane})`, () => {
  it("an unknown zone: 201, the lead kept and routed without a zone, a warning at timeZone", async () => {
    const { status, json } = await post({ answers: { plan: "pro" }, person: { email: "ann@acme.io" }, timeZone: "Mars/Base" });
    expect(status).toBe(201);
    expect(json.warnings).toContainEqual(unknownAt("timeZone"));
    expect(json.lead.status).toBe("ASSIGNED");
    expect(await storedZone(json.lead.id)).toBeNull();
  });

  it.each<[string, string]>([
    ["europe/berlin", "Europe/Berlin"],
    ["AMERICA/NEW_YORK", "America/New_York"],
    ["asia/kolkata", "Asia/Kolkata"],
    ["Europe/Berlin", "Europe/Berlin"],
  ])("%s is stored as %s, without a warning", async (sent, stored) => {
    const { status, json } = await post({ answers: { plan: "pro" }, person: { email: "bea@acme.io" }, timeZone: sent });
    expect(status).toBe(201);
    expect(zoneWarnings(json.warnings)).toEqual([]);
    expect(await storedZone(json.lead.id)).toBe(stored);
  });

  it("a zone that is not text stays a 422 at timeZone (identifiers are not coerced)", async () => {
    const { status, json } = await post({ answers: { plan: "pro" }, person: { email: "cid@acme.io" }, timeZone: 1 });
    expect(status).toBe(422);
    expect((json as unknown as { error: { details: TRequestIssue[] } }).error.details.map((d) => d.path)).toEqual(["timeZone"]);
  });

  it("Idempotency-Key: the same request replays (200, the same lead and warning); another spelling of the zone is the same request", async () => {
    const unknown = { answers: { plan: "pro" }, person: { email: "dan@acme.io" }, timeZone: "Mars/Base" };
    const first = await post(unknown, { "idempotency-key": "tz-unknown-1" });
    const again = await post(unknown, { "idempotency-key": "tz-unknown-1" });
    expect([first.status, again.status]).toEqual([201, 200]);
    expect(again.json.lead.id).toBe(first.json.lead.id);
    expect(zoneWarnings(again.json.warnings)).toEqual([unknownAt("timeZone")]);

    const berlin = { answers: { plan: "pro" }, person: { email: "eve@acme.io" }, timeZone: "Europe/Berlin" };
    const canonical = await post(berlin, { "idempotency-key": "tz-berlin-1" });
    const lower = await post({ ...berlin, timeZone: "europe/berlin" }, { "idempotency-key": "tz-berlin-1" });
    expect([canonical.status, lower.status]).toEqual([201, 200]);
    expect(lower.json.lead.id).toBe(canonical.json.lead.id);
    expect(await env.testDb.db.lead.count()).toBe(2);
  });
});

describe(`POST /api/v1/forms/{slug}/submissions: context.timeZone (${lane})`, () => {
  const submit = async (email: string, timeZone: string) => {
    const request = new Request("http://localhost/api/v1/forms/demo/submissions", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ answers: { ...BANK_VP, email }, context: { fillTimeMs: 20_000, timeZone } }),
    });
    return readJson<{ leadId: string; warnings?: TRequestIssue[] }>(await handleSubmission(env.testDb.db, request, "demo", NOW, { rateLimit: unlimitedRateLimits().formSubmission, routing: env.kit.deps }));
  };

  it("an unknown zone: 201 with a warning at context.timeZone (it was dropped silently); a lower-case name stored canonically", async () => {
    const unknown = await submit("mars@firstbank.com", "Mars/Base");
    expect(unknown.status).toBe(201);
    expect(zoneWarnings(unknown.json.warnings)).toEqual([unknownAt("context.timeZone")]);
    expect(await storedZone(unknown.json.leadId)).toBeNull();

    const lower = await submit("berlin@firstbank.com", "europe/berlin");
    expect(lower.status).toBe(201);
    expect(zoneWarnings(lower.json.warnings)).toEqual([]);
    expect(await storedZone(lower.json.leadId)).toBe("Europe/Berlin");
  });
});

describe(`POST /api/v1/routing/test: lead.timeZone (${lane})`, () => {
  it("an unknown zone is the intake's warning at lead.timeZone, the lead tested without one", async () => {
    const response = await handleTestRouting(env.testDb.db, apiRequest("POST", "/routing/test", { key: env.kit.key, body: { lead: { answers: { plan: "pro" }, email: "ann@acme.io", timeZone: "Mars/Base" } } }), NOW);
    const { status, json } = await readJson<{ warnings: TRequestIssue[] }>(response);
    expect(status).toBe(200);
    expect(json.warnings).toEqual([unknownAt("lead.timeZone")]);
  });
});
