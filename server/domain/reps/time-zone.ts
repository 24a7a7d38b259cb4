// IANA time zones, checked with the runtime's Intl data (browser and server alike).
const validity = new Map<string, boolean>();

function check(timeZone: string): boolean {
  // Names only: newer engines also accept offsets such as "+05:00", which are not IANA zones.
  if (!/^[A-Za-z][A-Za-z0-9_+\-/]*$/.test(timeZone)) return false;
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

/** Time zones for a picker: the runtime's list, with "UTC" first. */
export function listTimeZones(): string[] {
  const zones = typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("timeZone") : [];
  return ["UTC", ...zones.filter((zone) => zone !== "UTC")];
}
