// What the SMTP transport puts on the wire, against real SMTP servers on loopback ports: the
// tests' capture server (smtp-server + the MIME reader the other mail tests use) gets back exactly
// the subject, sender, recipients, text, HTML and attachments that were sent — rep alerts with
// what people typed (tag-like, non-ASCII), a review request, an .ics invite; and a server that keeps
// the raw message shows its text parts in base64 (UTF-8), every line within the 76 characters
// base64 wraps at (smtp-transport.ts: nodemailer's quoted-printable cost more CPU per send).
import { SMTPServer } from "smtp-server";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { repAlertProps } from "../testing/fixtures/rep-alert-fixtures";
import { startSmtpCaptureServer, type TSmtpCaptureServer } from "../testing/smtp-capture-server";
import type { TMailConfig } from "./mail-config";
import { renderEmail } from "./render-email";
import type { TOutgoingEmail } from "./resend-transport";
import { closeSmtpPools, sendThroughSmtp } from "./smtp-transport";
import type { TEmailTemplate } from "./templates";

const FROM = "Switchboard <notifications@acme.example>";
let smtp: TSmtpCaptureServer;
let config: TMailConfig;
let serial = 0;

const alertOf = (patch: Parameters<typeof repAlertProps>[0]): TEmailTemplate => ({ name: "rep-alert", props: repAlertProps(patch) });
const templates: [string, TEmailTemplate][] = [
  ["a plain rep alert", alertOf({})],
  [
    "a fallback alert with tag-like, non-ASCII text people typed",
    alertOf({
      fallbackQueue: "Équipe “Backup”",
      lead: { name: "<img src=x> Zoë", company: "We use <Salesforce> & 株式会社", estimatedValue: 125000, currency: "EUR" },
      answers: [{ label: "Notes", value: "=3D =\r\n.\n..dots at line start\n" + "x".repeat(300) }],
      reasons: ["Fallback: no path matched 🚀"],
      acceptBy: new Date("2026-12-01T16:00:00Z"),
    }),
  ],
  ["a review request", { name: "review-request", props: { reviewerName: "Olivia", lead: { name: "Vera", company: "Big Bank" }, headline: "Routed to Maya: Enterprise path", value: 200000, currency: "GBP", workspaceName: "Acme", windowMinutes: 30, leadUrl: "https://app.example.com/leads/l" } }],
];

async function outgoing(template: TEmailTemplate, extra: Partial<TOutgoingEmail> = {}): Promise<TOutgoingEmail> {
  const { subject, html, text } = await renderEmail(template);
  return { id: `wire-${++serial}`, from: FROM, to: ["Rep@Example.com"], subject, html, text, ...extra };
}

beforeAll(async () => {
  smtp = await startSmtpCaptureServer();
  config = { from: FROM, transport: "smtp", smtpUrl: smtp.url };
});

afterAll(async () => {
  closeSmtpPools();
  await smtp?.close();
});

beforeEach(() => smtp.reset());

describe("an email through SMTP arrives as it was sent", () => {
  it.each(templates)("%s: subject, sender, recipient, text and HTML round-trip", async (_label, template) => {
    const email = await outgoing(template);
    const accepted = await sendThroughSmtp(config, email);
    expect(smtp.messages).toHaveLength(1);
    const [got] = smtp.messages;
    expect(got).toMatchObject({ messageId: accepted, from: "notifications@acme.example", to: ["rep@example.com"], subject: email.subject, attachments: [] });
    expect(got!.text).toBe(email.text);
    // The line break before a MIME boundary belongs to the boundary (RFC 2046 §5.1.1); the tests'
    // reader keeps it on a quoted-printable part, so it is not part of the comparison.
    expect(got!.html.replace(/\r\n$/, "")).toBe(email.html);
  });

  it("an .ics attachment and extra headers arrive as sent", async () => {
    const ics = "BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nSUMMARY:Intro call — Zoë\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
    const email = await outgoing(templates[2]![1], { attachments: [{ filename: "invite.ics", contentType: "text/calendar; method=REQUEST", content: ics }], headers: { "X-Test": "1" } });
    await sendThroughSmtp(config, email);
    const [got] = smtp.messages;
    expect(got!.text).toBe(email.text);
    expect(got!.attachments).toEqual([{ filename: "invite.ics", contentType: expect.stringContaining("text/calendar") as string, content: ics }]);
  });
});

describe("on the wire", () => {
  let raw: string[];
  let server: SMTPServer;
  let rawConfig: TMailConfig;

  beforeAll(async () => {
    raw = [];
    server = new SMTPServer({
      authOptional: true,
      disabledCommands: ["STARTTLS"],
      logger: false,
      closeTimeout: 200,
      onData(stream, _session, callback) {
        const chunks: Buffer[] = [];
        stream.on("data", (chunk: Buffer) => chunks.push(chunk));
        stream.on("end", () => {
          raw.push(Buffer.concat(chunks).toString("utf8"));
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
    rawConfig = { from: FROM, transport: "smtp", smtpUrl: `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}` };
  });

  afterAll(async () => {
    closeSmtpPools();
    await new Promise<void>((resolve) => server?.close(() => resolve()));
  });

  it.each(templates)("%s: text and HTML parts in base64 (UTF-8), no line over 76 characters", async (_label, template) => {
    raw.length = 0;
    await sendThroughSmtp(rawConfig, await outgoing(template));
    expect(raw).toHaveLength(1);
    const message = raw[0]!;
    const parts = [...message.matchAll(/Content-Type: (text\/(?:plain|html))[^\r\n]*\r\nContent-Transfer-Encoding: ([\w-]+)/g)].map((m) => [m[1], m[2]]);
    expect(parts).toEqual([
      ["text/plain", "base64"],
      ["text/html", "base64"],
    ]);
    expect(message).toMatch(/Content-Type: text\/plain; charset=utf-8/);
    expect(message).toMatch(/Content-Type: text\/html; charset=utf-8/);
    expect(message).not.toContain("quoted-printable");
    expect(Math.max(...message.split("\r\n").map((line) => line.length))).toBeLessThanOrEqual(76);
  });
});
