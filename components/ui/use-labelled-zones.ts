"use client";
// Every offered time zone labelled ("London (GMT+0)", server/domain/time/time-zone-choices.ts) for
// the zone menus (the booking panel's "Times in", the rep editor's and Test a lead's field).
// Labelling ~400 zones takes one Intl formatter per zone (hundreds of ms cold in Chromium), so it
// runs in small slices between frames, once per page load, shared by every menu on the page;
// offsets are as of that first labelling.
import { useEffect, useState } from "react";
import { listTimeZones } from "@/server/domain/reps/time-zone";
import { offeredTimeZones, timeZoneChoice, type TZoneChoice } from "@/server/domain/time/time-zone-choices";

/** Zones labelled per slice of work, between frames (cold, ~2 ms a zone in Chromium on 2 cores). */
const SLICE = 20;

let labelledAt: Date | null = null;
let allChoices: TZoneChoice[] | null = null;
let building: Promise<TZoneChoice[]> | null = null;

/** The instant this page's zone labels are for (their offsets "now"). */
export function zoneLabelsAt(): Date {
  return (labelledAt ??= new Date());
}

function buildAll(): Promise<TZoneChoice[]> {
  return (building ??= new Promise((resolve) => {
    const zones = offeredTimeZones(listTimeZones());
    const built: TZoneChoice[] = [];
    const step = () => {
      for (const zone of zones.slice(built.length, built.length + SLICE)) built.push(timeZoneChoice(zone, zoneLabelsAt()));
      if (built.length < zones.length) window.setTimeout(step, 0);
      else resolve((allChoices = built));
    };
    window.setTimeout(step, 0);
  }));
}

/** Every offered zone labelled; null until the slices are done (the first time on a page). */
export function useLabelledZones(): TZoneChoice[] | null {
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
