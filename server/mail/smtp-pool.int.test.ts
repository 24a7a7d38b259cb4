// The pooled SMTP transport against real SMTP servers on loopback ports (smtp-server, and a raw
// socket that never greets). No mocks: connections are counted where they arrive, refusals are
// real 4xx replies, a restart is a real server closing its connections and another listening on
// the same port.
import { createServer, type AddressInfo, type Socket } from "node:net";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startSmtpCaptureServer, type TSmtpCaptureServer } from "../testing/smtp-capture-server";
import type { TMailConfig } from "./mail-config";
import { closeSmtpPools, SMTP_POOL, sendThroughSmtp } from "./smtp-transport";

const FROM = "Switchboard <notifications@acme.example>";
let smtp: TSmtpCaptureServer;
let config: TMailConfig;
let serial = 0;

const email = (to = "rep@example.com") => {
  const id = `pool-${++serial}`;
  return { id, from: FROM, to: [to], subject: `Lead ${id}`, html: `<p>${id}</p>`, text: id };
};

beforeAll(async () => {
  smtp = await startSmtpCaptureServer();
  config = { from: FROM, transport: "smtp", smtpUrl: `smtp://user:secret@127.0.0.1:${smtp.port}` };
});

// Each test starts from a fresh pool, so its connection count is its own.
afterEach(() => closeSmtpPools());

afterAll(async () => {
  closeSmtpPools();
  await smtp?.close();
});

beforeEach(() => {
  smtp.reset();
});

describe("pooled SMTP transport", () => {
  it("many emails, sent one after another and 16 at once, share at most maxConnections connections", async () => {
    const before = smtp.connections();
    for (let i = 0; i < 5; i++) await sendThroughSmtp(config, email());
    expect(smtp.connections() - before).toBe(1); // sequential sends reuse the one greeted connection

    const burst = Array.from({ length: 16 }, () => email());
    const accepted = await Promise.all(burst.map((e) => sendThroughSmtp(config, e)));
    expect(accepted).toEqual(burst.map((e) => `<email-${e.id}@acme.example>`));
    expect(smtp.messages).toHaveLength(5 + 16);
    expect(smtp.connections() - before).toBeGreaterThan(1);
    expect(smtp.connections() - before).toBeLessThanOrEqual(SMTP_POOL.maxConnections);
  });

  it("SMTP_URL's ?maxConnections=2 (a server that allows fewer) caps the pool: a burst of 16 shares 2 connections", async () => {
    const before = smtp.connections();
    const limited: TMailConfig = { ...config, smtpUrl: `${config.smtpUrl}?maxConnections=2` };
    const burst = Array.from({ length: 16 }, () => email());
    await Promise.all(burst.map((e) => sendThroughSmtp(limited, e)));
    expect(smtp.messages).toHaveLength(16);
    expect(smtp.connections() - before).toBe(2);
  });

  it("a 4xx refusal throws with its code and does not poison the pool: the next send goes through on it", async () => {
    const before = smtp.connections();
    smtp.refuseNext(1, { code: 452, message: "4.3.1 Insufficient system storage" });
    const refused = email();
    const error = await sendThroughSmtp(config, refused).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: "MailTransportError", statusCode: 452 });
    expect((error as Error).message).toContain("Insufficient system storage");

    const next = email();
    await expect(sendThroughSmtp(config, next)).resolves.toBe(`<email-${next.id}@acme.example>`);
    // The retry of the refused row carries the same Message-ID.
    await expect(sendThroughSmtp(config, refused)).resolves.toBe(`<email-${refused.id}@acme.example>`);
    expect(smtp.messages.map((m) => m.messageId)).toEqual([`<email-${next.id}@acme.example>`, `<email-${refused.id}@acme.example>`]);
    // nodemailer drops a connection whose message was refused; the pool opens one replacement.
    expect(smtp.connections() - before).toBe(2);
  });

  it("the server restarts between two sends: the idle connection's end crashes nothing and the next send (or its retry) arrives", async () => {
    const first = await startSmtpCaptureServer();
    let second: TSmtpCaptureServer | undefined;
    try {
      const restarting: TMailConfig = { ...config, smtpUrl: first.url };
      await sendThroughSmtp(restarting, email());
      expect(first.messages).toHaveLength(1);

      await first.close(); // ends the pool's idle connection with a 421, as a restarting server does
      second = await startSmtpCaptureServer({ port: first.port });

      const after = email();
      // A send that met the dying connection fails like any refusal and the job retries it.
      const accepted = await sendThroughSmtp(restarting, after).catch(() => sendThroughSmtp(restarting, after));
      expect(accepted).toBe(`<email-${after.id}@acme.example>`);
      expect(second.messages.map((m) => m.messageId)).toEqual([accepted]);
      expect(second.connections()).toBe(1);
    } finally {
      await second?.close();
      await first.close().catch(() => undefined);
    }
  });

  it("a server that accepts the connection and never greets: the send fails within the greeting timeout", { timeout: 40_000 }, async () => {
    const sockets = new Set<Socket>();
    const silent = createServer((socket) => void sockets.add(socket)); // accepts, never says 220
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    try {
      const { port } = silent.address() as AddressInfo;
      const quick: TMailConfig = { ...config, smtpUrl: `smtp://127.0.0.1:${port}`, smtpTimeouts: { greetingTimeout: 300 } };
      const started = Date.now();
      const error = await sendThroughSmtp(quick, email()).catch((e: unknown) => e);
      expect(Date.now() - started).toBeLessThan(10_000); // the 300 ms timeout; nodemailer's own default would be 30 s (margin for a busy machine)
      expect(error).toMatchObject({ name: "MailTransportError", statusCode: null, message: "SMTP: ETIMEDOUT: Greeting never received" });

      // The same pool is not stuck: it opens a fresh connection for the next send, which fails the same way.
      const again = await sendThroughSmtp(quick, email()).catch((e: unknown) => e);
      expect(again).toMatchObject({ name: "MailTransportError", message: "SMTP: ETIMEDOUT: Greeting never received" });
      expect(sockets.size).toBe(2);
    } finally {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => silent.close(() => resolve()));
    }
  });

  it("after closeSmtpPools a send opens a new pool", async () => {
    const before = smtp.connections();
    await sendThroughSmtp(config, email());
    closeSmtpPools();
    await sendThroughSmtp(config, email());
    expect(smtp.connections() - before).toBe(2);
    expect(smtp.messages).toHaveLength(2);
  });
});
