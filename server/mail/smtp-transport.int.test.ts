// The "mail.send" job through SMTP against a real SMTP server started here (smtp-server on a
// loopback port) and a real database. No mocks: refusals are real 451 replies.
import { createServer, type Socket } from "node:net";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createJobQueue, type TJobQueue } from "../jobs/job-queue";
import { startSmtpCaptureServer, type TSmtpCaptureServer } from "../testing/smtp-capture-server";
import { createTestDb, type TestDb } from "../testing/test-db";
import { deliverEmail } from "./deliver-email";
import type { TMailConfig } from "./mail-config";
import { mailSendJob } from "./mail-send-job";
import { sendEmail } from "./send-email";
import { closeSmtpPools, sendThroughSmtp } from "./smtp-transport";

let testDb: TestDb;
let smtp: TSmtpCaptureServer;
let queue: TJobQueue<{ "mail.send": ReturnType<typeof mailSendJob> }>;
let config: TMailConfig;

async function waitFor<T>(check: () => Promise<T | undefined | null | false>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const magicLink = (n: number) =>
  ({ name: "magic-link", props: { url: `http://localhost:3000/api/auth/callback/email?token=t${n}`, host: "localhost:3000" } }) as const;

async function sentRow(id: string) {
  return waitFor(async () => {
    const row = await testDb.db.emailMessage.findUnique({ where: { id } });
    return row?.status === "SENT" || row?.status === "FAILED" ? row : null;
  });
}

beforeAll(async () => {
  smtp = await startSmtpCaptureServer();
  config = { from: "Switchboard <notifications@acme.example>", transport: "smtp", smtpUrl: `smtp://user:secret@127.0.0.1:${smtp.port}` };
  testDb = await createTestDb();
  // The real mail.send job with a short retry policy: 4 attempts, 1 s apart.
  const definitions = { "mail.send": { ...mailSendJob(config), retry: { retryLimit: 3, retryDelay: 1, retryBackoff: false } } };
  queue = createJobQueue(testDb, { definitions, pollingIntervalSeconds: 0.5 });
  await queue.work();
});

afterAll(async () => {
  await queue?.stop();
  await testDb?.close();
  closeSmtpPools();
  await smtp?.close();
});

beforeEach(() => {
  smtp.reset();
});

describe("mail through SMTP", () => {
  it("delivers the stored email with a stable Message-ID from the outbox id, then marks it sent", async () => {
    const { id } = await sendEmail(testDb.db, { to: "Tom@Example.com", template: magicLink(1) }, { config, queue });
    const row = await sentRow(id);
    expect(row).toMatchObject({ status: "SENT", transport: "smtp", attempts: 1, lastError: null, providerId: `<email-${id}@acme.example>` });
    expect(smtp.messages).toHaveLength(1);
    expect(smtp.messages[0]).toMatchObject({ messageId: `<email-${id}@acme.example>`, to: ["tom@example.com"], subject: "Sign in to localhost:3000" });
    expect(smtp.messages[0]!.text).toContain("http://localhost:3000/api/auth/callback/email?token=t1");
  });

  it("a server that refuses mail (451) and then recovers: nothing lost, nothing sent twice", async () => {
    smtp.refuseNext(4, { code: 451, message: "4.3.0 Mailbox busy, try again later" });
    const ids: string[] = [];
    for (const n of [1, 2, 3]) ids.push((await sendEmail(testDb.db, { to: `rep${n}@example.com`, template: magicLink(n) }, { config, queue })).id);

    const rows = await Promise.all(ids.map(sentRow));
    expect(rows.map((r) => r.status)).toEqual(["SENT", "SENT", "SENT"]);
    expect(rows.reduce((sum, r) => sum + r.attempts, 0)).toBe(3 + 4); // one accepted attempt each + the four refusals
    expect(rows.map((r) => r.lastError)).toEqual([null, null, null]);
    expect(smtp.attempts).toHaveLength(7);

    // Each email arrived exactly once, under its own stable Message-ID.
    const expectedIds = ids.map((id) => `<email-${id}@acme.example>`).sort();
    expect(smtp.messages.map((m) => m.messageId).sort()).toEqual(expectedIds);
    // A refused email was retried with the same Message-ID (receivers can drop duplicates).
    for (const messageId of new Set(smtp.attempts)) expect(expectedIds).toContain(messageId);

    // A late duplicate run of the job (e.g. a worker that lost its lease) sends nothing again.
    await deliverEmail(testDb.db, ids[0]!, { isLastAttempt: false }, config);
    expect(smtp.messages).toHaveLength(3);
  });

  it("a refusal on the last attempt leaves the email FAILED with the server's reply, never SENT", async () => {
    smtp.refuseNext(10, { code: 550, message: "5.1.1 No such user" });
    const { id } = await sendEmail(testDb.db, { to: "gone@example.com", template: magicLink(9) }, { config, queue });
    const row = await sentRow(id);
    expect(row).toMatchObject({ status: "FAILED", attempts: 4, sentAt: null });
    expect(row.lastError).toContain("No such user");
    expect(smtp.messages).toHaveLength(0);
  });

  // nodemailer's own greeting timeout is 30 s; with a configured 300 ms the send fails at once.
  // The guard is the test's own timeout (10 s): were the configured timeouts dropped, it would hang past it.
  it("a server that accepts the connection and never greets: the send fails with the configured timeout", { timeout: 10_000 }, async () => {
    const sockets = new Set<Socket>();
    const silent = createServer((socket) => void sockets.add(socket)); // accepts, never says 220
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    try {
      const { port } = silent.address() as AddressInfo;
      const quick: TMailConfig = { ...config, smtpUrl: `smtp://127.0.0.1:${port}`, smtpTimeouts: { greetingTimeout: 300 } };
      const email = { id: "silent-1", from: config.from, to: ["rep@example.com"], subject: "Hello", html: "<p>Hi</p>", text: "Hi" };
      const error = await sendThroughSmtp(quick, email).catch((e: unknown) => e);
      expect(error).toMatchObject({ name: "MailTransportError", statusCode: null });
      expect((error as Error).message).toBe("SMTP: ETIMEDOUT: Greeting never received");
      expect(sockets.size).toBe(1);
    } finally {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => silent.close(() => resolve()));
    }
  });
});
