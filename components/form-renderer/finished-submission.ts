// The submission this browser tab just made, kept in sessionStorage so that a reload — or a phone
// browser restoring a tab it discarded while the prospect checked their calendar — shows its end
// screen again (the booking calendar with its token, or the booking already made) instead of an
// empty form whose second submission would be a second lead. Only a reload or a back/forward
// visit shows it again: opening the form anew (a link, the address typed, a new tab) starts a fresh
// form and forgets it. A redirect is not kept (coming back to the page must not send the prospect away
// again). Browser only; every access tolerates a missing or full storage.
import type { TSubmissionOutcome } from "@/server/domain/forms/submission-contract";

export interface TFinishedSubmission {
  leadId: string;
  outcome: Exclude<TSubmissionOutcome, { type: "redirect" }>;
  /** The booking API's token when the lead may book (booking end screens). */
  bookingToken: string | null;
}

export function finishedKey(slug: string): string {
  return `switchboard:form:${slug}:finished`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The stored end screen, or null when there is none or it is not one (pure). */
export function parseFinished(raw: string | null): TFinishedSubmission | null {
  if (!raw) return null;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return null;
  }
  if (!isRecord(value) || typeof value.leadId !== "string" || !value.leadId || !isRecord(value.outcome)) return null;
  const { outcome, bookingToken } = value;
  if ((outcome.type !== "message" && outcome.type !== "booking") || typeof outcome.title !== "string" || typeof outcome.body !== "string") return null;
  if (bookingToken !== null && (typeof bookingToken !== "string" || !bookingToken)) return null;
  return { leadId: value.leadId, outcome: { type: outcome.type, title: outcome.title, body: outcome.body }, bookingToken };
}

/** What to keep for a successful submission: null for a redirect (pure). */
export function finishedOf(leadId: string, outcome: TSubmissionOutcome, bookingToken: string | null): TFinishedSubmission | null {
  return outcome.type === "redirect" ? null : { leadId, outcome, bookingToken };
}

/** Whether a page load of this navigation type shows the tab's end screen again (pure). */
export function isReturnToSamePage(navigationType: string | undefined): boolean {
  return navigationType === "reload" || navigationType === "back_forward";
}

function navigationType(): string | undefined {
  try {
    return (performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming | undefined)?.type;
  } catch {
    return undefined;
  }
}

// Read once per page view, like the saved progress: a stable snapshot for useSyncExternalStore.
const reads = new Map<string, TFinishedSubmission | null>();

export function readFinished(slug: string): TFinishedSubmission | null {
  const key = finishedKey(slug);
  if (!reads.has(key)) {
    let raw: string | null = null;
    try {
      if (isReturnToSamePage(navigationType())) raw = window.sessionStorage.getItem(key);
      else window.sessionStorage.removeItem(key);
    } catch {
      // No storage: nothing to show again.
    }
    reads.set(key, parseFinished(raw));
  }
  return reads.get(key) ?? null;
}

export function saveFinished(slug: string, finished: TFinishedSubmission | null): void {
  if (!finished) return;
  try {
    window.sessionStorage.setItem(finishedKey(slug), JSON.stringify(finished));
  } catch {
    // Storage full or disabled: a reload shows the form again.
  }
}
