// Rate limits against a real database (PGlite by default, PostgreSQL with TEST_DATABASE_URL), with
// the attacks they exist for. Limits are set low through createRateLimits; the app reads them from
// the RATE_LIMIT_* variables.
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import pg from "pg";
import { describe, expect, it, vi } from "vitest";
import { useTestDb } from "../../testing/use-test-db";
import { makeMember, makeWorkspace } from "../../testing/factories";
import { trustForwardingFromSocket } from "../../http/trusted-headers";
import { handleSubmission } from "../../api/rest/handle-submission";
import { withApiKey } from "../../api/rest/authenticate";
import { limitPasswordAttempt, limitSignInEmail, passwordSignInSucceeded } from "../../auth/sign-in-limits";
import { guardAuthPost } from "../../auth/guard-auth-request";
import { ALL_API_KEY_SCOPES, createApiKey } from "../api-keys/api-keys";
import { createInvite } from "../workspaces/invites";
import { NOW, seedForm, validBody } from "../../testing/fixtures/submission-fixtures";
import { RateLimitError } from "./rate-limit-error";
import { createRateLimits, RATE_LIMIT_TABLE, type TRateLimitConfig, type TRateLimits } from "./rate-limits";
import { createJobQueue } from "../../jobs/job-queue";
import { createJobRegistry } from "../../workers/registry";

const testDb = useTestDb();
const lane = process.env.TEST_DATABASE_URL ? "postgres" : "pglite";
const HIGH: TRateLimitConfig = {
  apiKeyPerMinute: 1000,
  formSubmissionsPer10Min: 1000,
  formReadsPerMinute: 1000,
  signInPer15Min: 1000,
  emailsPerRecipientPerHour: 1000,
  emailsPerAddressPerHour: 1000,
};
const memoryLimits = (patch: Partial<TRateLimitConfig>): TRateLimits => createRateLimits({ kind: "memory" }, { ...HIGH, ...patch });

async function refusal(promise: Promise<unknown>): Promise<RateLimitError> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(RateLimitError);
  return error as RateLimitError;
}

/** A real HTTP server: serve.ts's header rewrite, then the public submission handler. */
async function startSubmissionServer(limits: TRateLimits): Promise<{ url: string; server: Server }> {
  const server = createServer((req: IncomingMessage, res) => {
    trustForwardingFromSocket(req, 0);
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const headers = new Headers();
      for (const [name, value] of Object.entries(req.headers)) if (typeof value === "string") headers.set(name, value);
      const request = new Request(`http://localhost${req.url}`, { method: req.method, headers, body: Buffer.concat(chunks) });
      const slug = /\/forms\/([^/]+)\/submissions/.exec(req.url ?? "")?.[1] ?? "";
      void handleSubmission(testDb.db, request, slug, NOW, { rateLimit: limits.formSubmission }).then(async (response) => {
        res.writeHead(response.status, Object.fromEntries(response.headers));
        res.end(Buffer.from(await response.arrayBuffer()));
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

describe(`rate limits (${lane})`, () => {
  it("attack: a client rotates X-Forwarded-For to escape the submission limit", async () => {
    await seedForm(testDb.db);
    const { url, server } = await startSubmissionServer(memoryLimits({ formSubmissionsPer10Min: 3 }));
    try {
      const statuses: number[] = [];
      let last: Response | undefined;
      for (let i = 0; i < 5; i++) {
        last = await fetch(`${url}/api/v1/forms/talk-to-sales/submissions`, {
          method: "POST",
          headers: { "content-type": "application/json", "x-forwarded-for": `198.51.100.${i + 1}`, "x-real-ip": `192.0.2.${i + 1}` },
          body: JSON.stringify(validBody()),
        });
        statuses.push(last.status);
      }
      expect(statuses).toEqual([201, 201, 201, 429, 429]);
      expect(Number(last!.headers.get("retry-after"))).toBeGreaterThan(0);
      expect(await last!.json()).toMatchObject({ error: { code: "RATE_LIMITED" } });
      expect(await testDb.db.lead.count()).toBe(3);
    } finally {
      server.close();
    }
  });

  it("attack: password guessing against one account from many addresses", async () => {
    const limits = memoryLimits({ signInPer15Min: 3 });
    for (let i = 1; i <= 3; i++) await limitPasswordAttempt(limits, "Admin@Example.com", `198.51.100.${i}`);
    const refused = await refusal(limitPasswordAttempt(limits, "admin@example.com", "198.51.100.99"));
    expect(refused.retryAfterS).toBeGreaterThan(14 * 60);
    expect(refused.retryAfterS).toBeLessThanOrEqual(15 * 60);
    expect(refused.message).toMatch(/Too many sign-in attempts/);
    // Another account from a fresh address is unaffected; the owner's success clears the account.
    await limitPasswordAttempt(limits, "other@example.com", "198.51.100.50");
    await passwordSignInSucceeded(limits, "admin@example.com", "198.51.100.1");
    await limitPasswordAttempt(limits, "admin@example.com", "198.51.100.60");
  });

  it("attack: password guessing many accounts from one address", async () => {
    const limits = memoryLimits({ signInPer15Min: 3 });
    for (let i = 1; i <= 3; i++) await limitPasswordAttempt(limits, `user${i}@example.com`, "203.0.113.9");
    await refusal(limitPasswordAttempt(limits, "user4@example.com", "203.0.113.9"));
  });

  it("the growing wait: past 5× the 15-minute limit within a day, the wait is the rest of the day", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    try {
      const limits = memoryLimits({ signInPer15Min: 2 });
      const account = "target@example.com";
      let n = 0;
      // Two failures per 15 minutes, five times: each wait is at most 15 minutes…
      for (let round = 0; round < 5; round++) {
        for (let i = 0; i < 2; i++) await limitPasswordAttempt(limits, account, `10.0.0.${++n}`);
        vi.setSystemTime(Date.now() + 16 * 60 * 1000);
      }
      // …then the day's budget (5 × 2) is spent: the next wait is the rest of the day.
      const refused = await refusal(limitPasswordAttempt(limits, account, "10.9.9.9"));
      expect(refused.retryAfterS).toBeGreaterThan(20 * 60 * 60);
    } finally {
      vi.useRealTimers();
    }
  });

  it("Auth.js's own endpoints: past the limit a direct POST is a 429 with Retry-After, before Auth.js runs", async () => {
    const limits = memoryLimits({ signInPer15Min: 2 });
    let authJsCalls = 0;
    // Auth.js answers a failed password with a redirect back to the sign-in page.
    const authPost = async () => {
      authJsCalls += 1;
      return new Response(null, { status: 302, headers: { location: "http://localhost/sign-in?error=CredentialsSignin" } });
    };
    const attempt = (ip: string) =>
      guardAuthPost(
        new Request("http://localhost/api/auth/callback/password", {
          method: "POST",
          headers: { "content-type": "application/x-www-form-urlencoded", "x-forwarded-for": ip },
          body: new URLSearchParams({ email: "admin@example.com", password: "guess", csrfToken: "t" }),
        }),
        limits,
        authPost,
      );
    expect((await attempt("198.51.100.1")).status).toBe(302);
    expect((await attempt("198.51.100.2")).status).toBe(302);
    const refused = await attempt("198.51.100.3");
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await refused.json()).toMatchObject({ error: { code: "RATE_LIMITED" } });
    expect(authJsCalls).toBe(2);
  });

  it("attack: magic-link email flood to one recipient", async () => {
    const limits = memoryLimits({ emailsPerRecipientPerHour: 3 });
    for (let i = 1; i <= 3; i++) await limitSignInEmail(limits, "victim@example.com", `198.51.100.${i}`);
    const refused = await refusal(limitSignInEmail(limits, "VICTIM@example.com", "198.51.100.77"));
    expect(refused.retryAfterS).toBeGreaterThan(50 * 60);
    await limitSignInEmail(limits, "someone-else@example.com", "198.51.100.78");
  });

  it("attack: invite email flood to one recipient — refused with nothing written", async () => {
    const limits = memoryLimits({ emailsPerRecipientPerHour: 2 });
    const ws = await makeWorkspace(testDb.db, "Inviting");
    const admin = await makeMember(testDb.db, ws.id, "ADMIN", "Ada Admin");
    const queue = createJobQueue(testDb, { definitions: createJobRegistry() });
    await queue.start();
    try {
      const invite = () =>
        createInvite(
          testDb.db,
          { userId: admin.user.id, name: admin.user.name, workspace: { id: ws.id, slug: ws.slug, name: ws.name, role: "ADMIN" } },
          { email: "victim@example.com", role: "REP", teamId: null },
          { ip: "203.0.113.5", limits, mail: { queue } },
        );
      await invite();
      await invite();
      await refusal(invite());
      expect(await testDb.db.emailMessage.count({ where: { template: "invite" } })).toBe(2);
    } finally {
      await queue.stop();
    }
  });

  it("attack: one API key floods the API — 429 with Retry-After past its per-key limit, other keys unaffected", async () => {
    const limits = memoryLimits({ apiKeyPerMinute: 2 });
    const ws = await makeWorkspace(testDb.db, "Api");
    const flooding = await createApiKey(testDb.db, { workspaceId: ws.id, name: "flood", scopes: ALL_API_KEY_SCOPES });
    const other = await createApiKey(testDb.db, { workspaceId: ws.id, name: "quiet", scopes: ALL_API_KEY_SCOPES });
    const call = (key: string) =>
      withApiKey(testDb.db, new Request("http://localhost/api/v1/leads/x", { headers: { authorization: `Bearer ${key}` } }), NOW, "GET /api/v1/leads/{id}", async () => new Response("{}", { status: 200 }), {
        rateLimit: limits.apiKey,
      });
    expect([(await call(flooding.key)).status, (await call(flooding.key)).status]).toEqual([200, 200]);
    const refused = await call(flooding.key);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(refused.headers.get("access-control-allow-origin")).toBeNull();
    expect(await refused.json()).toMatchObject({ error: { code: "RATE_LIMITED" } });
    expect((await call(other.key)).status).toBe(200);
  });
});

describe("one process, several bundles", () => {
  it("limits built over the same shared store limiters share their counts (Next.js loads modules once per layer)", async () => {
    const shared = new Map();
    const pageLayer = createRateLimits({ kind: "memory" }, { ...HIGH, emailsPerRecipientPerHour: 1 }, shared);
    const routeLayer = createRateLimits({ kind: "memory" }, { ...HIGH, emailsPerRecipientPerHour: 1 }, shared);
    await pageLayer.emailRecipient.consume("victim@example.com");
    await refusal(routeLayer.emailRecipient.consume("victim@example.com"));
  });
});

// The PostgreSQL store exists only on a server database (PGlite is one process and uses memory).
describe.skipIf(lane !== "postgres")("rate limits shared through PostgreSQL (server lane only)", () => {
  it("two app processes share one limit, counted exactly under concurrency, in the migrated table", async () => {
    const pools = [new pg.Pool({ connectionString: testDb.url, max: 4 }), new pg.Pool({ connectionString: testDb.url, max: 4 })];
    try {
      const [a, b] = pools.map((pool) => createRateLimits({ kind: "postgres", pool }, { ...HIGH, formSubmissionsPer10Min: 5 }));
      const results = await Promise.allSettled(Array.from({ length: 12 }, (_, i) => (i % 2 ? a! : b!).formSubmission.consume("form-1", "203.0.113.7")));
      expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(5);
      expect(results.filter((r) => r.status === "rejected" && r.reason instanceof RateLimitError)).toHaveLength(7);
      const rows = await testDb.db.$queryRawUnsafe<{ key: string }[]>(`SELECT key FROM "${RATE_LIMIT_TABLE}"`);
      expect(rows).toHaveLength(1);
      expect(rows[0]!.key).not.toContain("203.0.113.7");
    } finally {
      await Promise.all(pools.map((pool) => pool.end()));
    }
  });

  it("keeps its counters in an UNLOGGED table: a bump never waits for a WAL flush", async () => {
    const [table] = await testDb.db.$queryRawUnsafe<{ persistence: string }[]>(
      `SELECT relpersistence::text AS persistence FROM pg_class WHERE oid = '"${RATE_LIMIT_TABLE}"'::regclass`,
    );
    // 'u' unlogged, 'p' permanent (the table as created by the library's migration).
    expect(table?.persistence).toBe("u");
  });
});
