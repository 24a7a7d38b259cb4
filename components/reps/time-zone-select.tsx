"use client";
// A stored time zone's field (Reps → a rep, Routing → Test a lead): a labelled native <select>
// with the booking panel's labels and groups — "London (GMT+0)", common zones first, then every
// zone by region, sorted by offset then name (server/domain/time/zone-select-menu.ts over
// time-zone-choices.ts). Option values are IANA ids; the stored value is always selectable, a
// renamed zone's old name ("Asia/Calcutta") under its current name ("Kolkata (GMT+5:30)").
// Labelling ~400 zones takes one Intl formatter per zone (hundreds of ms cold in Chromium), so
// after hydration the common zones are labelled at once and the rest in small slices between
// frames, once per page load (kept for every later field); the full list then replaces the short
// one. The server renders the stored value alone (its zone list and ICU may differ).
import { forwardRef, useEffect, useMemo, useState, useSyncExternalStore, type SelectHTMLAttributes } from "react";
import { Select } from "@/components/ui/input";
import { listTimeZones, timeZoneLabel } from "@/server/domain/reps/time-zone";
import { COMMON_TIME_ZONES, offeredTimeZones, timeZoneChoice, type TZoneChoice } from "@/server/domain/time/time-zone-choices";
import { zoneSelectMenu } from "@/server/domain/time/zone-select-menu";

/** Zones labelled per slice of work, between frames. */
const SLICE = 20;

/** Offsets as of the page load ("GMT+1" now), shared by every field on the page. */
let labelledAt: Date | null = null;
let allChoices: TZoneChoice[] | null = null;
let building: Promise<TZoneChoice[]> | null = null;

function at(): Date {
  return (labelledAt ??= new Date());
}

/** Every offered zone labelled, built once in slices. */
function buildAll(): Promise<TZoneChoice[]> {
  return (building ??= new Promise((resolve) => {
    const zones = offeredTimeZones(listTimeZones());
    const built: TZoneChoice[] = [];
    const step = () => {
      for (const zone of zones.slice(built.length, built.length + SLICE)) built.push(timeZoneChoice(zone, at()));
      if (built.length < zones.length) window.setTimeout(step, 0);
      else resolve((allChoices = built));
    };
    window.setTimeout(step, 0);
  }));
}

function useAllChoices(): TZoneChoice[] | null {
  const [all, setAll] = useState(allChoices);
  useEffect(() => {
    if (all) return;
    let live = true;
    void buildAll().then((built) => live && setAll(built));
    return () => {
      live = false;
    };
  }, [all]);
  return all;
}

const subscribe = () => () => {};
const isBrowser = () => true;
const isServer = () => false;

export const TimeZoneSelect = forwardRef<HTMLSelectElement, SelectHTMLAttributes<HTMLSelectElement> & { current?: string }>(
  function TimeZoneSelect({ current, ...props }, ref) {
    const hydrated = useSyncExternalStore(subscribe, isBrowser, isServer);
    const all = useAllChoices();
    const common = useMemo(() => (hydrated ? COMMON_TIME_ZONES.map((zone) => timeZoneChoice(zone, at())) : []), [hydrated]);
    const menu = useMemo(() => (hydrated ? zoneSelectMenu(all ?? common, current, at()) : null), [hydrated, all, common, current]);
    // Controlled by the stored value when the caller does not control it (react-hook-form's
    // register): the selected option moves between groups as the list grows, and a re-created
    // <option> would otherwise lose the selection.
    const value = props.value ?? current;
    return (
      <Select ref={ref} {...props} {...(value !== undefined ? { value } : {})}>
        {!menu ? (
          current && <option value={current}>{timeZoneLabel(current)}</option>
        ) : (
          <>
            {menu.kept && (
              <optgroup label="Current time zone">
                <option value={menu.kept.value}>{menu.kept.label}</option>
              </optgroup>
            )}
            {menu.common.length > 0 && (
              <optgroup label="Common time zones">
                {menu.common.map((zone) => <option key={zone.value} value={zone.value}>{zone.label}</option>)}
              </optgroup>
            )}
            {(all ? menu.regions : []).map((group) => (
              <optgroup key={group.region} label={group.region}>
                {group.choices.map((zone) => <option key={zone.value} value={zone.value}>{zone.label}</option>)}
              </optgroup>
            ))}
          </>
        )}
      </Select>
    );
  },
);
