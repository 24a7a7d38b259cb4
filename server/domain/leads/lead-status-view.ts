// A lead's status as every reader sees it (REST lead, feed, CSV, the dashboard's list): a spam lead
// (honeypot or too fast: stored with isSpam, never scored, routed or owned) reads as SPAM, whatever
// status column it was stored with (NEW), so a CRM syncing `status=NEW` never imports spam. The
// status filters select the same way (lead-status-where.ts): SPAM is the spam leads, any other
// status never includes them.
export const SPAM_STATUS = "SPAM";

export function leadStatusView<S extends string>(lead: { status: S; isSpam: boolean }): S | typeof SPAM_STATUS {
  return lead.isSpam ? SPAM_STATUS : lead.status;
}
