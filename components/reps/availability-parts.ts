// The availability pill's label (describeAvailability: "Off hours until 09:00 Mon Los Angeles
// (GMT−8)") in two parts: what the rep is doing and until when, shown in the pill on one line,
// and the zone that time is in, shown under it. In one pill the whole sentence wrapped inside the
// pill in the reps list's narrow "Now" column at 1024 px (three lines). Pure: table-tested.
import { DAY_SHORT_NAMES } from "@/server/domain/reps/working-hours";

const DAYS = DAY_SHORT_NAMES.join("|");
/** "… until 09:00" or "… until 09:00 Mon", then the zone. */
const UNTIL_CLOCK = new RegExp(`^(.*\\buntil \\d{1,2}:\\d{2}(?: (?:${DAYS}))?) (\\S.*)$`);
/** "Working now, around the clock in Los Angeles (GMT−8)". */
const AROUND_THE_CLOCK = /^(.*, around the clock) (in \S.*)$/;

export interface TAvailabilityParts {
  /** The pill's text: "Off hours until 09:00 Mon", "Out of office until 2 Dec", "Inactive". */
  head: string;
  /** The zone the time is in ("Los Angeles (GMT−8)"), or null when the label names none. */
  zone: string | null;
}

export function availabilityParts(label: string): TAvailabilityParts {
  const m = UNTIL_CLOCK.exec(label) ?? AROUND_THE_CLOCK.exec(label);
  return m ? { head: m[1]!, zone: m[2]! } : { head: label, zone: null };
}
