"use client";
// The booking panel's "Times in" menu: a labelled native <select> (phones show their own picker)
// with the prospect's detected zone first and selected, a short list of common zones, then every
// zone by region — "London (GMT+0)", sorted by offset then name (server/domain/time/time-zone-choices.ts).
// Labelling ~400 zones creates one Intl formatter per zone (0.3–0.9 s in Chromium here), so the
// detected and common zones are labelled at once and the rest in small slices after the calendar
// shows, never as one long task (use-labelled-zones.ts); the full list replaces the short one when ready.
// A zone the prospect chose before (`chosen`: the one a cancelled meeting's page showed, when the
// panel opens from its "Book another time") comes first, under "Chosen time zone", with the detected
// one next: the selected zone is always an option, even before every zone is labelled.
import { useMemo, useState } from "react";
import { useLabelledZones, zoneLabelsAt } from "@/components/ui/use-labelled-zones";
import { ZoneMenuOptions } from "@/components/ui/zone-menu-options";
import { COMMON_TIME_ZONES, timeZoneChoice, timeZoneMenu } from "@/server/domain/time/time-zone-choices";

export function TimeZonePicker({ value, detected, chosen = null, onChange }: { value: string; detected: string; chosen?: string | null; onChange: (zone: string) => void }) {
  // Offsets as of the page's first labelling ("GMT+1" now; the slots' own times are in the zone itself).
  const [at] = useState(zoneLabelsAt);
  const all = useLabelledZones();
  const common = useMemo(() => COMMON_TIME_ZONES.map((zone) => timeZoneChoice(zone, at)), [at]);
  // Until every zone is labelled: the chosen, detected and common zones alone (no half-filled regions).
  const menu = useMemo(() => {
    const full = timeZoneMenu(all ?? common, timeZoneChoice(detected, at));
    const first = chosen && chosen !== detected ? timeZoneChoice(chosen, at) : null;
    const shortList = first ? full.common.filter((zone) => zone.value !== first.value) : full.common;
    return { ...full, first, common: shortList, regions: all ? full.regions : [] };
  }, [all, common, detected, chosen, at]);
  return (
    <label className="flex flex-wrap items-center gap-2 text-xs text-slate-600">
      Times in
      {/* 16 px text on phones: iOS zooms the page into a smaller control when it is focused. */}
      <select value={value} onChange={(e) => onChange(e.target.value)} className="min-w-0 max-w-full rounded border border-slate-300 px-2 py-1.5 text-base text-slate-800 sm:py-1 sm:text-xs">
        {menu.first && (
          <optgroup label="Chosen time zone">
            <option value={menu.first.value}>{menu.first.label}</option>
          </optgroup>
        )}
        <ZoneMenuOptions first={{ heading: "Your time zone", zone: menu.detected }} common={menu.common} regions={menu.regions} />
      </select>
    </label>
  );
}
