// A prospect's email goes out under the workspace's name (from-header.ts) over a real SMTP
// session: whatever the name holds (quotes, <script>, CR/LF and a header after it), the message
// has one From header with MAIL_FROM's address and the name as its display name, and no header
// the name tried to add. A real database, a real SMTP server on a loopback port; no mocks.
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../testing/test-db";
import { deliverEmail } from "./deliver-email";
import type { TMailConfig } from "./mail-config";
import { storeEmail } from "./send-email";
import { closeSmtpPools } from "./smtp-transport";

let testDb: TestDb;
let server: SMTPServer;
let config: TMailConfig;
const raw: string[] = [];
const lane = process.env.TEST_DATABASE_URL ? "postgres" : "pglite";
const queue = { start: async () => {}, send: async () => null } as never;

beforeAll(async () => {
  server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    onData(stream, _session, callback) {
      let data = "";
      stream.on("data", (chunk: Buffer) => (data += chunk.toString("utf8")));
      stream.on("end", () => {
        raw.push(data);
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  config = { from: "Switchboard <notifications@acme.example>", transport: "smtp", smtpUrl: `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}` };
  testDb = await createTestDb();
});

afterAll(async () => {
  closeSmtpPools();
  await new Promise<void>((resolve) => server?.close(() => resolve()));
  await testDb?.close();
});

/** The message's header block, folded lines joined (RFC 5322 unfolding). */
function headersOf(message: string): string[] {
  const head = message.split(/\r?\n\r?\n/)[0] ?? "";
  return head.replace(/\r?\n[ \t]+/g, " ").split(/\r?\n/);
}

/** An RFC 2047 encoded-word header value decoded ("=?UTF-8?Q?…?=" / "=?UTF-8?B?…?="), as a mail client shows it. */
function decodeWords(value: string): string {
  return value.replace(/=\?utf-8\?([qb])\?([^?]*)\?=\s*/gi, (_, kind: string, text: string) =>
    kind.toLowerCase() === "b" ? Buffer.from(text, "base64").toString("utf8") : Buffer.from(text.replace(/_/g, " ").replace(/=([0-9a-f]{2})/gi, (_m, h: string) => String.fromCharCode(parseInt(h, 16))), "latin1").toString("utf8"),
  );
}

describe(`a prospect's email, From the workspace (${lane})`, () => {
  it.each<[string, string, string]>([
    ["a plain name", "Acme", '"Acme via Switchboard" <notifications@acme.example>'],
    ["quotes and a script tag", `Acme "Q" <script>x</script>`, '"Acme \\"Q\\" <script>x</script> via Switchboard" <notifications@acme.example>'],
    ["a line break and a Bcc header", "Acme\r\nBcc: victim@evil.example", '"Acme Bcc: victim@evil.example via Switchboard" <notifications@acme.example>'],
  ])("%s", async (_, workspaceName, storedFrom) => {
    raw.length = 0;
    const email = await storeEmail(
      testDb.db,
      { to: "prospect@firstbank.example", template: { name: "booking-link", props: { name: "Victoria", repName: "Sarah Chen", title: "Intro call", url: "https://app.example/book/t", expires: "10 December 2026", workspaceName } } },
      { queue, config },
    );
    expect(email.from).toBe(storedFrom);
    expect(await deliverEmail(testDb.db, email, { isLastAttempt: true }, config)).toBe("sent");
    expect(raw).toHaveLength(1);
    const headers = headersOf(raw[0]!);
    const from = headers.filter((h) => /^from:/i.test(h));
    expect(from).toHaveLength(1);
    expect(headers.some((h) => /^bcc:/i.test(h))).toBe(false);
    expect(from[0]).toMatch(/<notifications@acme\.example>$/);
    // The client shows the workspace's name (cleaned) via us, nothing else.
    const shown = decodeWords(from[0]!.replace(/^from:\s*/i, ""));
    expect(shown.replace(/\\(.)/g, "$1")).toContain(workspaceName.replace(/\r\n/g, " "));
  });
});
