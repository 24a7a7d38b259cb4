// Loads what decideRouting needs for one workspace: reps with their live load, teams, rotation
// states, the account owner of a company domain. Called inside the routing lock's transaction so
// loads and rotation pointers are read after every earlier decision has been written. A rep whose
// user is no longer a member of the workspace is never a candidate (their profile stays for history).
import type { DbTx } from "../../db/client";
import type { TRoutingConfig } from "../../domain/routing/routing-config";
import { volumeWindowHours } from "../../domain/routing/routing-config";
import { startOfRepDay } from "../../domain/routing/rep-availability";
import type { TPoolRotation, TRepState, TTeamState } from "../../domain/routing/routing-types";
import type { TSegment, TSeniorityTier } from "../../domain/reps/rep-options";

/** Lead statuses that count as open work for a rep. */
export const OPEN_LEAD_STATUSES = ["ASSIGNED", "ACCEPTED"] as const;

export interface TRoutingState {
  reps: TRepState[];
  teams: TTeamState[];
  rotations: Record<string, TPoolRotation>;
  repNames: Map<string, string>;
  teamNames: Map<string, string>;
}

type TDbLike = Pick<DbTx, "repProfile" | "team" | "rotationPointer" | "$queryRaw">;

export async function loadRoutingState(db: TDbLike, workspaceId: string, config: Pick<TRoutingConfig, "paths">, now: Date): Promise<TRoutingState> {
  const windowHours = volumeWindowHours(config) ?? 24;
  // Sequential on purpose: inside a transaction (one connection) queries run one at a time anyway.
  const profiles = await db.repProfile.findMany({
      where: { workspaceId },
      include: { user: { select: { name: true, email: true, memberships: { where: { workspaceId }, select: { id: true } } } }, timeOff: { where: { endsAt: { gt: now } }, orderBy: { startsAt: "asc" } } },
      orderBy: { createdAt: "asc" },
  });
  const teams = await db.team.findMany({ where: { workspaceId }, include: { members: { orderBy: { createdAt: "asc" }, select: { repId: true } } }, orderBy: { createdAt: "asc" } });
  const pointers = await db.rotationPointer.findMany({ where: { workspaceId } });
  const openRows = await db.$queryRaw<{ repId: string; open: bigint; pipeline: string | null }[]>`
      SELECT "ownerRepId" AS "repId", count(*) AS open, sum("estimatedValue")::text AS pipeline
      FROM "Lead" WHERE "workspaceId" = ${workspaceId} AND "ownerRepId" IS NOT NULL AND status::text IN ('ASSIGNED', 'ACCEPTED')
      GROUP BY "ownerRepId"`;
  // Assignments counted per rep in SQL (one row per rep, not one per assignment): since each rep's
  // local midnight (computed here, in the rep's zone) and within the recent-volume window.
  const windowStart = new Date(now.getTime() - windowHours * 3600_000);
  const dayStarts = profiles.map((p) => startOfRepDay(p.timeZone, now));
  const since = new Date(Math.min(windowStart.getTime(), ...dayStarts.map((d) => d.getTime())));
  const countRows =
    profiles.length === 0
      ? []
      : await db.$queryRaw<{ repId: string; today: bigint; recent: bigint }[]>`
      SELECT a."repId", count(*) FILTER (WHERE a."assignedAt" >= r.day_start) AS today, count(*) FILTER (WHERE a."assignedAt" >= ${windowStart}) AS recent
      FROM "LeadAssignment" a
      JOIN unnest(${profiles.map((p) => p.id)}::text[], ${dayStarts.map((d) => d.toISOString())}::timestamptz[]) AS r(rep_id, day_start) ON r.rep_id = a."repId"
      WHERE a."workspaceId" = ${workspaceId} AND a."assignedAt" >= ${since}
        AND a.kind::text IN ('ROUTED', 'MANUAL', 'REASSIGNED', 'SLA_REASSIGNED')
      GROUP BY a."repId"`;
  const open = new Map(openRows.map((r) => [r.repId, { count: Number(r.open), pipeline: Number(r.pipeline ?? 0) }]));
  const counts = new Map(countRows.map((r) => [r.repId, { today: Number(r.today), recent: Number(r.recent) }]));

  const reps: TRepState[] = profiles.map((p) => {
    return {
      id: p.id,
      name: p.user.name ?? p.user.email,
      profile: {
        skills: p.skills,
        industries: p.industries,
        segments: p.segments as TSegment[],
        languages: p.languages,
        regions: p.regions,
        timeZone: p.timeZone,
        workingHours: p.workingHours as { day: number; start: string; end: string }[],
        timeOff: p.timeOff.map((t) => ({ startsAt: t.startsAt, endsAt: t.endsAt })),
        maxOpenLeads: p.maxOpenLeads,
        maxNewLeadsPerDay: p.maxNewLeadsPerDay,
        routingWeight: p.routingWeight,
        seniority: p.seniority as TSeniorityTier,
        isActive: p.isActive && p.user.memberships.length > 0,
      },
      load: {
        openLeads: open.get(p.id)?.count ?? 0,
        openPipelineValue: open.get(p.id)?.pipeline ?? 0,
        newLeadsToday: counts.get(p.id)?.today ?? 0,
        assignedLastHours: counts.get(p.id)?.recent ?? 0,
        nextLeaveStartsAt: p.timeOff.find((t) => t.startsAt > now)?.startsAt ?? null,
      },
    };
  });
  return {
    reps,
    teams: teams.map((t) => ({ id: t.id, name: t.name, isActive: t.isActive, repIds: t.members.map((m) => m.repId) })),
    rotations: Object.fromEntries(pointers.map((p) => [p.poolId, p.state as unknown as TPoolRotation])),
    repNames: new Map(reps.map((r) => [r.id, r.name])),
    teamNames: new Map(teams.map((t) => [t.id, t.name])),
  };
}
