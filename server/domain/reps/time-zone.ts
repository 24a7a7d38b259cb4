// IANA time zones, checked with the runtime's Intl data (browser and server alike).
const validity = new Map<string, boolean>();

/** A zone name's shape (names only: newer engines also accept offsets such as "+05:00", which are not IANA zones). */
export const ZONE_NAME_SHAPE = /^[A-Za-z][A-Za-z0-9_+\-/]*$/;

function check(timeZone: string): boolean {
  if (!ZONE_NAME_SHAPE.test(timeZone)) return false;
  try {
    const resolved = new Intl.DateTimeFormat("en", { timeZone }).resolvedOptions().timeZone;
    // Intl accepts "america/new_york"; store names as spelled canonically. Aliases such as
    // "Asia/Kolkata" (resolved to "Asia/Calcutta" by some ICU versions) stay valid.
    return resolved === timeZone || resolved.toLowerCase() !== timeZone.toLowerCase();
  } catch {
    return false;
  }
}

/** True for an IANA time zone the runtime knows, "UTC" included. */
export function isValidTimeZone(timeZone: string): boolean {
  const cached = validity.get(timeZone);
  if (cached !== undefined) return cached;
  const isValid = check(timeZone);
  validity.set(timeZone, isValid);
  return isValid;
}

/**
 * Old names the runtime still lists as canonical, with their current IANA names. ICU (Node,
 * Chromium, WebKit) keeps CLDR's canonical ids, which froze some zones under names IANA has since
 * renamed ("Asia/Calcutta" is "Asia/Kolkata" since 2008): Intl.supportedValuesOf("timeZone") and a
 * browser's detected zone give the old one. These are all of them (CLDR ids whose IANA entry is a
 * backward link to a renamed zone; time-zone.test.ts checks them against the system's tzdata).
 */
export const LEGACY_ZONE_NAMES: Readonly<Record<string, string>> = {
  "Africa/Asmera": "Africa/Asmara",
  "America/Buenos_Aires": "America/Argentina/Buenos_Aires",
  "America/Catamarca": "America/Argentina/Catamarca",
  "America/Coral_Harbour": "America/Atikokan",
  "America/Cordoba": "America/Argentina/Cordoba",
  "America/Godthab": "America/Nuuk",
  "America/Indianapolis": "America/Indiana/Indianapolis",
  "America/Jujuy": "America/Argentina/Jujuy",
  "America/Louisville": "America/Kentucky/Louisville",
  "America/Mendoza": "America/Argentina/Mendoza",
  "Asia/Calcutta": "Asia/Kolkata",
  "Asia/Katmandu": "Asia/Kathmandu",
  "Asia/Rangoon": "Asia/Yangon",
  "Asia/Saigon": "Asia/Ho_Chi_Minh",
  "Atlantic/Faeroe": "Atlantic/Faroe",
  "Europe/Kiev": "Europe/Kyiv",
  "Pacific/Enderbury": "Pacific/Kanton",
  "Pacific/Ponape": "Pacific/Pohnpei",
  "Pacific/Truk": "Pacific/Chuuk",
};

/**
 * The current IANA name of a zone ("Asia/Calcutta" → "Asia/Kolkata"), when the runtime knows it
 * (an older ICU may not know "Europe/Kyiv": then the old name, which it does). Any other zone as given.
 */
export function canonicalTimeZone(timeZone: string): string {
  const current = LEGACY_ZONE_NAMES[timeZone];
  return current && isValidTimeZone(current) ? current : timeZone;
}

/** Time zones for a picker: the runtime's list under current IANA names, sorted, "UTC" first. */
export function listTimeZones(): string[] {
  const zones = typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("timeZone") : [];
  return canonicalZoneList(zones);
}

/** Pure: `zones` renamed to their current names, without duplicates, sorted, "UTC" first. */
export function canonicalZoneList(zones: readonly string[]): string[] {
  const names = new Set(zones.map(canonicalTimeZone));
  names.delete("UTC");
  return ["UTC", ...[...names].sort()];
}
