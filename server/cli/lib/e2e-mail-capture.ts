// The e2e harness's mail: an SMTP capture server the app sends to (MAIL_TRANSPORT=smtp,
// SMTP_URL) and a small loopback HTTP endpoint that serves what it captured to Playwright
// (E2E_MAILBOX_URL): GET /messages → { messages: [...] }, oldest first.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { startSmtpCaptureServer, type TSmtpCaptureServer } from "../../testing/smtp-capture-server";

export interface TE2eMailCapture {
  smtp: TSmtpCaptureServer;
  /** http://127.0.0.1:<port>, for E2E_MAILBOX_URL. */
  mailboxUrl: string;
  close(): Promise<void>;
}

export async function startE2eMailCapture(): Promise<TE2eMailCapture> {
  const smtp = await startSmtpCaptureServer();
  const http_ = http.createServer((req, res) => {
    if (req.method === "GET" && req.url === "/messages") {
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify({ messages: smtp.messages }));
      return;
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => http_.listen(0, "127.0.0.1", resolve));
  const { port } = http_.address() as AddressInfo;
  return {
    smtp,
    mailboxUrl: `http://127.0.0.1:${port}`,
    close: async () => {
      await Promise.all([smtp.close(), new Promise((resolve) => http_.close(resolve))]);
    },
  };
}
