// The filters every analytics view takes (date range, rep, team, path, tier, form, source, UTM
// source, score band) and the SQL condition they make on a lead (alias l). Dates are UTC days:
// `from` inclusive, `to` inclusive (the condition is submittedAt < to + 1 day). Every condition
// starts with the workspace: nothing crosses workspaces.
import { z } from "zod";
import { Prisma } from "../../db/generated/client";
import { SCORE_BANDS, scoreBandRange } from "../../domain/analytics/score-predictiveness";
import { MAX_UTM_VALUE } from "../../domain/leads/lead-facts";
import { validationError } from "../../errors";
import { parseInput } from "../reps/parse-input";

const DAY_MS = 24 * 3600_000;
/** A calendar day (2026-02-30 is not one: it was read as 2 March). */
const ZDay = z.iso.date({ message: "Use a calendar day, YYYY-MM-DD (e.g. 2026-11-30)" });
const ZKey = z.string().trim().min(1).max(200);

export const ZAnalyticsFilters = z
  .object({
    from: ZDay.optional(),
    to: ZDay.optional(),
    repId: ZKey.optional(),
    teamId: ZKey.optional(),
    pathId: ZKey.optional(),
    tier: ZKey.optional(),
    formId: ZKey.optional(),
    source: ZKey.optional(),
    utmSource: z.string().trim().min(1).max(MAX_UTM_VALUE).optional(),
    scoreBand: z.enum(SCORE_BANDS.map((b) => b.key) as [string, ...string[]]).optional(),
  })
  .strict();
export type TAnalyticsFiltersInput = z.input<typeof ZAnalyticsFilters>;
/** The URL parameters that are filters (from, to, repId, …). */
export const ANALYTICS_FILTER_KEYS: ReadonlySet<string> = new Set(Object.keys(ZAnalyticsFilters.shape));

export interface TAnalyticsFilters extends Omit<z.output<typeof ZAnalyticsFilters>, "from" | "to"> {
  from: string;
  to: string;
  /** [fromAt, toExclusive) as instants. */
  fromAt: Date;
  toExclusive: Date;
}

export const DEFAULT_RANGE_DAYS = 90;

const day = (d: Date) => d.toISOString().slice(0, 10);

/** Parses the filters (422 naming the field), defaulting to the last 90 days up to today (UTC). */
export function analyticsFilters(input: unknown, now: Date): TAnalyticsFilters {
  const parsed = parseInput(ZAnalyticsFilters, input ?? {});
  const to = parsed.to ?? day(now);
  const from = parsed.from ?? day(new Date(Date.parse(`${to}T00:00:00Z`) - (DEFAULT_RANGE_DAYS - 1) * DAY_MS));
  const fromAt = new Date(`${from}T00:00:00Z`);
  const toExclusive = new Date(Date.parse(`${to}T00:00:00Z`) + DAY_MS);
  if (fromAt >= toExclusive) throw validationError([{ path: "from", message: "from must be on or before to" }]);
  return { ...parsed, from, to, fromAt, toExclusive };
}

/** The lead condition (alias l) for the filters; spam never counts. */
export function leadConditions(workspaceId: string, f: TAnalyticsFilters): Prisma.Sql {
  const parts: Prisma.Sql[] = [
    Prisma.sql`l."workspaceId" = ${workspaceId}`,
    Prisma.sql`l."submittedAt" >= ${f.fromAt}`,
    Prisma.sql`l."submittedAt" < ${f.toExclusive}`,
    Prisma.sql`l."isSpam" = false`,
  ];
  if (f.repId) parts.push(Prisma.sql`l."ownerRepId" = ${f.repId}`);
  if (f.teamId) {
    parts.push(Prisma.sql`l."ownerRepId" IN (SELECT tm."repId" FROM "TeamMember" tm JOIN "Team" t ON t."id" = tm."teamId" WHERE t."id" = ${f.teamId} AND t."workspaceId" = ${workspaceId})`);
  }
  if (f.pathId) parts.push(Prisma.sql`l."routingPathId" = ${f.pathId}`);
  if (f.tier) parts.push(Prisma.sql`l."tier" = ${f.tier}`);
  if (f.formId) parts.push(Prisma.sql`l."formId" = ${f.formId}`);
  if (f.source) parts.push(Prisma.sql`l."source" = ${f.source}`);
  if (f.utmSource) parts.push(Prisma.sql`l."utmSource" = ${f.utmSource}`);
  const band = f.scoreBand ? scoreBandRange(f.scoreBand) : null;
  if (band?.min !== null && band?.min !== undefined) parts.push(Prisma.sql`l."scoreTotal" >= ${band.min}`);
  if (band?.max !== null && band?.max !== undefined) parts.push(Prisma.sql`l."scoreTotal" <= ${band.max}`);
  return Prisma.join(parts, " AND ");
}

/** The score band of l."scoreTotal" as SQL (the same bands as scoreBand()). */
export const SCORE_BAND_SQL = Prisma.sql`CASE WHEN l."scoreTotal" < 20 THEN '0-19' WHEN l."scoreTotal" < 40 THEN '20-39' WHEN l."scoreTotal" < 60 THEN '40-59' WHEN l."scoreTotal" < 80 THEN '60-79' ELSE '80+' END`;

/** The filters as URL parameters (for links to the leads behind a figure, and CSV links). */
export function filterParams(f: TAnalyticsFilters): Record<string, string> {
  const out: Record<string, string> = { from: f.from, to: f.to };
  for (const key of ["repId", "teamId", "pathId", "tier", "formId", "source", "utmSource", "scoreBand"] as const) {
    const value = f[key];
    if (value) out[key] = value;
  }
  return out;
}
