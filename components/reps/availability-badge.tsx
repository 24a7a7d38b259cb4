import { Badge } from "@/components/ui/badge";
import type { TAvailability } from "@/server/domain/reps/describe-availability";

const TONES = { WORKING: "green", IN_MEETING: "amber", OFF_HOURS: "gray", OUT_OF_OFFICE: "amber", INACTIVE: "red", NO_HOURS: "gray" } as const;

export function AvailabilityBadge({ availability }: { availability: TAvailability }) {
  return <Badge tone={TONES[availability.status]}>{availability.label}</Badge>;
}
