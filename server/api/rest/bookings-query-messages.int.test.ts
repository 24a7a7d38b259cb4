// The bookings routes' parameters in our own words. `GET /api/v1/bookings/slots?from=garbage` (or
// a day that does not exist, 2026-02-30) answered zod's "Invalid input" (a union of two forms):
// now the 422 names the parameter and the form it takes, or says the day does not exist. The same
// for POST /api/v1/bookings's `start`. A zone is taken in any letter case (tz=europe/berlin).
// Through the real handlers, the seeded demo workspace and a real database (PGlite, or PostgreSQL
// with TEST_DATABASE_URL).
import { describe, expect, it } from "vitest";
import { createBookingToken } from "../../services/bookings/booking-token";
import { unlimitedRateLimits } from "../../services/rate-limit/rate-limits";
import { apiRequest, readJson } from "../../testing/api-kit";
import { BANK_VP, submitDemo, TEST_SECRET, useRoutingKit } from "../../testing/routing-kit";
import { handleCreateBooking, handleListSlots } from "./handle-bookings";

const NOW = new Date("2026-12-01T15:00:00Z");
const lane = process.env.TEST_DATABASE_URL ? "postgres" : "pglite";
const env = useRoutingKit();
type TAnswer = { error: { code: string; details: { path: string; message: string }[] }; timeZone?: string };
const FROM_FORM = "from must be a date-time with an offset (e.g. 2026-12-08T09:00:00Z) or a day (e.g. 2026-12-08)";
const START_FORM = "start must be a date-time with an offset, e.g. 2026-12-08T09:00:00Z";

describe(`bookings routes: parameters in our own words (${lane})`, () => {
  const api = () => ({ deps: async () => env.kit.deps, limits: unlimitedRateLimits() });
  const tokenOf = async () => {
    const lead = await submitDemo(env.testDb, env.kit, BANK_VP, NOW);
    return createBookingToken("book", lead.id, new Date(NOW.getTime() + 86400_000), TEST_SECRET);
  };

  it.each<[string, string, { path: string; message: string }[]]>([
    ["garbage", "from=garbage", [{ path: "from", message: FROM_FORM }]],
    ["a date-time without an offset", "from=2026-12-08T09:00:00", [{ path: "from", message: FROM_FORM }]],
    ["a day that does not exist", "from=2026-02-30", [{ path: "from", message: "from: 2026-02-30 does not exist (February 2026 has 28 days)" }]],
    ["an instant on a day that does not exist", "from=2026-02-30T09:00:00Z", [{ path: "from", message: "from: 2026-02-30 does not exist (February 2026 has 28 days)" }]],
    ["a month that does not exist", "from=2026-13-01", [{ path: "from", message: "from: 2026-13-01 does not exist (a month is 01 to 12)" }]],
    ["an unknown zone", "tz=Mars%2FBase", [{ path: "tz", message: "Unknown time zone: use an IANA name such as America/New_York" }]],
  ])("GET /bookings/slots, %s → 422 naming the parameter", async (_name, query, details) => {
    const token = await tokenOf();
    const { status, json } = await readJson<TAnswer>(await handleListSlots(env.testDb.db, apiRequest("GET", `/bookings/slots?token=${token}&${query}`), NOW, api()));
    expect(status).toBe(422);
    expect(json.error.code).toBe("VALIDATION");
    expect(json.error.details).toEqual(details);
  });

  it("GET /bookings/slots takes a day, an instant and a zone in any letter case", async () => {
    const token = await tokenOf();
    for (const query of ["from=2026-12-08", "from=2026-12-08T09:00:00Z", "from=2026-12-08T10:00:00%2B01:00"]) {
      expect((await handleListSlots(env.testDb.db, apiRequest("GET", `/bookings/slots?token=${token}&${query}`), NOW, api())).status).toBe(200);
    }
    const zoned = await readJson<TAnswer>(await handleListSlots(env.testDb.db, apiRequest("GET", `/bookings/slots?token=${token}&tz=europe%2Fberlin`), NOW, api()));
    expect(zoned.status).toBe(200);
    expect(zoned.json.timeZone).toBe("Europe/Berlin");
  });

  it.each<[string, string, string]>([
    ["garbage", "garbage", START_FORM],
    ["a day only", "2026-12-08", START_FORM],
    ["a day that does not exist", "2026-02-30T09:00:00Z", "start: 2026-02-30 does not exist (February 2026 has 28 days)"],
  ])("POST /bookings, start %s → 422 naming start", async (_name, start, message) => {
    const token = await tokenOf();
    const { status, json } = await readJson<TAnswer>(await handleCreateBooking(env.testDb.db, apiRequest("POST", "/bookings", { body: { token, start, timeZone: "UTC" } }), NOW, api()));
    expect(status).toBe(422);
    expect(json.error.details).toEqual([{ path: "start", message }]);
  });
});
