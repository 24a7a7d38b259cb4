"use client";
// A stored time zone's field (Reps → a rep, Routing → Test a lead): a labelled native <select>
// with the booking panel's labels and groups — "London (GMT+0)", common zones first, then every
// zone by region, sorted by offset then name (server/domain/time/zone-select-menu.ts over
// time-zone-choices.ts). Option values are IANA ids; the stored value is always selectable, a
// renamed zone's old name ("Asia/Calcutta") under its current name ("Kolkata (GMT+5:30)").
// After hydration the common zones are labelled at once, the rest in slices once per page
// (use-labelled-zones.ts); the full list then replaces the short one. The server renders the stored value alone, by its place without an
// offset ("Los Angeles": its zone list, ICU and clock may differ from the browser's).
import { forwardRef, useMemo, useSyncExternalStore, type SelectHTMLAttributes } from "react";
import { Select } from "@/components/ui/input";
import { useLabelledZones, zoneLabelsAt } from "@/components/ui/use-labelled-zones";
import { ZoneMenuOptions } from "@/components/ui/zone-menu-options";
import { COMMON_TIME_ZONES, timeZoneChoice } from "@/server/domain/time/time-zone-choices";
import { zoneName } from "@/server/domain/time/zone-name";
import { zoneSelectMenu } from "@/server/domain/time/zone-select-menu";

const subscribe = () => () => {};
const isBrowser = () => true;
const isServer = () => false;

export const TimeZoneSelect = forwardRef<HTMLSelectElement, SelectHTMLAttributes<HTMLSelectElement> & { current?: string }>(
  function TimeZoneSelect({ current, ...props }, ref) {
    const hydrated = useSyncExternalStore(subscribe, isBrowser, isServer);
    const all = useLabelledZones();
    const common = useMemo(() => (hydrated ? COMMON_TIME_ZONES.map((zone) => timeZoneChoice(zone, zoneLabelsAt())) : []), [hydrated]);
    const menu = useMemo(() => (hydrated ? zoneSelectMenu(all ?? common, current, zoneLabelsAt()) : null), [hydrated, all, common, current]);
    // Controlled by the stored value when the caller does not control it (react-hook-form's
    // register): the selected option moves between groups as the list grows, and a re-created
    // <option> would otherwise lose the selection.
    const value = props.value ?? current;
    return (
      <Select ref={ref} {...props} {...(value !== undefined ? { value } : {})}>
        {!menu ? (
          current && <option value={current}>{zoneName(current)}</option>
        ) : (
          <ZoneMenuOptions first={menu.kept && { heading: "Current time zone", zone: menu.kept }} common={menu.common} regions={all ? menu.regions : []} />
        )}
      </Select>
    );
  },
);
