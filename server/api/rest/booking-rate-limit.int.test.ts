// The public, token-bound booking API is rate limited per address (rate-limiter-flexible, as the
// submissions endpoint): a script hammering the slots or the booking endpoint with a token — or
// with forged tokens — gets 429 with Retry-After once over the limit, while another address is
// still served. API-key callers keep their own per-key limit.
import { describe, expect, it } from "vitest";
import { createRateLimits } from "../../services/rate-limit/rate-limits";
import { createBookingToken } from "../../services/bookings/booking-token";
import { apiRequest } from "../../testing/api-kit";
import { BANK_VP, submitDemo, TEST_SECRET, useRoutingKit } from "../../testing/routing-kit";
import { handleCreateBooking, handleListSlots, handleRequestTime } from "./handle-bookings";

const NOW = new Date("2026-12-01T15:00:00Z");
const lane = process.env.TEST_DATABASE_URL ? "postgres" : "pglite";
const env = useRoutingKit();
const db = () => env.testDb.db;
const from = (ip: string) => ({ "x-forwarded-for": ip });

describe(`booking API rate limits (${lane})`, () => {
  it("slots: the 6th request of an address in a minute is a 429 with Retry-After (forged tokens count); another address is served", async () => {
    const limits = createRateLimits({ kind: "memory" }, { apiKeyPerMinute: 100, formSubmissionsPer10Min: 3, formReadsPerMinute: 5, signInPer15Min: 5, emailsPerRecipientPerHour: 5, emailsPerAddressPerHour: 5 });
    const api = { deps: async () => env.kit.deps, limits };
    const lead = await submitDemo(env.testDb, env.kit, BANK_VP, NOW);
    const token = createBookingToken("book", lead.id, new Date(NOW.getTime() + 86400_000), TEST_SECRET);
    const slots = (t: string, ip: string) => handleListSlots(db(), apiRequest("GET", `/bookings/slots?token=${t}&tz=UTC`, { headers: from(ip) }), NOW, api);
    for (let i = 0; i < 4; i++) expect((await slots(token, "198.51.100.7")).status).toBe(200);
    expect((await slots("forged.token", "198.51.100.7")).status).toBe(401);
    const refused = await slots(token, "198.51.100.7");
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe("RATE_LIMITED");
    expect((await slots(token, "198.51.100.8")).status).toBe(200);

    // Writes: booking attempts and preferred times share the write allowance (3 per 10 minutes here).
    const book = (ip: string) => handleCreateBooking(db(), apiRequest("POST", "/bookings", { headers: from(ip), body: { token, start: "2026-12-01T03:00:00.000Z", timeZone: "UTC" } }), NOW, api);
    expect([409, 422]).toContain((await book("198.51.100.9")).status); // not a free slot: counted all the same
    expect([409, 422]).toContain((await book("198.51.100.9")).status);
    expect((await handleRequestTime(db(), apiRequest("POST", "/bookings/requests", { headers: from("198.51.100.9"), body: { token: "forged.token", note: "any time" } }), NOW, api)).status).toBe(401);
    const tooMany = await book("198.51.100.9");
    expect(tooMany.status).toBe(429);
    expect(Number(tooMany.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await db().booking.count()).toBe(0);
  });
});
