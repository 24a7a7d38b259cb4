// Time zones as a person picks them (the booking panel's "Times in" menu): the runtime's zones
// under their current IANA names, each labelled as people read it — the city without underscores,
// IANA's sub-region when it names one ("Knox, Indiana"), and the UTC offset at a given instant
// ("London (GMT+0)" in January, "London (GMT+1)" in July) — grouped by region, sorted by offset
// then name, with a short list of common zones and the detected zone first. Names kept only for
// backward compatibility (Etc/*, US/Pacific, EST5EDT; "Asia/Calcutta" becomes "Asia/Kolkata") are
// left out unless they are the detected zone. Pure: the instant is an argument; offsets come from
// the runtime's Intl data through @date-fns/tz. Stored and API values stay IANA ids.
import { tzOffset } from "@date-fns/tz";
import { canonicalTimeZone } from "../reps/time-zone";

export interface TZoneChoice {
  /** The IANA id (what is selected, stored and sent). */
  value: string;
  /** "London (GMT+0)", "Knox, Indiana (GMT−6)". */
  label: string;
  /** The place alone: "London", "Knox, Indiana", "UTC". */
  place: string;
  /** "GMT+0", "GMT+5:30", "GMT−3"; "" when the runtime does not know the zone. */
  offset: string;
  /** Minutes east of UTC at the instant asked about (NaN when the runtime does not know the zone). */
  offsetMinutes: number;
  /** "Europe", "Americas", "Indian Ocean"; "" for UTC and names outside IANA's regions. */
  region: string;
}

export interface TZoneMenu {
  detected: TZoneChoice;
  /** COMMON_TIME_ZONES the runtime knows, the detected one left out. */
  common: TZoneChoice[];
  /** Every offered zone by region (regions by name), the detected and common ones included. */
  regions: { region: string; choices: TZoneChoice[] }[];
}

/** IANA's areas of current zones, as people name them. Anything else (Etc, US, Canada, SystemV, EST5EDT) is a legacy name. */
const REGIONS: Readonly<Record<string, string>> = {
  Africa: "Africa",
  America: "Americas",
  Antarctica: "Antarctica",
  Arctic: "Arctic",
  Asia: "Asia",
  Atlantic: "Atlantic",
  Australia: "Australia",
  Europe: "Europe",
  Indian: "Indian Ocean",
  Pacific: "Pacific",
};

/** The short list a prospect most likely wants, west to east. */
export const COMMON_TIME_ZONES: readonly string[] = [
  "America/Los_Angeles",
  "America/Denver",
  "America/Chicago",
  "America/New_York",
  "America/Sao_Paulo",
  "UTC",
  "Europe/London",
  "Europe/Paris",
  "Europe/Berlin",
  "Africa/Johannesburg",
  "Asia/Dubai",
  "Asia/Kolkata",
  "Asia/Singapore",
  "Asia/Shanghai",
  "Asia/Tokyo",
  "Australia/Sydney",
];

/** City names that underscores alone do not make readable. */
const CITY_NAMES: Readonly<Record<string, string>> = {
  "Antarctica/DumontDUrville": "Dumont d’Urville",
  "America/St_Johns": "St. John’s",
};

/** True for a zone the menu lists: UTC and zones in IANA's regions (not Etc/*, US/*, EST5EDT…). */
export function isOfferedTimeZone(zone: string): boolean {
  if (zone === "UTC") return true;
  const [area, ...rest] = zone.split("/");
  return rest.length > 0 && Object.hasOwn(REGIONS, area ?? "");
}

/** `zones` (Intl.supportedValuesOf("timeZone")) under current names, legacy names left out, each once. */
export function offeredTimeZones(zones: readonly string[]): string[] {
  return [...new Set(zones.map(canonicalTimeZone))].filter(isOfferedTimeZone);
}

/** "GMT+0", "GMT+1", "GMT+5:30", "GMT−3:30" (a real minus sign: read as "minus"). */
export function formatUtcOffset(minutes: number): string {
  const abs = Math.abs(minutes);
  const hours = Math.floor(abs / 60);
  const rest = abs % 60;
  return `GMT${minutes < 0 ? "−" : "+"}${hours}${rest ? `:${String(rest).padStart(2, "0")}` : ""}`;
}

const readable = (part: string) => part.replaceAll("_", " ");

function placeOf(zone: string, offset: string): { place: string; region: string } {
  const [area = "", ...rest] = zone.split("/");
  if (rest.length === 0) return { place: zone, region: "" };
  // "Etc/GMT-3" is three hours *east* of UTC: shown as its offset, never under its inverted name.
  if (area === "Etc") return { place: /^(UTC|UCT|Zulu|Universal)$/.test(rest.join("/")) ? "UTC" : offset || zone, region: "" };
  const city = CITY_NAMES[zone] ?? readable(rest[rest.length - 1]!);
  const within = rest.slice(0, -1).reverse().map(readable);
  const region = REGIONS[area];
  // A legacy area names the country: "US/Pacific" → "Pacific, US".
  return { place: [city, ...within, ...(region ? [] : [readable(area)])].join(", "), region: region ?? "" };
}

/** One zone, labelled with its offset at `at`; under its current name ("Asia/Calcutta" reads "Kolkata"). */
export function timeZoneChoice(zone: string, at: Date): TZoneChoice {
  const offsetMinutes = tzOffset(zone, at);
  const offset = Number.isNaN(offsetMinutes) ? "" : formatUtcOffset(offsetMinutes);
  const { place, region } = placeOf(canonicalTimeZone(zone), offset);
  const label = !offset || place === offset ? place || zone : `${place} (${offset})`;
  return { value: zone, label, place, offset, offsetMinutes, region };
}

/** West to east, then by name. */
export function compareChoices(a: TZoneChoice, b: TZoneChoice): number {
  return a.offsetMinutes - b.offsetMinutes || a.label.localeCompare(b.label, "en");
}

/**
 * The menu over `choices` (timeZoneChoice of offeredTimeZones, all at one instant): the detected
 * zone first (whatever its name), the common zones, then every zone by region. Zones the runtime
 * does not know (no offset) are left out.
 */
export function timeZoneMenu(choices: readonly TZoneChoice[], detected: TZoneChoice): TZoneMenu {
  const known = choices.filter((choice) => !Number.isNaN(choice.offsetMinutes) && isOfferedTimeZone(choice.value));
  const common = known.filter((choice) => COMMON_TIME_ZONES.includes(choice.value) && choice.value !== detected.value).sort(compareChoices);
  const byRegion = new Map<string, TZoneChoice[]>();
  for (const choice of known) {
    if (!choice.region) continue;
    const list = byRegion.get(choice.region) ?? [];
    list.push(choice);
    byRegion.set(choice.region, list);
  }
  const regions = [...byRegion.entries()]
    .sort(([a], [b]) => a.localeCompare(b, "en"))
    .map(([region, list]) => ({ region, choices: list.sort(compareChoices) }));
  return { detected, common, regions };
}
