import { Badge } from "@/components/ui/badge";
import type { TJobState } from "@/server/jobs/list-jobs";

const TONES = { created: "blue", retry: "amber", active: "blue", completed: "green", failed: "red", cancelled: "gray" } as const;

export function JobStateBadge({ state }: { state: TJobState }) {
  return <Badge tone={TONES[state]}>{state}</Badge>;
}
