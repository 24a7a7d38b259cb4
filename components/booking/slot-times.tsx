"use client";
// The chosen day's times, a radio group with one Tab stop (the picked time, else the first):
// arrows move and pick (wrapping), Home/End the first/last, Space/Enter picks; Tab goes on to the
// Book button. (The zone they are shown in: time-zone-picker.tsx.)
import { useRef, type KeyboardEvent } from "react";
import type { TPanelSlot } from "./booking-types";
import { movedIndex } from "./slot-keys";

// Selected: brand-600 fill; the focus ring sits 2 px outside (on white), dark when selected so it
// stays distinct from the fill. The list is padded so the ring is never clipped by its scroll box.
const TIME =
  "w-full rounded-md border border-slate-300 px-2 py-1.5 text-sm text-slate-800 hover:border-brand-500 focus-visible:outline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600 aria-checked:border-brand-600 aria-checked:bg-brand-600 aria-checked:text-white aria-checked:focus-visible:outline-slate-900 motion-reduce:transition-none";

export function SlotTimes({ day, slots, selected, onSelect }: { day: string; slots: TPanelSlot[]; selected: string | null; onSelect: (start: string) => void }) {
  const list = useRef<HTMLDivElement>(null);
  const selectedIndex = slots.findIndex((slot) => slot.start === selected);
  const tabStop = selectedIndex >= 0 ? selectedIndex : 0;
  function onKeyDown(event: KeyboardEvent<HTMLButtonElement>, index: number) {
    const next = movedIndex(event.key, index, slots.length);
    if (next === null) return;
    event.preventDefault();
    onSelect(slots[next]!.start);
    list.current?.querySelectorAll<HTMLButtonElement>("[role=radio]")[next]?.focus();
  }
  return (
    <div className="min-w-[10rem] flex-1">
      <p className="mb-2 text-sm font-medium text-slate-800" aria-hidden="true">{day}</p>
      <div ref={list} role="radiogroup" aria-label={`Times on ${day}`} className="grid max-h-72 grid-cols-2 gap-2 overflow-y-auto p-1">
        {slots.map((slot, index) => (
          <button
            key={slot.start}
            type="button"
            role="radio"
            aria-checked={selected === slot.start}
            tabIndex={index === tabStop ? 0 : -1}
            data-slot-start={slot.start}
            onClick={() => onSelect(slot.start)}
            onKeyDown={(event) => onKeyDown(event, index)}
            className={TIME}
          >
            {slot.label}
          </button>
        ))}
      </div>
    </div>
  );
}
