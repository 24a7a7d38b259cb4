// A real SMTP server for tests and the e2e harness (the `smtp-server` package on a loopback
// port): it keeps every accepted message, and can be told to refuse the next messages with a
// reply code (e.g. 451 "try again later") to prove retries lose nothing and send nothing twice.
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { parseMime } from "./parse-mime";

export interface TCapturedMail {
  messageId: string;
  from: string;
  /** Envelope recipients (RCPT TO), lower-cased. */
  to: string[];
  subject: string;
  text: string;
  html: string;
  /** Attachments (file name, content type, content as text): e.g. a booking's invite.ics. */
  attachments: { filename: string; contentType: string; content: string }[];
  receivedAt: string;
}

export interface TSmtpCaptureServer {
  port: number;
  /** smtp://127.0.0.1:<port>, for SMTP_URL. */
  url: string;
  /** Accepted messages, oldest first. */
  messages: TCapturedMail[];
  /** Every DATA transfer the server saw, accepted or refused (Message-IDs). */
  attempts: string[];
  /** Client connections opened to this server so far (a pooled client reuses them). */
  connections(): number;
  /** Refuse the next `count` messages after their data with this reply (default 451). */
  refuseNext(count: number, reply?: { code: number; message: string }): void;
  /** Forgets the messages and attempts and refuses nothing (between tests sharing one server). */
  reset(): void;
  close(): Promise<void>;
}

export async function startSmtpCaptureServer(options: { port?: number; host?: string } = {}): Promise<TSmtpCaptureServer> {
  const messages: TCapturedMail[] = [];
  const attempts: string[] = [];
  let refusals = 0;
  let connections = 0;
  let refusal = { code: 451, message: "4.3.0 Try again later" };

  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    // Closing ends the connections still open (a pooled client keeps idle ones) after 200 ms with
    // a 421, as a server restarting would, instead of waiting 30 s for the client to leave.
    closeTimeout: 200,
    onConnect(_session, callback) {
      connections++;
      callback();
    },
    onAuth(_auth, _session, callback) {
      callback(null, { user: "test" });
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        const mail = parseMime(Buffer.concat(chunks).toString("utf8"));
        const messageId = mail.headers.get("message-id") ?? "";
        attempts.push(messageId);
        if (refusals > 0) {
          refusals--;
          const error = Object.assign(new Error(refusal.message), { responseCode: refusal.code });
          callback(error);
          return;
        }
        messages.push({
          messageId,
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
          to: session.envelope.rcptTo.map((r) => r.address.toLowerCase()),
          subject: mail.headers.get("subject") ?? "",
          text: mail.text,
          html: mail.html,
          attachments: mail.attachments,
          receivedAt: new Date().toISOString(),
        });
        callback();
      });
    },
  });
  const host = options.host ?? "127.0.0.1";
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const { port } = server.server.address() as AddressInfo;
  return {
    port,
    url: `smtp://${host}:${port}`,
    messages,
    attempts,
    connections: () => connections,
    refuseNext(count, reply) {
      refusals = count;
      if (reply) refusal = reply;
    },
    reset() {
      messages.length = 0;
      attempts.length = 0;
      refusals = 0;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
