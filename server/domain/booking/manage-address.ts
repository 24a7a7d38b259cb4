// The addresses the prospect's manage page (/b/<token>) links and redirects to, and what its zone
// (?tz=, the "Times in" pick) becomes on each:
// - the page's own links keep a picked zone that is not the meeting's (manageAddress);
// - after a change: a move confirmed in a picked zone made that zone the meeting's
//   (services/bookings/manage-link.ts), so the moved page needs no ?tz= — a reload or a shared
//   address then shows the meeting as it is, in its zone, even if it moves again; a cancellation,
//   a taken time or a refused post changes no zone, so the pick is kept (afterChangeAddress);
// - "Book another time" on a cancelled meeting's page opens the booking page in the zone the page
//   shows, the picked one or the meeting's; in the prospect's cancellation email, in the meeting's
//   zone, the one the email says the time in (rebookAddress; app/(public)/book/[token] checks it as
//   the page checks ?tz=, askedTimeZone).
// Pure, and here (not in components/) because both the page (app/(public)/b/[token]) and the email
// (services/bookings/notify-booking.ts) build these addresses. The zones are already checked
// against the menu's (askedTimeZone) or canonical (canonicalTimeZone) by the caller.

export type TManageChangeResult = "cancelled" | "moved" | "taken" | "invalid";

/** Appends `params` to `path` as a query, when there are any. */
function withQuery(path: string, params: Record<string, string>): string {
  const search = new URLSearchParams(params).toString();
  return search ? `${path}${path.includes("?") ? "&" : "?"}${search}` : path;
}

/** The manage page with `params`, and `pickedZone` (null when the times are in the meeting's own zone). */
export function manageAddress(token: string, params: Record<string, string>, pickedZone: string | null): string {
  return withQuery(`/b/${encodeURIComponent(token)}`, { ...params, ...(pickedZone ? { tz: pickedZone } : {}) });
}

/** Where a change posted from the page lands: its note (moved=1, taken=1), and the picked zone unless a move made it the meeting's. */
export function afterChangeAddress(token: string, result: TManageChangeResult, pickedZone: string | null): string {
  const note: Record<string, string> = result === "moved" ? { moved: "1" } : result === "taken" ? { taken: "1" } : {};
  return manageAddress(token, note, result === "moved" ? null : pickedZone);
}

/** "Book another time": the booking page (`rebook`, /book/<token>) starting in `zone`, the zone the page shows. */
export function rebookAddress(rebook: string, zone: string): string {
  return withQuery(rebook, { tz: zone });
}
