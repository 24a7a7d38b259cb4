// An ICS feed (the secret iCal address Google Calendar and Outlook publish): fetched through the
// outbound guard with a short timeout, parsed by busy-from-ics.ts. webcal:// is https://.
import { busyFromIcs, type TBusySpan, type TBusyWindow } from "../../domain/calendars/busy-from-ics";
import { parseOutboundUrl, type TOutboundFetch } from "../../http/outbound/outbound-fetch";

/** A feed failure whose message is safe to show to the rep who gave the address. */
export class CalendarFeedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "CalendarFeedError";
  }
}

/** The feed's fetchable URL (webcal:// → https://); throws OutboundError for anything else. */
export function normalizeFeedUrl(input: string): URL {
  const trimmed = input.trim();
  return parseOutboundUrl(/^webcals?:\/\//i.test(trimmed) ? trimmed.replace(/^webcals?:\/\//i, "https://") : trimmed);
}

export async function readIcsFeedBusy(fetch: TOutboundFetch, feedUrl: string, window: TBusyWindow): Promise<TBusySpan[]> {
  const response = await fetch(normalizeFeedUrl(feedUrl), { headers: { accept: "text/calendar, text/plain;q=0.5, */*;q=0.1" } });
  if (response.status === 401 || response.status === 403 || response.status === 404) {
    throw new CalendarFeedError(`The feed answered HTTP ${response.status}: the secret address may have been reset; copy it again`);
  }
  if (!response.ok) throw new CalendarFeedError(`The feed answered HTTP ${response.status}`);
  const text = await response.text();
  try {
    return busyFromIcs(text, window);
  } catch (error) {
    throw new CalendarFeedError(error instanceof Error && error.message.startsWith("Not an iCalendar") ? "This address does not serve a calendar (.ics) file" : "The calendar file could not be read");
  }
}
