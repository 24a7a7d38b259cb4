// The inbox's routing SLA, with the leads first: one line with the published figures
// (inboxSlaSummary: "SLA: accept within 15 min · reminder at 5 min") and the full rules
// (inboxSlaText: when the rep's clock starts, what "Past SLA" means, which leads run none) behind a
// native disclosure — a button that screen readers announce as expanded or collapsed and the
// keyboard opens (Enter, Space), with no script. Closed on every width, so on a phone the first
// lead sits right below the header (a rep opening the inbox from an alert sees it without scrolling).
import type { TSlaRuleInput } from "@/server/domain/analytics/assignment-sla";
import { inboxSlaText } from "@/server/domain/analytics/assignment-sla";
import { inboxSlaSummary } from "@/server/domain/analytics/inbox-sla-summary";

export function InboxSlaRules({ sla }: { sla: TSlaRuleInput | null }) {
  return (
    <details className="text-sm text-slate-600">
      <summary className="w-fit cursor-pointer rounded font-medium text-slate-700 hover:text-slate-900 focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-brand-500">
        {inboxSlaSummary(sla)}
      </summary>
      <p className="mt-1 max-w-prose">{inboxSlaText(sla)}</p>
    </details>
  );
}
