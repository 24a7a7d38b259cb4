// The <optgroup>s of a time-zone <select> (the booking panel's "Times in", a rep's zone, Test a
// lead's zone): one zone alone first under its own heading ("Your time zone", "Current time
// zone"), then the common zones, then every zone by region.
import type { TZoneChoice } from "@/server/domain/time/time-zone-choices";

export function ZoneMenuOptions({ first, common, regions }: {
  first: { heading: string; zone: TZoneChoice } | null;
  common: readonly TZoneChoice[];
  regions: readonly { region: string; choices: readonly TZoneChoice[] }[];
}) {
  return (
    <>
      {first && (
        <optgroup label={first.heading}>
          <option value={first.zone.value}>{first.zone.label}</option>
        </optgroup>
      )}
      {common.length > 0 && (
        <optgroup label="Common time zones">
          {common.map((zone) => <option key={zone.value} value={zone.value}>{zone.label}</option>)}
        </optgroup>
      )}
      {regions.map((group) => (
        <optgroup key={group.region} label={group.region}>
          {group.choices.map((zone) => <option key={zone.value} value={zone.value}>{zone.label}</option>)}
        </optgroup>
      ))}
    </>
  );
}
