// Loads what decideRouting needs for one workspace: reps with their live load, teams, rotation
// states, the account owner of a company domain. Called inside the routing lock's transaction so
// loads and rotation pointers are read after every earlier decision has been written.
import type { DbTx } from "../../db/client";
import type { TRoutingConfig } from "../../domain/routing/routing-config";
import { volumeWindowHours } from "../../domain/routing/routing-config";
import { startOfRepDay } from "../../domain/routing/rep-availability";
import type { TPoolRotation, TRepState, TTeamState } from "../../domain/routing/routing-types";
import type { TSegment, TSeniorityTier } from "../../domain/reps/rep-options";

/** Lead statuses that count as open work for a rep. */
export const OPEN_LEAD_STATUSES = ["ASSIGNED", "ACCEPTED"] as const;
const DAY_MS = 24 * 60 * 60 * 1000;

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
  const since = new Date(Math.min(now.getTime() - 2 * DAY_MS, now.getTime() - windowHours * 3600_000));
  // Sequential on purpose: inside a transaction (one connection) queries run one at a time anyway.
  const profiles = await db.repProfile.findMany({
      where: { workspaceId },
      include: { user: { select: { name: true, email: true } }, timeOff: { where: { endsAt: { gt: now } }, orderBy: { startsAt: "asc" } } },
      orderBy: { createdAt: "asc" },
  });
  const teams = await db.team.findMany({ where: { workspaceId }, include: { members: { orderBy: { createdAt: "asc" }, select: { repId: true } } }, orderBy: { createdAt: "asc" } });
  const pointers = await db.rotationPointer.findMany({ where: { workspaceId } });
  const openRows = await db.$queryRaw<{ repId: string; open: bigint; pipeline: string | null }[]>`
      SELECT "ownerRepId" AS "repId", count(*) AS open, sum("estimatedValue")::text AS pipeline
      FROM "Lead" WHERE "workspaceId" = ${workspaceId} AND "ownerRepId" IS NOT NULL AND status::text IN ('ASSIGNED', 'ACCEPTED')
      GROUP BY "ownerRepId"`;
  const recentRows = await db.$queryRaw<{ repId: string; assignedAt: Date }[]>`
      SELECT "repId", "assignedAt" FROM "LeadAssignment"
      WHERE "workspaceId" = ${workspaceId} AND "repId" IS NOT NULL AND "assignedAt" >= ${since}
        AND kind::text IN ('ROUTED', 'MANUAL', 'REASSIGNED', 'SLA_REASSIGNED')`;
  const open = new Map(openRows.map((r) => [r.repId, { count: Number(r.open), pipeline: Number(r.pipeline ?? 0) }]));
  const recent = new Map<string, Date[]>();
  for (const row of recentRows) recent.set(row.repId, [...(recent.get(row.repId) ?? []), new Date(row.assignedAt)]);
  const windowStart = now.getTime() - windowHours * 3600_000;

  const reps: TRepState[] = profiles.map((p) => {
    const dayStart = startOfRepDay(p.timeZone, now).getTime();
    const assigned = recent.get(p.id) ?? [];
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
        isActive: p.isActive,
      },
      load: {
        openLeads: open.get(p.id)?.count ?? 0,
        openPipelineValue: open.get(p.id)?.pipeline ?? 0,
        newLeadsToday: assigned.filter((d) => d.getTime() >= dayStart).length,
        assignedLastHours: assigned.filter((d) => d.getTime() >= windowStart).length,
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
