// A lead's status as every reader sees it (REST lead, feed, CSV, the dashboard's list). A spam lead
// (honeypot or too fast: stored with isSpam, never scored, routed or owned) reads as SPAM while its
// status column is still the intake's (NEW), so a CRM syncing `status=NEW` never imports spam. Once
// its status has moved on it reads as that status. A manager's hand assignment clears the flag
// (reassign-lead.ts, a "spam_cleared" event); a lead still flagged whose status moved on (assigned
// by hand before that rule) reads as its status too. The status filters select the same way (lead-status-where.ts): SPAM is the
// spam leads still NEW, any other status includes the spam leads a person moved to it.
export const SPAM_STATUS = "SPAM";

/** The stored statuses a spam lead reads as SPAM with: nobody has acted on it yet. */
export const UNTOUCHED_SPAM_STATUSES = ["NEW", "SPAM"] as const;

export function leadStatusView<S extends string>(lead: { status: S; isSpam: boolean }): S | typeof SPAM_STATUS {
  return lead.isSpam && (UNTOUCHED_SPAM_STATUSES as readonly string[]).includes(lead.status) ? SPAM_STATUS : lead.status;
}
