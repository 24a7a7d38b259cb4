// Below the inbox's list when it shows fewer than all the rep's open leads: how many, which page,
// and links to the previous and next pages (the Leads list's pager, same look).
import { IntentLink } from "@/components/ui/intent-link";
import { inboxPageCount, inboxPageHref, inboxShowingText, type TInboxPaging } from "./inbox-paging";

const pagerClass = "rounded-md px-3 py-1.5 text-sm ring-1 ring-slate-300 hover:bg-slate-50";

export function InboxPager({ paging }: { paging: TInboxPaging }) {
  const showing = inboxShowingText(paging);
  if (!showing) return null;
  const pages = inboxPageCount(paging);
  return (
    <nav aria-label="Inbox pages" className="flex flex-wrap items-center justify-between gap-3 text-sm text-slate-600">
      <span>{`${showing} · page ${paging.page} of ${pages}`}</span>
      <span className="flex gap-2">
        {paging.page > 1 && <IntentLink href={inboxPageHref(Math.min(paging.page - 1, pages))} className={pagerClass} rel="prev">← Previous</IntentLink>}
        {paging.page < pages && <IntentLink href={inboxPageHref(paging.page + 1)} className={pagerClass} rel="next">Next →</IntentLink>}
      </span>
    </nav>
  );
}
