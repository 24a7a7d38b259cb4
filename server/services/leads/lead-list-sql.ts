// The leads table's where-clause (list-leads.ts leadListWhere) as one SQL predicate over `"Lead" l`,
// for the statements Prisma cannot write: the leads CSV reads its answer columns (the keys inside
// the matching leads' JSON answers) in one aggregate statement over exactly the leads its rows
// walk (export-leads-csv.ts). Line for line the same filters as leadListWhere — the workspace, a
// REP's own leads, spam hidden unless shown or a status decides it, status, tier, form, source,
// the analytics slice (lead-slice.ts) and the search (escaped LIKE, case-insensitive); any change
// there is made here too, and lead-list-sql.int.test.ts compares both on every filter.
import { Prisma } from "../../db/generated/client";
import { stageRank } from "../../domain/analytics/funnel";
import { scoreBandRange } from "../../domain/analytics/score-predictiveness";
import { SPAM_STATUS, UNTOUCHED_SPAM_STATUSES } from "../../domain/leads/lead-status-view";
import { escapeLike } from "../../domain/validation/escape-like";
import type { TLeadSlice } from "./lead-slice";
import type { TLeadViewer, ZListLeadsInput } from "./list-leads";
import type { z } from "zod";

type TListLeadsQuery = z.output<typeof ZListLeadsInput>;

const UNTOUCHED = Prisma.join([...UNTOUCHED_SPAM_STATUSES]);
const READS_AS_SPAM = Prisma.sql`(l."isSpam" AND l."status"::text IN (${UNTOUCHED}))`;
const MEETING = Prisma.join(["MEETING_BOOKED", "MEETING_HELD", "NO_SHOW"]);

/** lead-status-where.ts leadStatusWhere. */
function statusSql(status: string): Prisma.Sql {
  if (status === SPAM_STATUS) return READS_AS_SPAM;
  return (UNTOUCHED_SPAM_STATUSES as readonly string[]).includes(status) ? Prisma.sql`(l."status"::text = ${status} AND NOT l."isSpam")` : Prisma.sql`l."status"::text = ${status}`;
}

/** lead-slice.ts reachedAtLeast: leads whose furthest stage is this rank or later. */
function reachedSql(rank: number): Prisma.Sql {
  const byRank: [number, Prisma.Sql][] = [
    [7, Prisma.sql`l."stage"::text = 'WON'`],
    [6, Prisma.sql`l."stage"::text = 'OPPORTUNITY' OR l."opportunityAmount" IS NOT NULL OR EXISTS (SELECT 1 FROM "LeadOutcome" o WHERE o."leadId" = l."id" AND o."stage"::text = 'OPPORTUNITY')`],
    [5, Prisma.sql`l."stage"::text IN (${MEETING}) OR EXISTS (SELECT 1 FROM "LeadOutcome" o WHERE o."leadId" = l."id" AND o."stage"::text IN (${MEETING})) OR EXISTS (SELECT 1 FROM "Booking" b WHERE b."leadId" = l."id")`],
    [4, Prisma.sql`l."firstContactAt" IS NOT NULL OR l."stage"::text = 'CONTACTED'`],
    [3, Prisma.sql`l."ownerRepId" IS NOT NULL`],
    [2, Prisma.sql`l."routingOutcome" IN ('assigned', 'fallback')`],
  ];
  return Prisma.sql`(${Prisma.join(byRank.filter(([r]) => r >= rank).map(([, sql]) => Prisma.sql`(${sql})`), " OR ")})`;
}

/** lead-slice.ts leadSliceWhere. */
function sliceSql(slice: TLeadSlice): Prisma.Sql[] {
  const where: Prisma.Sql[] = [];
  if (slice.from) where.push(Prisma.sql`l."submittedAt" >= ${new Date(`${slice.from}T00:00:00Z`)}`);
  if (slice.to) where.push(Prisma.sql`l."submittedAt" < ${new Date(Date.parse(`${slice.to}T00:00:00Z`) + 24 * 3600_000)}`);
  if (slice.repId) where.push(Prisma.sql`l."ownerRepId" = ${slice.repId}`);
  if (slice.teamId) where.push(Prisma.sql`EXISTS (SELECT 1 FROM "TeamMember" tm WHERE tm."repId" = l."ownerRepId" AND tm."teamId" = ${slice.teamId})`);
  if (slice.pathId) where.push(Prisma.sql`l."routingPathId" = ${slice.pathId}`);
  const band = slice.scoreBand ? scoreBandRange(slice.scoreBand) : null;
  if (band?.min != null) where.push(Prisma.sql`l."scoreTotal" >= ${band.min}`);
  if (band?.max != null) where.push(Prisma.sql`l."scoreTotal" <= ${band.max}`);
  if (slice.utmSource) where.push(Prisma.sql`l."utm" #> '{utm_source}' = to_jsonb(${slice.utmSource}::text)`);
  if (slice.reached && stageRank(slice.reached) > 1) where.push(reachedSql(stageRank(slice.reached)));
  return where;
}

/** leadListWhere as a predicate over `"Lead" l` (input already parsed by ZListLeadsInput). */
export function leadListSql(workspaceId: string, input: TListLeadsQuery, viewer: TLeadViewer | null): Prisma.Sql {
  const where: Prisma.Sql[] = [Prisma.sql`l."workspaceId" = ${workspaceId}`];
  if (viewer?.role === "REP") where.push(Prisma.sql`EXISTS (SELECT 1 FROM "RepProfile" rp WHERE rp."id" = l."ownerRepId" AND rp."userId" = ${viewer.userId})`);
  if (!input.includeSpam && !input.status) where.push(Prisma.sql`NOT ${READS_AS_SPAM}`);
  if (input.status) where.push(statusSql(input.status));
  if (input.tier) where.push(Prisma.sql`l."tier" = ${input.tier}`);
  if (input.formId) where.push(Prisma.sql`l."formId" = ${input.formId}`);
  if (input.source) where.push(Prisma.sql`l."source" = ${input.source}`);
  if (input.slice) where.push(...sliceSql(input.slice));
  if (input.search) {
    const like = `%${escapeLike(input.search)}%`;
    where.push(Prisma.sql`(l."contactName" ILIKE ${like} OR l."contactCompany" ILIKE ${like}
      OR EXISTS (SELECT 1 FROM "Person" p WHERE p."id" = l."personId" AND (p."email" ILIKE ${like} OR p."name" ILIKE ${like} OR p."company" ILIKE ${like})))`);
  }
  return Prisma.join(where, " AND ");
}
