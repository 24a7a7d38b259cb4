// sendEmail + the "mail.send" job against a real database and a local HTTP server standing in
// for the Resend API (the SDK is pointed at it with a base URL). No mocks.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createJobQueue, type TJobQueue } from "../jobs/job-queue";
import { createTestDb, type TestDb } from "../testing/test-db";
import type { TMailConfig } from "./mail-config";
import { mailSendJob } from "./mail-send-job";
import { sendEmailNow } from "./deliver-now";
import { sendEmail, storeEmail } from "./send-email";

interface TCaptured {
  path: string;
  authorization: string | undefined;
  idempotencyKey: string | undefined;
  body: { from: string; to: string[]; subject: string; html: string; text: string };
}
const captured: TCaptured[] = [];
let captureMode: "ok" | "fail" = "ok";

const capture = http.createServer((req, res) => {
  let raw = "";
  req.on("data", (chunk: Buffer) => (raw += chunk.toString()));
  req.on("end", () => {
    captured.push({
      path: req.url ?? "",
      authorization: req.headers.authorization,
      idempotencyKey: req.headers["idempotency-key"] as string | undefined,
      body: JSON.parse(raw) as TCaptured["body"],
    });
    res.setHeader("content-type", "application/json");
    if (captureMode === "fail") {
      res.statusCode = 500;
      res.end(JSON.stringify({ statusCode: 500, name: "internal_server_error", message: "capture server says no" }));
    } else {
      res.end(JSON.stringify({ id: `re_${captured.length}` }));
    }
  });
});

let testDb: TestDb;
let queue: TJobQueue<{ "mail.send": ReturnType<typeof mailSendJob> }>;
let devConfig: TMailConfig;
let resendConfig: TMailConfig;

async function waitFor<T>(check: () => Promise<T | undefined | null | false>, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const magicLink = { name: "magic-link", props: { url: "http://localhost:3000/api/auth/callback/email?token=t1", host: "localhost:3000" } } as const;

beforeAll(async () => {
  await new Promise<void>((resolve) => capture.listen(0, "127.0.0.1", resolve));
  const { port } = capture.address() as AddressInfo;
  devConfig = { from: "Switchboard <test@switchboard.local>", transport: "dev" };
  resendConfig = { ...devConfig, transport: "resend", resendApiKey: "re_test_key", resendBaseUrl: `http://127.0.0.1:${port}` };
  testDb = await createTestDb();
  // The real mail.send job with a short retry policy: 2 attempts, 1 s apart.
  const definitions = { "mail.send": { ...mailSendJob(resendConfig), retry: { retryLimit: 1, retryDelay: 1, retryBackoff: false } } };
  queue = createJobQueue(testDb, { definitions, pollingIntervalSeconds: 0.5 });
  await queue.work();
});

afterAll(async () => {
  await queue?.stop();
  await testDb?.close();
  await new Promise((resolve) => capture.close(resolve));
});

describe("sendEmail", () => {
  it("stores escaped HTML and the text as typed (a text part is never markup), and the dev transport marks it sent", async () => {
    const { id } = await sendEmail(
      testDb.db,
      {
        to: "new.rep@example.com",
        template: {
          name: "invite",
          props: { workspaceName: "Acme & <b>Co</b>", inviterName: "<script>alert(1)</script>", roleLabel: "Sales rep", url: "http://localhost:3000/invite/abc", expiresAt: new Date("2030-01-01T00:00:00Z") },
        },
      },
      { config: devConfig, queue },
    );
    const email = await testDb.db.emailMessage.findUniqueOrThrow({ where: { id } });
    expect(email).toMatchObject({ template: "invite", transport: "dev", to: ["new.rep@example.com"], from: devConfig.from });
    expect(email.html).not.toContain("<script>");
    expect(email.html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(email.html).not.toContain("<b>Co</b>");
    expect(email.text).toContain("Acme & <b>Co</b>");
    expect(email.text).toContain("<script>alert(1)</script>");
    expect(email.text).toContain("http://localhost:3000/invite/abc");

    const sent = await waitFor(async () => {
      const row = await testDb.db.emailMessage.findUnique({ where: { id } });
      return row?.status === "SENT" ? row : null;
    });
    expect(sent).toMatchObject({ attempts: 1, providerId: null, lastError: null });
    expect(sent.sentAt).toBeInstanceOf(Date);
    expect(captured).toHaveLength(0);
  });

  it("stores nothing and enqueues nothing when the caller's transaction rolls back", async () => {
    const before = await testDb.db.emailMessage.count();
    await expect(
      testDb.db.$transaction(async (tx) => {
        await sendEmail(tx, { to: "x@example.com", template: magicLink }, { config: devConfig, queue });
        throw new Error("business change failed");
      }),
    ).rejects.toThrow("business change failed");
    expect(await testDb.db.emailMessage.count()).toBe(before);
    const jobs = await testDb.db.$queryRawUnsafe<{ count: number }[]>(`SELECT count(*)::int AS count FROM pgboss.job WHERE name = 'mail.send'`);
    expect(jobs[0]?.count).toBe(before);
  });

  it("posts to Resend with the email id as idempotency key and stores the provider id", async () => {
    captureMode = "ok";
    const { id } = await sendEmail(testDb.db, { to: ["a@example.com", "b@example.com"], template: magicLink }, { config: resendConfig, queue });
    const sent = await waitFor(async () => {
      const row = await testDb.db.emailMessage.findUnique({ where: { id } });
      return row?.status === "SENT" ? row : null;
    });
    expect(captured).toHaveLength(1);
    const request = captured[0]!;
    expect(request.path).toBe("/emails");
    expect(request.authorization).toBe("Bearer re_test_key");
    expect(request.idempotencyKey).toBe(`email-${id}`);
    expect(request.body).toMatchObject({ from: resendConfig.from, to: ["a@example.com", "b@example.com"], subject: "Sign in to localhost:3000" });
    expect(request.body.html).toContain(magicLink.props.url);
    expect(sent).toMatchObject({ transport: "resend", providerId: "re_1", attempts: 1 });
  });

  it("retries when Resend answers 500 and records attempts and the last error, then FAILED", async () => {
    captureMode = "fail";
    captured.length = 0;
    const { id } = await sendEmail(testDb.db, { to: "c@example.com", template: magicLink }, { config: resendConfig, queue });
    const afterFirst = await waitFor(async () => {
      const row = await testDb.db.emailMessage.findUnique({ where: { id } });
      return row && row.attempts >= 1 ? row : null;
    });
    expect(afterFirst.status).toBe("QUEUED");
    expect(afterFirst.lastError).toContain("capture server says no");

    const failed = await waitFor(async () => {
      const row = await testDb.db.emailMessage.findUnique({ where: { id } });
      return row?.status === "FAILED" ? row : null;
    });
    expect(failed).toMatchObject({ attempts: 2, providerId: null, sentAt: null });
    expect(failed.lastError).toContain("internal_server_error");
    expect(captured.map((c) => c.idempotencyKey)).toEqual([`email-${id}`, `email-${id}`]);
  });
  it("sendEmailNow stores the email once per dedupe key and delivers the row it stored, once, with no mail.send job", async () => {
    const input = { to: "alert.rep@example.com", template: magicLink, dedupeKey: "now:once" };
    const first = await sendEmailNow(testDb.db, input, { config: devConfig, queue });
    const second = await sendEmailNow(testDb.db, input, { config: devConfig, queue });
    expect(first.outcome).toBe("sent");
    expect(second).toEqual({ id: first.id, outcome: "done-before" });
    const rows = await testDb.db.emailMessage.findMany({ where: { dedupeKey: "now:once" } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ id: first.id, status: "SENT", attempts: 1, lastError: null, to: ["alert.rep@example.com"] });
    // storeEmail hands back the whole stored row (what the delivery sends, unread again).
    const stored = await storeEmail(testDb.db, input, { config: devConfig, queue });
    expect(stored).toEqual(rows[0]);
    const jobs = await testDb.db.$queryRawUnsafe<{ count: number }[]>(`SELECT count(*)::int AS count FROM pgboss.job WHERE name = 'mail.send' AND data->>'emailId' = $1`, first.id);
    expect(jobs[0]?.count).toBe(0);
  });
  it("storeEmail finds an email stored under its dedupe key without rendering it again (a retried alert job)", async () => {
    const input = { to: "alert.rep@example.com", template: magicLink, dedupeKey: "store:look-first" };
    const first = await storeEmail(testDb.db, input, { config: devConfig, queue });
    // Props that cannot be rendered: only a render would throw, so the row comes back unrendered.
    const unrenderable = { ...input, template: { name: "magic-link", props: null } as unknown as typeof magicLink };
    const again = await storeEmail(testDb.db, unrenderable, { config: devConfig, queue });
    expect(again).toEqual(first);
    expect(await testDb.db.emailMessage.count({ where: { dedupeKey: "store:look-first" } })).toBe(1);
    await expect(storeEmail(testDb.db, { ...unrenderable, dedupeKey: "store:new" }, { config: devConfig, queue })).rejects.toThrow();
  });
  it("storeEmail with isNew stores in one statement the row Prisma reads back, and a twin under the same key fails without a second row", async () => {
    const input = { to: ["alert.rep@example.com", "second@example.com"], template: magicLink, dedupeKey: "store:is-new", workspaceId: null, headers: { "X-Test": "1" }, attachments: [{ filename: "a.ics", contentType: "text/calendar", content: "BEGIN:VCALENDAR" }] };
    const before = Date.now();
    const stored = await storeEmail(testDb.db, input, { config: devConfig, queue, isNew: true });
    const read = await testDb.db.emailMessage.findUniqueOrThrow({ where: { id: stored.id } });
    expect(stored).toEqual(read);
    expect(read).toMatchObject({ status: "QUEUED", attempts: 0, to: input.to, headers: input.headers, attachments: input.attachments, dedupeKey: "store:is-new", sentAt: null });
    expect(read.createdAt.getTime()).toBeGreaterThanOrEqual(before - 1000);
    expect(read.createdAt.getTime()).toBeLessThanOrEqual(Date.now() + 1000);
    await expect(storeEmail(testDb.db, input, { config: devConfig, queue, isNew: true })).rejects.toThrow(/stored concurrently/);
    expect(await testDb.db.emailMessage.count({ where: { dedupeKey: "store:is-new" } })).toBe(1);
    // Without isNew the look-up finds it (the retried job).
    expect(await storeEmail(testDb.db, input, { config: devConfig, queue })).toEqual(read);
  });
});
