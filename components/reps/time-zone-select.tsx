"use client";
import { forwardRef, useSyncExternalStore, type SelectHTMLAttributes } from "react";
import { Select } from "@/components/ui/input";
import { listTimeZones, zoneOptions } from "@/server/domain/reps/time-zone";

// The server's and the browser's zone lists differ (ICU versions): the full list is rendered only
// in the browser, after hydration; the server renders the current value alone.
let browserZones: string[] | null = null;
const subscribe = () => () => {};
const getSnapshot = () => (browserZones ??= listTimeZones());
const getServerSnapshot = () => null;

/**
 * Every IANA zone the browser knows, under current names (UTC first, "Asia/Kolkata" not
 * "Asia/Calcutta"); a stored old name stays the selected value, shown under its current name.
 */
export const TimeZoneSelect = forwardRef<HTMLSelectElement, SelectHTMLAttributes<HTMLSelectElement> & { current?: string }>(
  function TimeZoneSelect({ current, ...props }, ref) {
    const zones = useSyncExternalStore(subscribe, getSnapshot, getServerSnapshot) ?? [];
    const options = zoneOptions(zones, current);
    return (
      <Select ref={ref} {...props}>
        {options.map((zone) => (
          <option key={zone.value} value={zone.value}>{zone.label}</option>
        ))}
      </Select>
    );
  },
);
