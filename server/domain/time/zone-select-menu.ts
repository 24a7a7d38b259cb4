// The menu of a time-zone field that holds a stored zone (a rep's zone in the rep editor, the
// lead's zone in Routing → Test a lead): the same labels and groups as the booking panel's menu
// (time-zone-choices.ts) — common zones first, then every zone by region — without a "your time
// zone" entry (a rep's zone is the rep's, not the viewer's), and with the stored value always
// selectable under its own IANA id. A renamed zone saved under its old name ("Asia/Calcutta")
// takes the place of its current name's entries, so "Kolkata (GMT+5:30)" is listed once, selects
// the stored value and saves it back unchanged; any other value the menu does not offer (a legacy
// name such as "US/Pacific", or a zone the runtime does not know) gets a group of its own, first.
// Pure: `choices` and the instant of their offsets are arguments.
import { canonicalTimeZone } from "../reps/time-zone";
import { timeZoneChoice, timeZoneMenu, type TZoneChoice } from "./time-zone-choices";

export interface TZoneSelectMenu {
  /** The stored zone when the menu does not list it otherwise ("US/Pacific"); null when it does. */
  kept: TZoneChoice | null;
  /** COMMON_TIME_ZONES among `choices`, west to east. */
  common: TZoneChoice[];
  /** Every zone of `choices` by region, the common ones included. */
  regions: { region: string; choices: TZoneChoice[] }[];
}

/** No zone: timeZoneMenu leaves its "detected" zone out of the common ones; here none is. */
const NO_ZONE: TZoneChoice = { value: "", label: "", place: "", offset: "", offsetMinutes: Number.NaN, region: "" };

const withValue = (choices: TZoneChoice[], from: string, to: string) =>
  choices.map((choice) => (choice.value === from ? { ...choice, value: to } : choice));

/**
 * The menu over `choices` (timeZoneChoice of offeredTimeZones at `at`, or only the common ones
 * while the rest are being labelled) with `current` selectable.
 */
export function zoneSelectMenu(choices: readonly TZoneChoice[], current: string | null | undefined, at: Date): TZoneSelectMenu {
  const { common, regions } = timeZoneMenu(choices, NO_ZONE);
  const menu: TZoneSelectMenu = { kept: null, common, regions };
  if (!current) return menu;
  const listed = (value: string) => common.some((c) => c.value === value) || regions.some((r) => r.choices.some((c) => c.value === value));
  if (listed(current)) return menu;
  const canonical = canonicalTimeZone(current);
  if (canonical !== current && listed(canonical)) {
    return {
      kept: null,
      common: withValue(common, canonical, current),
      regions: regions.map((r) => ({ region: r.region, choices: withValue(r.choices, canonical, current) })),
    };
  }
  return { ...menu, kept: timeZoneChoice(current, at) };
}
