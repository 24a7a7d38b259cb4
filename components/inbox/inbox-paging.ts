// The inbox's pages (?page=2): a page is INBOX_LIMIT leads in the inbox's SLA order over all the
// rep's open leads (services/outcomes/list-inbox.ts). When it shows fewer than all, the page says
// how many there are and links to the others, as the Leads list does ("1–25 of 61 · page 1 of 3").
import { formatCount } from "@/components/dashboard/count-label";

export type TInboxPaging = { total: number; page: number; pageSize: number };

/** The page a URL asks for: a whole number from 1 (as the Leads list reads it); anything else is page 1. */
export function readInboxPage(value: string | string[] | undefined): number {
  const page = Number.parseInt((Array.isArray(value) ? value[0] : value)?.trim() ?? "", 10);
  return Number.isFinite(page) && page >= 1 && page <= 100_000 ? page : 1;
}

/** The inbox's address for a page (page 1: no query). */
export function inboxPageHref(page: number): string {
  return page > 1 ? `/inbox?page=${page}` : "/inbox";
}

export function inboxPageCount({ total, pageSize }: TInboxPaging): number {
  return Math.max(1, Math.ceil(total / pageSize));
}

/** "Showing 1–200 of 257 open leads": null when one page shows them all. */
export function inboxShowingText(paging: TInboxPaging): string | null {
  const { total, page, pageSize } = paging;
  if (page === 1 && total <= pageSize) return null;
  const first = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const last = Math.min(total, page * pageSize);
  return `Showing ${formatCount(first)}–${formatCount(last)} of ${formatCount(total)} open leads`;
}
