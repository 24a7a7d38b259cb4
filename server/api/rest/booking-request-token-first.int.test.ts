// POST /api/v1/bookings/requests (token only) checks its booking token before the rest of its body,
// as the other booking routes check their key or token first: without a token, or with a forged
// one, it is a 401 whatever the body says (it answered 422 about `note`, or 400 about the JSON, to
// anyone); a valid token with a bad body gets the 422 / 400. Real handler, a real database: PGlite,
// or PostgreSQL with TEST_DATABASE_URL.
import { describe, expect, it } from "vitest";
import { createBookingToken } from "../../services/bookings/booking-token";
import { unlimitedRateLimits } from "../../services/rate-limit/rate-limits";
import { apiRequest, readJson, startApiKit } from "../../testing/api-kit";
import { BANK_VP, submitDemo, TEST_SECRET, useRoutingKit } from "../../testing/routing-kit";
import { handleRequestTime, NO_TOKEN_MESSAGE } from "./handle-bookings";

const lane = process.env.TEST_DATABASE_URL ? "postgres" : "pglite";
const NOW = new Date("2026-12-01T15:00:00Z");
const env = useRoutingKit(startApiKit);

type TErrorBody = { error: { code: string; details: { path: string; message: string }[] } };
const send = async (body: unknown) => {
  const api = { deps: async () => env.kit.deps, limits: unlimitedRateLimits() };
  return readJson<TErrorBody>(await handleRequestTime(env.testDb.db, apiRequest("POST", "/bookings/requests", { body }), NOW, api));
};

describe(`POST /api/v1/bookings/requests: the token before the body (${lane})`, () => {
  it.each([
    ["no token, a bad note", { note: "" }],
    ["no token, an unknown property", { note: "Mornings", extra: 1 }],
    ["a token that is not text", { token: 42, note: "" }],
    ["an empty body object", {}],
    ["a body that is not JSON", "{not json"],
    ["a JSON array", ["x"]],
  ])("%s → 401 at token", async (_case, body) => {
    const { status, json } = await send(body);
    expect(status).toBe(401);
    expect(json.error.details).toEqual([{ path: "token", message: NO_TOKEN_MESSAGE }]);
  });

  it("a forged token with a bad body → 401 about the token, not the note", async () => {
    const { status, json } = await send({ token: "forged.token", note: "", extra: true });
    expect(status).toBe(401);
    expect(json.error.details.map((d) => d.path)).toEqual(["token"]);
  });

  it("a valid token: the body's problems (422 at note, unknown property), then 201 for a good one", async () => {
    const lead = await submitDemo(env.testDb, env.kit, BANK_VP, NOW);
    const token = createBookingToken("book", lead.id, new Date(NOW.getTime() + 86400_000), TEST_SECRET);
    const bad = await send({ token, note: "", extra: 1 });
    expect(bad.status).toBe(422);
    expect(bad.json.error.details.map((d) => d.path).sort()).toEqual(["extra", "note"]);
    expect((await send({ token, note: "Any morning next week" })).status).toBe(201);
  });
});
