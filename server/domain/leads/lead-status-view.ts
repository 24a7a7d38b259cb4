// A lead's status as every reader sees it (REST lead, feed, CSV, the dashboard's list). A spam lead
// (honeypot or too fast: stored with isSpam, never scored, routed or owned) reads as SPAM while its
// status column is still the intake's (NEW), so a CRM syncing `status=NEW` never imports spam. Once
// a person has acted on it — a manager assigned it by hand (ASSIGNED), its rep accepted or closed it
// — it is a real lead to them: it reads as that status, with `isSpam` still true (what the spam
// check found is kept). The status filters select the same way (lead-status-where.ts): SPAM is the
// spam leads still NEW, any other status includes the spam leads a person moved to it.
export const SPAM_STATUS = "SPAM";

/** The stored statuses a spam lead reads as SPAM with: nobody has acted on it yet. */
export const UNTOUCHED_SPAM_STATUSES = ["NEW", "SPAM"] as const;

export function leadStatusView<S extends string>(lead: { status: S; isSpam: boolean }): S | typeof SPAM_STATUS {
  return lead.isSpam && (UNTOUCHED_SPAM_STATUSES as readonly string[]).includes(lead.status) ? SPAM_STATUS : lead.status;
}
