"use client";
import { forwardRef, useMemo, type SelectHTMLAttributes } from "react";
import { Select } from "@/components/ui/input";
import { listTimeZones } from "@/server/domain/reps/time-zone";

/** Every IANA zone the browser knows (UTC first), plus the current value if it is an alias. */
export const TimeZoneSelect = forwardRef<HTMLSelectElement, SelectHTMLAttributes<HTMLSelectElement> & { current?: string }>(
  function TimeZoneSelect({ current, ...props }, ref) {
    const zones = useMemo(() => listTimeZones(), []);
    const options = current && !zones.includes(current) ? [current, ...zones] : zones;
    return (
      <Select ref={ref} {...props}>
        {options.map((zone) => (
          <option key={zone} value={zone}>{zone.replaceAll("_", " ")}</option>
        ))}
      </Select>
    );
  },
);
