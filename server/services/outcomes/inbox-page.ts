// Which of a rep's open leads one inbox page shows: the inbox's SLA order (server/domain/outcomes/
// inbox-order.ts, sortInbox) over ALL their open leads, computed in one query that reads only ids
// and sort keys, so a rep with more open leads than a page still sees the most urgent first — the
// newest unaccepted lead included — and how many there are. The page's rows are then read by id.
// The SQL mirrors sortInbox; inbox-paging.int.test.ts checks the two agree across pages:
//   group 0: waiting (no first contact, stage OPEN/ACCEPTED) and the current assignment has an SLA
//            clock (slaStartsAt): by slaStartsAt (the due time is that plus one window for all);
//   group 1: waiting without a clock: by assignedAt (the current assignment's, else submittedAt);
//   group 2: being worked: by stageChangedAt, else assignedAt;
//   then the id, byte-wise (sortInbox compares ids by code unit, as COLLATE "C" does).
// "Past the SLA" is counted over all open leads too: waiting, with a clock started at or before
// overdueIfStartedBy (now less one SLA window: inboxUrgency's dueAt <= now).
import type { DbTx } from "../../db/client";

export interface TInboxPageKeys {
  /** The page's lead ids (in inbox order; the caller sorts the rows it reads again anyway). */
  ids: string[];
  /** The rep's open leads, all pages. */
  total: number;
  /** Of those, waiting past the SLA. */
  overdueCount: number;
  /** The page shown: the one asked for, or the last one when it asked past the end. */
  page: number;
}

export async function inboxPageKeys(db: DbTx, args: { workspaceId: string; repId: string; page: number; pageSize: number; overdueIfStartedBy: Date }): Promise<TInboxPageKeys> {
  const read = (page: number) => db.$queryRaw<{ total: number; overdue: number; id: string | null }[]>`
    WITH open AS (
      SELECT l."id",
             (l."firstContactAt" IS NULL AND l."stage" IN ('OPEN', 'ACCEPTED')) AS "isWaiting",
             a."slaStartsAt",
             COALESCE(a."assignedAt", l."submittedAt") AS "assignedAt",
             l."stageChangedAt"
        FROM "Lead" l
        LEFT JOIN "LeadAssignment" a ON a."leadId" = l."id" AND a."isCurrent"
       WHERE l."workspaceId" = ${args.workspaceId} AND l."ownerRepId" = ${args.repId}
         AND l."status" IN ('ASSIGNED', 'ACCEPTED', 'FALLBACK') AND NOT l."isSpam"
    ), keyed AS (
      SELECT "id",
             CASE WHEN NOT "isWaiting" THEN 2 WHEN "slaStartsAt" IS NOT NULL THEN 0 ELSE 1 END AS "grp",
             CASE WHEN NOT "isWaiting" THEN COALESCE("stageChangedAt", "assignedAt") ELSE COALESCE("slaStartsAt", "assignedAt") END AS "key",
             ("isWaiting" AND "slaStartsAt" <= ${args.overdueIfStartedBy}::timestamptz AT TIME ZONE 'UTC') AS "isOverdue"
        FROM open
    ), totals AS (
      SELECT COUNT(*)::int AS "total", (COUNT(*) FILTER (WHERE "isOverdue"))::int AS "overdue" FROM keyed
    ), page AS (
      SELECT "id", "grp", "key" FROM keyed ORDER BY "grp", "key", "id" COLLATE "C" LIMIT ${args.pageSize} OFFSET ${(page - 1) * args.pageSize}
    )
    SELECT t."total", t."overdue", p."id" FROM totals t LEFT JOIN page p ON true ORDER BY p."grp", p."key", p."id" COLLATE "C"`;
  let page = Math.max(1, Math.floor(args.page));
  let rows = await read(page);
  const total = rows[0]?.total ?? 0;
  const lastPage = Math.max(1, Math.ceil(total / args.pageSize));
  if (page > lastPage) {
    page = lastPage;
    rows = await read(page);
  }
  return {
    ids: rows.flatMap((row) => (row.id === null ? [] : [row.id])),
    total: rows[0]?.total ?? 0,
    overdueCount: rows[0]?.overdue ?? 0,
    page,
  };
}
