"use client";
// The chosen day's times (buttons: Tab moves between them, Enter/Space picks one) and the zone
// they are shown in (detected from the browser, changeable).
import { useMemo } from "react";
import { listTimeZones, zoneOptions } from "@/server/domain/reps/time-zone";
import type { TPanelSlot } from "./booking-types";

export function SlotTimes({ day, slots, selected, onSelect }: { day: string; slots: TPanelSlot[]; selected: string | null; onSelect: (start: string) => void }) {
  return (
    <div role="group" aria-label={`Times on ${day}`} className="min-w-[10rem] flex-1">
      <p className="mb-2 text-sm font-medium text-slate-800">{day}</p>
      <ul className="grid max-h-72 grid-cols-2 gap-2 overflow-y-auto">
        {slots.map((slot) => (
          <li key={slot.start}>
            <button
              type="button"
              aria-pressed={selected === slot.start}
              data-slot-start={slot.start}
              onClick={() => onSelect(slot.start)}
              className="w-full rounded-md border border-slate-300 px-2 py-1.5 text-sm text-slate-800 hover:border-brand-500 focus-visible:outline focus-visible:outline-2 focus-visible:outline-brand-600 aria-pressed:border-brand-600 aria-pressed:bg-brand-600 aria-pressed:text-white"
            >
              {slot.label}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

export function TimeZonePicker({ value, onChange }: { value: string; onChange: (zone: string) => void }) {
  // Current IANA names ("Asia/Kolkata", not the browser's "Asia/Calcutta"), the value selectable.
  const zones = useMemo(() => zoneOptions(listTimeZones(), value), [value]);
  return (
    <label className="flex flex-wrap items-center gap-2 text-xs text-slate-600">
      Times in
      <select value={value} onChange={(e) => onChange(e.target.value)} className="min-w-0 max-w-full rounded border border-slate-300 px-2 py-1 text-xs text-slate-800">
        {zones.map((zone) => (
          <option key={zone.value} value={zone.value}>{zone.label}</option>
        ))}
      </select>
    </label>
  );
}
