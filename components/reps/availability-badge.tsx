// Where a rep is now, as the reps list and the rep's page say it: the pill says what and until
// when on one line ("Off hours until 09:00 Mon"), the zone that time is in follows — beside it when
// there is room, under it when not ("Los Angeles (GMT−8)"), never cut and never wrapping inside the
// pill. Both from the parts the sentence is built from (availabilityParts in describe-availability.ts),
// never by taking the sentence apart. Spans only: the rep page puts it inside its header's <p>.
import { Badge } from "@/components/ui/badge";
import { availabilityHead, availabilityZoneNote, type TAvailabilityParts } from "@/server/domain/reps/describe-availability";

const TONES = { WORKING: "green", IN_MEETING: "amber", OFF_HOURS: "gray", OUT_OF_OFFICE: "amber", INACTIVE: "red", NO_HOURS: "gray" } as const;

export function AvailabilityBadge({ availability }: { availability: TAvailabilityParts }) {
  const zone = availabilityZoneNote(availability);
  return (
    <span className="inline-flex flex-wrap items-baseline gap-x-1.5 gap-y-0.5 whitespace-nowrap" data-testid="rep-availability">
      <Badge tone={TONES[availability.status]}>{availabilityHead(availability)}</Badge>
      {zone && (
        <>
          {" "}
          <span className="text-xs text-slate-500">{zone}</span>
        </>
      )}
    </span>
  );
}
