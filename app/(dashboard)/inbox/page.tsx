// The rep's inbox (where reps land after sign-in; /leads stays the full table): my open leads in SLA
// order with the score, why each came to me and the time since submit; one-click "contacted", log an
// outcome, keyboard shortcuts; a badge counts the leads waiting past the SLA.
// Paged (?page=2): a page is the leads first in SLA order over all the rep's open leads; when it
// shows fewer than all, the header says how many there are and a pager below the list reaches the rest.
import { IntentLink } from "@/components/ui/intent-link";
import { InboxFlashNotice } from "@/components/inbox/inbox-flash-notice";
import { InboxSlaRules } from "@/components/inbox/inbox-sla-rules";
import { InboxPager } from "@/components/inbox/inbox-pager";
import { inboxShowingText, readInboxPage } from "@/components/inbox/inbox-paging";
import { InboxList } from "@/components/outcomes/inbox-list";
import { Badge } from "@/components/ui/badge";
import { PageHeader } from "@/components/ui/page-header";
import { requireMember } from "@/server/auth/page-guards";
import { getDb } from "@/server/db/client";
import { listInbox } from "@/server/services/outcomes/list-inbox";
import { slaRuleText } from "@/server/domain/analytics/assignment-sla";
import { now } from "@/server/time/clock";

export const dynamic = "force-dynamic";
export const metadata = { title: "Inbox" };

export default async function InboxPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { user, workspace } = await requireMember();
  const at = now();
  const inbox = await listInbox(await getDb(), workspace.id, user.id, at, { page: readInboxPage((await searchParams).page) });
  const showing = inboxShowingText(inbox);
  // The routing SLA, its reminder included, counted from the rep's accept clock (their next working
  // time when a lead reaches them off duty, sla-clock.ts) as the countdowns are; "Past SLA" here is
  // about first contact, which the rule does not move a lead for, so it is said apart. A member with
  // no rep profile (a manager who takes no leads) reads the published rule as it applies to reps,
  // and no "past the SLA" count: their inbox lists no leads, so "Nothing past the SLA" would claim
  // something about the workspace's leads it never counted (Analytics does). A rep reads the SLA in
  // one line above the leads, its full rules behind a disclosure (InboxSlaRules): on a phone the
  // first lead comes before the rules; the member without leads reads the one sentence in full.
  const pastSla = !inbox.hasRepProfile ? undefined : inbox.overdueCount > 0 ? <Badge tone="red">{inbox.overdueCount} past the SLA</Badge> : <Badge tone="green">Nothing past the SLA</Badge>;
  return (
    <div className="space-y-4">
      <PageHeader
        title="Inbox"
        description={!inbox.hasRepProfile ? `Your open leads, most urgent first. ${slaRuleText(inbox.sla, "rep")}` : showing ? `Your open leads, most urgent first. ${showing}.` : "Your open leads, most urgent first."}
        actions={pastSla}
      />
      {inbox.hasRepProfile && <InboxSlaRules sla={inbox.sla} />}
      {/* What was just done elsewhere and brought the rep here (a returned lead: where it went). */}
      <InboxFlashNotice />
      {!inbox.hasRepProfile ? (
        <p className="text-sm text-slate-600">You have no rep profile, so no leads are routed to you. <IntentLink href="/leads" className="text-brand-700 underline hover:no-underline">All leads</IntentLink></p>
      ) : (
        // Also when empty: the list keeps its status line, so "Marked won." stays readable after
        // the last open lead leaves the inbox.
        <>
          <InboxList items={inbox.items} now={at} slaMinutes={inbox.slaMinutes} />
          <InboxPager paging={inbox} />
        </>
      )}
    </div>
  );
}
