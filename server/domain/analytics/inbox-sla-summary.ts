// The routing SLA in one line, for the top of the rep's inbox on a phone: "SLA: accept within 15 min
// · reminder at 5 min". The same figures as the full sentence (slaRuleText / inboxSlaText in
// assignment-sla.ts, which the inbox shows behind a disclosure), read by the same slaFigures; a
// reminder without a reassignment says the lead stays. Pure: the published policy in, words out.
import { slaFigures, type TSlaRuleInput } from "./assignment-sla";

export function inboxSlaSummary(sla: TSlaRuleInput | null): string {
  const { reassign, remind } = slaFigures(sla);
  if (reassign === null && remind === null) return "SLA: none published";
  if (reassign === null) return `SLA: reminder at ${remind} min · leads stay with you`;
  return remind === null ? `SLA: accept within ${reassign} min` : `SLA: accept within ${reassign} min · reminder at ${remind} min`;
}
