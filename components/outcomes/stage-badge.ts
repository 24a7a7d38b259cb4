// A lifecycle stage as a badge, in the words and colours the Lifecycle card, the inbox and the lead
// page header share ("Contacted", "Opportunity", "Won"…). Pure: server and client components import it.
import { stageLabel, type TLeadStage } from "@/server/domain/outcomes/lead-stages";

export const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export function stageTone(stage: TLeadStage): "green" | "red" | "blue" | "gray" {
  if (stage === "WON") return "green";
  if (stage === "LOST" || stage === "NOT_A_FIT" || stage === "NO_SHOW") return "red";
  return stage === "OPEN" ? "gray" : "blue";
}

/** "Opportunity", "Meeting booked", "Not a fit". */
export const stageBadgeLabel = (stage: TLeadStage): string => capitalise(stageLabel(stage));
