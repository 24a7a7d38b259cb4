// The app's calendar dependencies: the outbound guard (OUTBOUND_ALLOW_PRIVATE from the
// environment; 8 s per request, so a slow calendar never holds a job for long) and the key from
// CALENDAR_ENCRYPTION_KEY.
import { appOutboundFetch } from "../../http/outbound/outbound-fetch";
import { appCalendarKey } from "./calendar-secret";
import type { TCalendarDeps } from "./sync-calendar";

export const CALENDAR_FETCH_TIMEOUT_MS = 8_000;

export function appCalendarDeps(): TCalendarDeps {
  return { fetch: appOutboundFetch({ timeoutMs: CALENDAR_FETCH_TIMEOUT_MS }), key: appCalendarKey() };
}
