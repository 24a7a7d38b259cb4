// Webhook int tests: the API kit with a webhook job queue that may reach 127.0.0.1 (as
// OUTBOUND_ALLOW_PRIVATE=true does), and a real receiver on 127.0.0.1 that records each request's
// Standard Webhooks headers and body, verifies it with the standardwebhooks package and answers
// with the status the test gives (in turn, or from a function that can hold the answer back).
import http from "node:http";
import type { AddressInfo } from "node:net";
import { Webhook } from "standardwebhooks";
import { afterEach } from "vitest";
import { handleCreateWebhook } from "../api/rest/handle-webhooks";
import { createOutboundFetch } from "../http/outbound/outbound-fetch";
import { createJobQueue } from "../jobs/job-queue";
import { createJobRegistry } from "../workers/registry";
import { apiRequest, startApiKit } from "./api-kit";
import type { TestDb } from "./test-db";

/** The API kit and a second queue whose webhook jobs may reach 127.0.0.1 and retry after `retryBaseMs`. */
export async function startWebhookKit(testDb: TestDb, options: { retryBaseMs: number; timeoutMs?: number }) {
  const kit = await startApiKit(testDb);
  const fetch = createOutboundFetch({ allowPrivate: true, maxRedirects: 0, ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}) });
  const webhookQueue = createJobQueue(testDb, {
    definitions: createJobRegistry({ followUps: async () => kit.deps, webhooks: () => ({ fetch, retryBaseMs: options.retryBaseMs, now: () => new Date() }) }),
  });
  await webhookQueue.start();
  return { ...kit, webhookQueue };
}

export interface TReceivedWebhook {
  id: string;
  timestamp: string;
  signature: string;
  body: string;
  /** The verified payload, or null when the signature (or timestamp) did not verify with the secret. */
  verified: unknown;
}

export interface TWebhookReceiver {
  url: string;
  received: TReceivedWebhook[];
}

export interface TReceiverOptions {
  /** The secret the receiver verifies with (read at each request: it is known after subscribing). */
  secret: () => string;
  /** The status of the n-th request (0-based): a number, or a promise the answer waits for. */
  answer: (n: number) => number | Promise<number>;
  /** The body of a 200 answer ("ok" by default) and of any other ("down" by default). */
  okBody?: string;
  failBody?: string;
  /** Called with each request as it is recorded (before the answer). */
  onReceived?: (received: TReceivedWebhook) => void;
}

/** Answers `statuses` in turn, the last one repeating. */
export function inTurn(statuses: number[]): (n: number) => number {
  return (n) => statuses[Math.min(n, statuses.length - 1)]!;
}

/** Verifies one request as a receiver would (webhook-id, -timestamp within 5 min, -signature); null when it does not. */
export function verifyWebhook(secret: string, body: string, headers: { id: string; timestamp: string; signature: string }): unknown {
  try {
    return new Webhook(secret).verify(body, { "webhook-id": headers.id, "webhook-timestamp": headers.timestamp, "webhook-signature": headers.signature });
  } catch {
    return null;
  }
}

/**
 * Receivers for a test file: `start(options)` listens on 127.0.0.1 (a free port); every receiver
 * started in a test is closed after it.
 */
export function useWebhookReceivers(): (options: TReceiverOptions) => Promise<TWebhookReceiver> {
  const servers: http.Server[] = [];
  afterEach(async () => {
    const open = servers.splice(0);
    await Promise.all(open.map((server) => new Promise<void>((resolve) => server.close(() => resolve()))));
  });
  return async (options) => {
    const received: TReceivedWebhook[] = [];
    const server = http.createServer((request, response) => {
      let body = "";
      request.on("data", (chunk: Buffer) => (body += chunk.toString("utf8")));
      request.on("end", () => {
        const headers = { id: String(request.headers["webhook-id"]), timestamp: String(request.headers["webhook-timestamp"]), signature: String(request.headers["webhook-signature"]) };
        const one = { ...headers, body, verified: verifyWebhook(options.secret(), body, headers) };
        const n = received.push(one) - 1;
        options.onReceived?.(one);
        void Promise.resolve(options.answer(n)).then((status) => {
          response.statusCode = status;
          response.end(status === 200 ? (options.okBody ?? "ok") : (options.failBody ?? "down"));
        });
      });
    });
    servers.push(server);
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`, received };
  };
}

/** Subscribes `url` over REST (POST /api/v1/webhooks) with the kit's API key: the endpoint and its secret. */
export async function subscribeOverRest(testDb: TestDb, key: string, url: string, events: string[], at = new Date()): Promise<{ endpoint: { id: string }; secret: string }> {
  const response = await handleCreateWebhook(testDb.db, apiRequest("POST", "/webhooks", { key, body: { url, events } }), at, { allowPrivate: true });
  if (response.status !== 201) throw new Error(`Subscribing ${url} answered ${response.status}: ${await response.text()}`);
  return (await response.json()) as { endpoint: { id: string }; secret: string };
}

/** Queued, retrying or running webhooks.deliver jobs, oldest first: their delivery ids (what a worker would poll for). */
export async function queuedDeliverJobs(testDb: TestDb): Promise<string[]> {
  const rows = await testDb.db.$queryRawUnsafe<{ id: string }[]>(`SELECT data->>'deliveryId' AS id FROM pgboss.job WHERE name = 'webhooks.deliver' AND state::text IN ('created', 'retry', 'active') ORDER BY created_on, id`);
  return rows.map((r) => r.id);
}
