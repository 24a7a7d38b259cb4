// Webhooks, the pure parts: the event types, an endpoint's request, the versioned payload, the
// retry schedule and what a delivery's log keeps. Payload version 1 (`version: 1`): a receiver
// may rely on its fields; new fields may be added, none removed without a new version.
import { z } from "zod";
import { WEBHOOK_EVENT_TYPES, type TWebhookEventType } from "./webhook-events";

// The event types and their data: the catalogue (webhook-events.ts), the one list to extend.
export { WEBHOOK_EVENT_TYPES, type TWebhookEventType } from "./webhook-events";
export const WEBHOOK_PAYLOAD_VERSION = 1;

export const MAX_WEBHOOK_ENDPOINTS = 20;
/** The longest address an endpoint may have. */
export const MAX_WEBHOOK_URL_CHARS = 2000;
const count = (n: number) => n.toLocaleString("en-US");
/** A user name or password in the address: a webhook has no credential fields; its deliveries are signed. */
export const WEBHOOK_URL_CREDENTIALS_MESSAGE =
  "Remove the user name and password from the address: each delivery is signed with the endpoint's secret (the webhook-signature header), check that instead";

function hasUserInfo(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.username !== "" || parsed.password !== "";
  } catch {
    return false; // not a URL: z.url says so
  }
}

// Plain messages naming what is expected (zod's own — "Invalid input: expected array, received
// string", "Invalid option: expected one of …" — told an integrator nothing they could act on).
// Each stays at its field's path. A value echoed back is quoted and cut to QUOTED_VALUE_CHARS.
const QUOTED_VALUE_CHARS = 60;
const EVENTS_EXAMPLE = '["lead.routed"]';
const quoted = (value: unknown) => {
  const text = typeof value === "string" ? JSON.stringify(value) : value === null ? "null" : Array.isArray(value) ? "a list" : typeof value === "object" ? "an object" : String(value);
  return text.length <= QUOTED_VALUE_CHARS ? text : `${text.slice(0, QUOTED_VALUE_CHARS - 1)}…`;
};
export const WEBHOOK_BODY_MESSAGE = `Send the endpoint as a JSON object, e.g. { "url": "https://crm.example/hooks", "events": ${EVENTS_EXAMPLE} }`;
export const WEBHOOK_URL_MISSING_MESSAGE = 'Give the address to send events to (url), e.g. "https://crm.example/hooks"';
export const WEBHOOK_URL_TYPE_MESSAGE = 'Give the address as text, e.g. "https://crm.example/hooks"';
export const WEBHOOK_EVENTS_MISSING_MESSAGE = `Give the events to send (events) as a list, e.g. ${EVENTS_EXAMPLE}`;
/** `events` sent as something other than a list: a single event name is shown back as the list it meant. */
export function webhookEventsTypeMessage(input: unknown): string {
  const isEvent = typeof input === "string" && (WEBHOOK_EVENT_TYPES as readonly string[]).includes(input);
  return `Give the events as a list, e.g. ${isEvent ? JSON.stringify([input]) : EVENTS_EXAMPLE}`;
}
/** An event that is not in the catalogue (or not text): which one, and the names to use. */
export function unknownWebhookEventMessage(input: unknown): string {
  return `Unknown event ${quoted(input)}: use one of ${WEBHOOK_EVENT_TYPES.join(", ")}`;
}
export const WEBHOOK_DESCRIPTION_MAX = 200;
export const WEBHOOK_DESCRIPTION_TYPE_MESSAGE = `Give the description as text (at most ${WEBHOOK_DESCRIPTION_MAX} characters), or leave it out`;

export const ZCreateWebhookEndpoint = z
  .object(
    {
      // The length first, in its own words: an address over the limit was told "Use an http:// or https:// address".
      url: z
        .string({ error: (issue) => (issue.input === undefined ? WEBHOOK_URL_MISSING_MESSAGE : WEBHOOK_URL_TYPE_MESSAGE) })
        .max(MAX_WEBHOOK_URL_CHARS, { error: (issue) => `The address is too long: at most ${count(MAX_WEBHOOK_URL_CHARS)} characters (${count(String(issue.input).length)} given)` })
        .pipe(z.url({ protocol: /^https?$/, message: "Use an http:// or https:// address" }))
        .refine((url) => !hasUserInfo(url), WEBHOOK_URL_CREDENTIALS_MESSAGE),
      events: z
        .array(z.enum(WEBHOOK_EVENT_TYPES, { error: (issue) => unknownWebhookEventMessage(issue.input) }), {
          error: (issue) => (issue.input === undefined ? WEBHOOK_EVENTS_MISSING_MESSAGE : webhookEventsTypeMessage(issue.input)),
        })
        .min(1, `Choose at least one event, e.g. ${EVENTS_EXAMPLE}`)
        .transform((events) => WEBHOOK_EVENT_TYPES.filter((e) => events.includes(e))),
      // null is "not given", as everywhere in the API.
      description: z
        .string({ error: WEBHOOK_DESCRIPTION_TYPE_MESSAGE })
        .trim()
        .max(WEBHOOK_DESCRIPTION_MAX, { error: (issue) => `The description is too long: at most ${WEBHOOK_DESCRIPTION_MAX} characters (${count(String(issue.input).length)} given)` })
        .nullish()
        .transform((text) => text ?? ""),
    },
    { error: WEBHOOK_BODY_MESSAGE },
  )
  .strict();
export type TCreateWebhookEndpoint = z.input<typeof ZCreateWebhookEndpoint>;

export interface TWebhookPayload {
  type: TWebhookEventType;
  version: typeof WEBHOOK_PAYLOAD_VERSION;
  /** When the change happened (ISO 8601). */
  timestamp: string;
  data: Record<string, unknown>;
}

export function webhookPayload(type: TWebhookEventType, at: Date, data: Record<string, unknown>): TWebhookPayload {
  return { type, version: WEBHOOK_PAYLOAD_VERSION, timestamp: at.toISOString(), data };
}

/** Attempts in all (the first and the retries): with doubling delays from 1 min that is ~24 h at the default base. */
export const WEBHOOK_MAX_ATTEMPTS = 12;
/** The longest wait between two attempts: 6 hours at the default base (scaled with it). */
const MAX_DELAY_FACTOR = 360;

/**
 * The wait after failed attempt `attempt` (1-based): base, 2×, 4× … capped at 360× base; null when
 * the delivery gives up. With base 60 s: 1, 2, 4 … 256 min, then 6 h steps: ~24 h over 12 attempts.
 */
export function webhookRetryDelayMs(attempt: number, baseMs: number): number | null {
  if (attempt >= WEBHOOK_MAX_ATTEMPTS) return null;
  return baseMs * Math.min(2 ** (attempt - 1), MAX_DELAY_FACTOR);
}

/**
 * The give-up window: a delivery is attempted for at most this long after it was made — 24 h at the
 * default base (1440 × base), scaled with it; the 12 attempts' backoff (~20.5 h) fits inside.
 */
const GIVE_UP_FACTOR = 1440;
export function webhookGiveUpWindowMs(baseMs: number): number {
  return baseMs * GIVE_UP_FACTOR;
}

/**
 * After failed attempt `attempts` at `now` of a delivery made at `createdAt`: the wait before the
 * next attempt, or null to give up — the attempts are used up, or the next one would fall past the
 * give-up window (a delivery held while its endpoint was disabled does not get a fresh day).
 */
export function nextWebhookAttemptDelayMs(attempts: number, createdAt: Date, now: Date, baseMs: number): number | null {
  const delay = webhookRetryDelayMs(attempts, baseMs);
  if (delay === null) return null;
  return now.getTime() + delay - createdAt.getTime() > webhookGiveUpWindowMs(baseMs) ? null : delay;
}

/**
 * A delivery held while its endpoint was disabled, when the endpoint is enabled at `now`: sent at
 * once (PENDING), or EXPIRED — it outlived the give-up window while held, so it is not sent (the
 * log keeps it; Replay sends it by hand).
 */
export function heldDeliveryOnEnable(createdAt: Date, now: Date, baseMs: number): "PENDING" | "EXPIRED" {
  return now.getTime() - createdAt.getTime() >= webhookGiveUpWindowMs(baseMs) ? "EXPIRED" : "PENDING";
}

/**
 * The next of an endpoint's released backlog (its QUEUED deliveries, oldest first) to send at
 * `now`: those that outlived the give-up window while waiting are EXPIRED, the first one still
 * inside it is next (null: none left among these).
 */
export function nextInBacklog(queued: readonly { id: string; createdAt: Date }[], now: Date, baseMs: number): { expired: string[]; next: string | null } {
  const expired: string[] = [];
  for (const delivery of queued) {
    if (heldDeliveryOnEnable(delivery.createdAt, now, baseMs) === "PENDING") return { expired, next: delivery.id };
    expired.push(delivery.id);
  }
  return { expired, next: null };
}

/**
 * How long a disabled endpoint still has events recorded for it (held): the give-up window from
 * the moment it was disabled — anything recorded later would expire before it could be sent.
 */
export function webhookHoldUntil(disabledAt: Date, baseMs: number): Date {
  return new Date(disabledAt.getTime() + webhookGiveUpWindowMs(baseMs));
}

/** An endpoint failing without a single success for this long is disabled (and its admins told). */
export const WEBHOOK_DISABLE_AFTER_MS = 5 * 24 * 60 * 60 * 1000;

export function shouldDisableEndpoint(failingSince: Date | null, now: Date, disableAfterMs = WEBHOOK_DISABLE_AFTER_MS): boolean {
  return failingSince !== null && now.getTime() - failingSince.getTime() >= disableAfterMs;
}

/** The receiver's answer as the delivery log keeps it. */
export function truncateResponse(text: string, max = 1024): string {
  return text.length <= max ? text : `${text.slice(0, max)}…`;
}

/** 2xx is delivered; anything else (3xx included: redirects are not followed) is retried. */
export function isDelivered(status: number): boolean {
  return status >= 200 && status < 300;
}
