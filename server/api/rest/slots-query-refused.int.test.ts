// GET /api/v1/bookings/slots answers a query parameter it does not take as every GET route does
// (query-parameters.ts): a 422 at the parameter's name, "Unknown query parameter `x`: use …" —
// not zod's "Unknown property". The token's way reads it with the token; an API key's way only once
// the key and its scope are checked (a key without bookings:write is a 403 whatever the query:
// api-key-scope-first.int.test.ts), so without any key it is a 401.
import { describe, expect, it } from "vitest";
import { createRateLimits } from "../../services/rate-limit/rate-limits";
import { createBookingToken } from "../../services/bookings/booking-token";
import { unknownQueryParameterMessage } from "../../domain/validation/query-parameters";
import { apiRequest } from "../../testing/api-kit";
import { BANK_VP, submitDemo, TEST_SECRET, useRoutingKit } from "../../testing/routing-kit";
import { handleListSlots } from "./handle-bookings";

const NOW = new Date("2026-12-01T15:00:00Z");
const lane = process.env.TEST_DATABASE_URL ? "postgres" : "pglite";
const env = useRoutingKit();
const SLOTS_PARAMS = ["token", "leadId", "from", "tz"];

describe(`GET /api/v1/bookings/slots: an unknown query parameter (${lane})`, () => {
  it("is a 422 at its name in the GET routes' words; without it the same query is served", async () => {
    const limits = createRateLimits({ kind: "memory" }, { apiKeyPerMinute: 100, formSubmissionsPer10Min: 3, formReadsPerMinute: 50, signInPer15Min: 5, emailsPerRecipientPerHour: 5, emailsPerAddressPerHour: 5 });
    const api = { deps: async () => env.kit.deps, limits };
    const lead = await submitDemo(env.testDb, env.kit, BANK_VP, NOW);
    const token = createBookingToken("book", lead.id, new Date(NOW.getTime() + 86400_000), TEST_SECRET);
    const slots = (query: string) => handleListSlots(env.testDb.db, apiRequest("GET", `/bookings/slots?${query}`), NOW, api);

    const refused = await slots(`token=${token}&tz=UTC&limit=5`);
    expect(refused.status).toBe(422);
    const body = (await refused.json()) as { error: { code: string; details: { path: string; message: string }[] } };
    expect(body.error.code).toBe("VALIDATION");
    expect(body.error.details).toEqual([{ path: "limit", message: unknownQueryParameterMessage("limit", SLOTS_PARAMS) }]);
    expect(body.error.details[0]!.message).toBe("Unknown query parameter `limit`: use token, leadId, from, tz");

    const both = await slots(`token=${token}&tz=Mars%2FBase&x=1`);
    expect(both.status).toBe(422);
    expect(((await both.json()) as { error: { details: { path: string }[] } }).error.details.map((d) => d.path)).toEqual(["tz", "x"]);

    expect((await slots(`token=${token}&tz=UTC`)).status).toBe(200);
    // The key's way (no token) with no key: the caller first.
    expect((await slots(`leadId=${lead.id}&tz=Mars%2FBase&x=1`)).status).toBe(401);
  });
});
