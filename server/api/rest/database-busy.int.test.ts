// Under heavy load the intake's database may have no connection to give (the pool's wait runs out,
// PostgreSQL refuses a new one: 53300 too many connections, 57P03 starting up). The API answered
// such a request with a 500, and an integrator could not tell whether to retry: a lead was lost.
// Now it is a 503 with Retry-After and the API's JSON error, nothing half-stored, and the retry
// with the same Idempotency-Key stores the lead exactly once. Reproduced on a real server: a role
// limited to two connections (CONNECTION LIMIT), both held elsewhere.
//
// PostgreSQL lane only: the embedded database is one in-process connection, with no connection
// limit or pool to run out of (its unit cases are in json-error.unit.test.ts).
import crypto from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { PrismaPg } from "@prisma/adapter-pg";
import { connectPostgres, type Db, type DbHandle } from "../../db/client";
import { PrismaClient } from "../../db/generated/client";
import type { TApiErrorBody } from "../../domain/forms/submission-contract";
import { unlimitedRateLimits, type TLimiter } from "../../services/rate-limit/rate-limits";
import { apiRequest, readJson, startApiKit } from "../../testing/api-kit";
import { BANK_VP, useRoutingKit } from "../../testing/routing-kit";
import { handleCreateLead } from "./handle-leads";
import { handleSubmission } from "./handle-submission";

const NOW = new Date("2026-12-01T15:00:00Z");
// eslint-disable-next-line no-restricted-properties -- the lane is chosen by the environment (test-db.ts)
const serverLane = Boolean(process.env.TEST_DATABASE_URL);
const NO_LIMITS = unlimitedRateLimits();
const env = useRoutingKit(startApiKit);

const lead = (email: string) => ({ answers: { company_size: "20-199", industry: "technology", region: "north_america" }, person: { email } });
const postLead = (db: Db, key: string, body: unknown, rateLimit: TLimiter = NO_LIMITS.apiKey) =>
  handleCreateLead(db, apiRequest("POST", "/leads", { key: env.kit.key, body, headers: { "idempotency-key": key } }), NOW, env.kit.deps, { rateLimit });
const leadCount = () => env.testDb.db.lead.count();

/** The 503 every such request gets: Retry-After, the API's JSON error saying to retry with the same key, one log line without a stack. */
/** Sends, and checks the answer is the 503 "database busy" with one `[api]` warning line and no `[api]` error; returns that line. */
async function expectBusyAnswer(send: () => Promise<Response>): Promise<string> {
  const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
  const error = vi.spyOn(console, "error").mockImplementation(() => {});
  try {
    const { status, json, headers } = await readJson<TApiErrorBody>(await send());
    expect(status).toBe(503);
    expect(headers.get("retry-after")).toBe("5");
    expect(json.error.code).toBe("UNAVAILABLE");
    expect(json.error.message).toMatch(/busy.*retry in 5 seconds with the same Idempotency-Key/);
    expect(json.error.details).toEqual([]);
    const lines = warn.mock.calls.map((call: unknown[]) => call.map(String).join(" ")).filter((line: string) => line.includes("[api]"));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^\[api\] .+: database unavailable \(.+\): answered 503, retry in 5 s$/);
    expect(error.mock.calls.filter((call: unknown[]) => String(call[0]).startsWith("[api]"))).toEqual([]);
    return lines[0]!;
  } finally {
    warn.mockRestore();
    error.mockRestore();
  }
}

describe.skipIf(!serverLane)("a database with no connection to give (PostgreSQL lane)", () => {
  /** A submission reads with two connections at once: the role may open two. */
  const ROLE_LIMIT = 2;
  const role = `sb_busy_${crypto.randomBytes(4).toString("hex")}`;
  let admin: pg.Client;
  let roleUrl: string;

  beforeAll(async () => {
    admin = new pg.Client({ connectionString: env.testDb.url });
    await admin.connect();
    // Not a superuser (a limit binds only those), with the owner's rights on the test database's tables through membership.
    await admin.query(`CREATE ROLE ${role} LOGIN NOSUPERUSER CONNECTION LIMIT ${ROLE_LIMIT} IN ROLE postgres`);
    const url = new URL(env.testDb.url!);
    url.username = role;
    url.password = "";
    roleUrl = url.toString();
  });

  afterAll(async () => {
    await admin.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = $1`, [role]);
    await admin.query(`DROP ROLE IF EXISTS ${role}`);
    await admin.end();
  });

  /** The role's pool (as the app's), with every connection the role may open held by other clients while `run` runs. */
  async function whileHeld<T>(run: (busy: DbHandle) => Promise<T>): Promise<T> {
    const busy = await connectPostgres(roleUrl, ROLE_LIMIT);
    const holders = Array.from({ length: ROLE_LIMIT }, () => new pg.Client({ connectionString: roleUrl }));
    for (const holder of holders) await holder.connect();
    try {
      return await run(busy);
    } finally {
      for (const holder of holders) await holder.end();
      await busy.close();
      await noSessionsOfRole();
    }
  }

  /** Until the server has let go of the role's sessions (a closed client's backend is counted until it exits). */
  async function noSessionsOfRole(): Promise<void> {
    while (Number((await admin.query(`SELECT count(*) AS n FROM pg_stat_activity WHERE usename = $1`, [role])).rows[0].n) > 0) await new Promise((resolve) => setImmediate(resolve));
  }

  it("POST /api/v1/leads: 53300 too many connections → 503 + Retry-After (was a 500); no lead; the retry with the same key stores it once", async () => {
    await whileHeld((busy) => expectBusyAnswer(() => postLead(busy.db, "crm-1", lead("busy@acme.com"))));
    expect(await leadCount()).toBe(0);
    const busy = await connectPostgres(roleUrl, ROLE_LIMIT);
    try {
      const first = await readJson<{ lead: { id: string } }>(await postLead(busy.db, "crm-1", lead("busy@acme.com")));
      expect(first.status).toBe(201);
      const replay = await readJson<{ lead: { id: string } }>(await postLead(busy.db, "crm-1", lead("busy@acme.com")));
      expect(replay.status).toBe(200);
      expect(replay.json.lead.id).toBe(first.json.lead.id);
    } finally {
      await busy.close();
    }
    expect(await leadCount()).toBe(1);
  });

  it("POST /api/v1/leads: the connections go away after the key was checked → 503, no row of the lead; the retry stores it once", async () => {
    const busy = await connectPostgres(roleUrl, ROLE_LIMIT);
    // Between the key's check and the intake (the rate limit's turn): the role's sessions are ended and it may open none.
    const cutOff: TLimiter = {
      ...NO_LIMITS.apiKey,
      consume: async (...parts) => {
        await admin.query(`ALTER ROLE ${role} CONNECTION LIMIT 0`);
        await admin.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = $1`, [role]);
        await noSessionsOfRole();
        return NO_LIMITS.apiKey.consume(...parts); // the quota (an unlimited limiter in memory: no database)
      },
    };
    try {
      await expectBusyAnswer(() => postLead(busy.db, "crm-2", lead("cut@acme.com"), cutOff));
    } finally {
      await admin.query(`ALTER ROLE ${role} CONNECTION LIMIT ${ROLE_LIMIT}`);
    }
    expect(await leadCount()).toBe(0);
    expect(await env.testDb.db.person.count()).toBe(0);
    try {
      expect((await postLead(busy.db, "crm-2", lead("cut@acme.com"))).status).toBe(201);
      expect((await postLead(busy.db, "crm-2", lead("cut@acme.com"))).status).toBe(200);
    } finally {
      await busy.close();
    }
    expect(await leadCount()).toBe(1);
  });

  it("POST /api/v1/leads: the pool's wait for a connection runs out (pg-pool timeout) → 503, not 500", async () => {
    const pool = new pg.Pool({ connectionString: env.testDb.url, max: 1, connectionTimeoutMillis: 1000 });
    const db = new PrismaClient({ adapter: new PrismaPg(pool) });
    const taken = await pool.connect();
    try {
      expect(await expectBusyAnswer(() => postLead(db, "crm-3", lead("pool@acme.com")))).toContain("no free connection in the pool in time");
    } finally {
      taken.release();
      await db.$disconnect();
      await pool.end();
    }
    expect(await leadCount()).toBe(0);
  });

  it("the hosted form's submission: 503 + Retry-After, nothing stored; the retry with the same key stores one lead", async () => {
    const submit = (db: Db) =>
      handleSubmission(
        db,
        new Request("http://localhost/api/v1/forms/demo/submissions", {
          method: "POST",
          headers: { "content-type": "application/json", "idempotency-key": "visit-1", "x-forwarded-for": "203.0.113.9" },
          body: JSON.stringify({ answers: BANK_VP, context: { fillTimeMs: 20_000, source: "hosted" } }),
        }),
        "demo",
        NOW,
        { rateLimit: NO_LIMITS.formSubmission, routing: env.kit.deps },
      );
    await whileHeld((busy) => expectBusyAnswer(() => submit(busy.db)));
    expect(await leadCount()).toBe(0);
    const busy = await connectPostgres(roleUrl, ROLE_LIMIT);
    try {
      expect((await submit(busy.db)).status).toBe(201);
      expect((await submit(busy.db)).status).toBe(200);
    } finally {
      await busy.close();
    }
    expect(await leadCount()).toBe(1);
  });
});
