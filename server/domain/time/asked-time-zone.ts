// A zone asked for in an address (`?tz=` on the prospect's manage page, /b/<token>): honoured only
// when the "Times in" menu offers it — one of `offered` (offeredTimeZones of the runtime's list),
// taken under its current name ("Asia/Calcutta" is "Asia/Kolkata"). Anything else — a zone the
// runtime does not know, a legacy or Etc name the menu leaves out, an offset, junk, a repeated
// parameter — is null, and the page shows its own zone instead: never an error. Only names in
// `offered` reach Intl, so arbitrary input is never validated (nor cached) one by one. Pure.
import { canonicalTimeZone, LEGACY_ZONE_NAMES } from "../reps/time-zone";
import { isOfferedTimeZone } from "./time-zone-choices";

/** The longest zone id the menu could offer is ~30 characters; anything much longer is not one. */
const MAX_ZONE_LENGTH = 64;

export function askedTimeZone(value: unknown, offered: readonly string[]): string | null {
  if (typeof value !== "string" || value.length === 0 || value.length > MAX_ZONE_LENGTH) return null;
  const zone = Object.hasOwn(LEGACY_ZONE_NAMES, value) ? canonicalTimeZone(value) : value;
  return isOfferedTimeZone(zone) && offered.includes(zone) ? zone : null;
}
