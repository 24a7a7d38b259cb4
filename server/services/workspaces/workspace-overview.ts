// The overview a manager opens first: what needs attention right now (leads waiting for first
// contact, those past the SLA, the fallback queue) and the last 24 hours (new, routed, nurtured),
// with each rep's open work, so "who is sitting on leads?" is answered without opening analytics.
// "Waiting" and "past the SLA" are the inbox's definitions (server/domain/outcomes/inbox-order.ts):
// no first contact yet, open or accepted, past the published routing's reassign window (or the
// default) counted from the current assignment. "Unassigned" are the leads waiting, with no owner,
// for a manager to assign them (status New: no routing published when they arrived, or handed
// back when their owner was removed or became a Marketer with no routing to hand them on) — not
// history: a lead sent by the API with a `submittedAt` more than a day ago is stored, not routed
// (build-lead.ts), and a backfill of thousands of them is no manager's to-do; once it has had an
// owner (assigned by hand, then handed back) it counts again.
// A few queries, all scoped to the workspace.
import type { Db } from "../../db/client";
import { DEFAULT_SLA_MINUTES } from "../../domain/outcomes/inbox-order";
import { getPublishedRouting } from "../routing/routing-settings";

export interface TRepWork {
  repId: string;
  name: string;
  waiting: number;
  pastSla: number;
  /** Open leads being worked (contacted, meeting, opportunity). */
  working: number;
}

export interface TWorkspaceOverview {
  slaMinutes: number;
  waiting: number;
  pastSla: number;
  inFallback: number;
  /** Leads with no owner waiting for a manager to assign them (status New, not spam). */
  unassigned: number;
  last24h: { submitted: number; routed: number; nurture: number; disqualified: number; acceptMedianSeconds: number | null };
  reps: TRepWork[];
}

const DAY_MS = 24 * 60 * 60 * 1000;

interface TRepRow {
  repId: string;
  waiting: number;
  pastSla: number;
  working: number;
}

/** A lead stored as history (its "submitted" event says isHistorical) that never had an assignment. */
const NEVER_ROUTED_HISTORY = { assignments: { none: {} }, events: { some: { type: "submitted", data: { path: ["isHistorical"], equals: true } } } } as const;

export async function loadWorkspaceOverview(db: Db, workspaceId: string, now: Date): Promise<TWorkspaceOverview> {
  const published = await getPublishedRouting(db, workspaceId);
  const slaMinutes = published?.config.policies.sla?.reassignAfterMinutes ?? DEFAULT_SLA_MINUTES;
  const slaCutoff = new Date(now.getTime() - slaMinutes * 60_000);
  const since = new Date(now.getTime() - DAY_MS);
  const [recent, perRep, fallback, unassigned, reps] = await Promise.all([
    db.$queryRaw<{ submitted: number; routed: number; nurture: number; disqualified: number; accept_p50: number | null }[]>`
      SELECT count(*)::int AS submitted,
        (count(*) FILTER (WHERE "routingOutcome" = 'assigned'))::int AS routed,
        (count(*) FILTER (WHERE "routingOutcome" = 'nurture'))::int AS nurture,
        (count(*) FILTER (WHERE "routingOutcome" = 'disqualified'))::int AS disqualified,
        percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM "acceptedAt" - "submittedAt")) AS accept_p50
      FROM "Lead" WHERE "workspaceId" = ${workspaceId} AND "submittedAt" >= ${since} AND "submittedAt" <= ${now} AND NOT "isSpam"`,
    db.$queryRaw<TRepRow[]>`
      SELECT l."ownerRepId" AS "repId",
        (count(*) FILTER (WHERE l."firstContactAt" IS NULL AND l."stage" IN ('OPEN', 'ACCEPTED')))::int AS waiting,
        (count(*) FILTER (WHERE l."firstContactAt" IS NULL AND l."stage" IN ('OPEN', 'ACCEPTED') AND a."slaStartsAt" <= ${slaCutoff}))::int AS "pastSla",
        (count(*) FILTER (WHERE NOT (l."firstContactAt" IS NULL AND l."stage" IN ('OPEN', 'ACCEPTED'))))::int AS working
      FROM "Lead" l
      LEFT JOIN "LeadAssignment" a ON a."leadId" = l."id" AND a."isCurrent"
      WHERE l."workspaceId" = ${workspaceId} AND l."status" IN ('ASSIGNED', 'ACCEPTED') AND l."ownerRepId" IS NOT NULL AND NOT l."isSpam"
      GROUP BY l."ownerRepId"`,
    db.lead.count({ where: { workspaceId, status: "FALLBACK", closedAt: null, isSpam: false } }),
    db.lead.count({ where: { workspaceId, status: "NEW", ownerRepId: null, closedAt: null, isSpam: false, NOT: NEVER_ROUTED_HISTORY } }),
    db.repProfile.findMany({ where: { workspaceId }, select: { id: true, isActive: true, user: { select: { name: true, email: true } } } }),
  ]);
  const byRep = new Map(perRep.map((r) => [r.repId, r]));
  const repWork = reps
    .map((rep) => {
      const row = byRep.get(rep.id);
      return { repId: rep.id, name: rep.user.name ?? rep.user.email, waiting: row?.waiting ?? 0, pastSla: row?.pastSla ?? 0, working: row?.working ?? 0, isActive: rep.isActive };
    })
    // A deactivated rep still listed while they hold open leads (someone has to take those over).
    .filter((rep) => rep.isActive || rep.waiting + rep.working > 0)
    .map(({ isActive: _isActive, ...rep }) => rep)
    .sort((a, b) => b.pastSla - a.pastSla || b.waiting - a.waiting || a.name.localeCompare(b.name));
  const r = recent[0];
  return {
    slaMinutes,
    waiting: perRep.reduce((sum, rep) => sum + rep.waiting, 0),
    pastSla: perRep.reduce((sum, rep) => sum + rep.pastSla, 0),
    inFallback: fallback,
    unassigned,
    last24h: {
      submitted: r?.submitted ?? 0,
      routed: r?.routed ?? 0,
      nurture: r?.nurture ?? 0,
      disqualified: r?.disqualified ?? 0,
      acceptMedianSeconds: r?.accept_p50 === null || r?.accept_p50 === undefined ? null : Number(r.accept_p50),
    },
    reps: repWork,
  };
}
