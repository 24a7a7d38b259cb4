// The analytics slice a leads-page link carries (/analytics → "the leads behind this figure"):
// a date range, rep, team, routing path, score band, UTM source and the funnel stage reached
// (the same stage definitions as the funnel's SQL, server/services/analytics/funnel-sql.ts).
import { z } from "zod";
import type { Prisma } from "../../db/generated/client";
import { FUNNEL_STAGES, stageRank } from "../../domain/analytics/funnel";
import { SCORE_BANDS, scoreBandRange } from "../../domain/analytics/score-predictiveness";

const ZDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
export const ZLeadSlice = z.object({
  from: ZDay.optional(),
  to: ZDay.optional(),
  repId: z.string().min(1).max(64).optional(),
  teamId: z.string().min(1).max(64).optional(),
  pathId: z.string().min(1).max(200).optional(),
  scoreBand: z.enum(SCORE_BANDS.map((b) => b.key) as [string, ...string[]]).optional(),
  utmSource: z.string().min(1).max(200).optional(),
  reached: z.enum(FUNNEL_STAGES).optional(),
});
export type TLeadSlice = z.infer<typeof ZLeadSlice>;
export const LEAD_SLICE_KEYS = ["from", "to", "repId", "teamId", "pathId", "scoreBand", "utmSource", "reached"] as const;

const MEETING = ["MEETING_BOOKED", "MEETING_HELD", "NO_SHOW"] as const;

/** Leads whose furthest stage is this rank or later (2 qualified … 7 won). */
function reachedAtLeast(rank: number): Prisma.LeadWhereInput[] {
  const byRank: Record<number, Prisma.LeadWhereInput[]> = {
    7: [{ stage: "WON" }],
    6: [{ stage: "OPPORTUNITY" }, { opportunityAmount: { not: null } }, { outcomes: { some: { stage: "OPPORTUNITY" } } }],
    5: [{ stage: { in: [...MEETING] } }, { outcomes: { some: { stage: { in: [...MEETING] } } } }, { bookings: { some: {} } }],
    4: [{ firstContactAt: { not: null } }, { stage: "CONTACTED" }],
    3: [{ ownerRepId: { not: null } }],
    2: [{ routingOutcome: { in: ["assigned", "fallback"] } }],
  };
  return Object.entries(byRank).flatMap(([r, conditions]) => (Number(r) >= rank ? conditions : []));
}

export function leadSliceWhere(slice: TLeadSlice | undefined): Prisma.LeadWhereInput[] {
  if (!slice) return [];
  const where: Prisma.LeadWhereInput[] = [];
  if (slice.from) where.push({ submittedAt: { gte: new Date(`${slice.from}T00:00:00Z`) } });
  if (slice.to) where.push({ submittedAt: { lt: new Date(Date.parse(`${slice.to}T00:00:00Z`) + 24 * 3600_000) } });
  if (slice.repId) where.push({ ownerRepId: slice.repId });
  if (slice.teamId) where.push({ ownerRep: { is: { teams: { some: { teamId: slice.teamId } } } } });
  if (slice.pathId) where.push({ routingPathId: slice.pathId });
  const band = slice.scoreBand ? scoreBandRange(slice.scoreBand) : null;
  if (band) where.push({ scoreTotal: { ...(band.min !== null ? { gte: band.min } : {}), ...(band.max !== null ? { lte: band.max } : {}) } });
  if (slice.utmSource) where.push({ utm: { path: ["utm_source"], equals: slice.utmSource } });
  if (slice.reached && stageRank(slice.reached) > 1) where.push({ OR: reachedAtLeast(stageRank(slice.reached)) });
  return where;
}
