// What decideRouting needs for one workspace, in two parts:
//   loadRoster:   reps' profiles (skills, hours, time off, calendar busy blocks, caps, membership)
//                 — read BEFORE the routing lock: they change only when an admin edits them or a
//                 calendar sync caches new busy blocks (RepBusyBlock; nothing is fetched here);
//   loadLiveLoad: each rep's open leads, open pipeline value and new leads today (counters kept by
//                 database triggers, see the rep_load_counters migration) and the rotation
//                 pointers — read UNDER the routing lock, in one query, so they include every
//                 earlier decision. Nothing is scanned per lead (the recent-volume count only when
//                 a path balances by volume).
// A rep whose user is no longer a member of the workspace is never a candidate (their profile
// stays for history).
import type { DbTx } from "../../db/client";
import type { TRoutingConfig } from "../../domain/routing/routing-config";
import { volumeWindowHours } from "../../domain/routing/routing-config";
import { repLocalDay } from "../../domain/routing/rep-availability";
import { companyDomain } from "../../domain/routing/route-to-team";
import type { TPoolRotation, TRepState, TTeamState } from "../../domain/routing/routing-types";
import type { TSegment, TSeniorityTier } from "../../domain/reps/rep-options";

/** Lead statuses that count as open work for a rep. */
export const OPEN_LEAD_STATUSES = ["ASSIGNED", "ACCEPTED"] as const;

export interface TRoutingRoster {
  /** Reps with an empty load (filled in by loadLiveLoad). */
  reps: TRepState[];
  teams: TTeamState[];
  repNames: Map<string, string>;
  teamNames: Map<string, string>;
}

export interface TRoutingState extends TRoutingRoster {
  rotations: Record<string, TPoolRotation>;
}

type TDbLike = Pick<DbTx, "repProfile" | "team" | "$queryRaw">;

/** How far ahead busy blocks are loaded with the roster: enough to chain back-to-back meetings. */
const BUSY_LOOKAHEAD_MS = 24 * 3600_000;

export async function loadRoster(db: Pick<DbTx, "repProfile" | "team">, workspaceId: string, now: Date): Promise<TRoutingRoster> {
  // Sequential on purpose: inside a transaction (one connection) queries run one at a time anyway.
  const profiles = await db.repProfile.findMany({
    where: { workspaceId },
    include: { user: { select: { name: true, email: true, memberships: { where: { workspaceId }, select: { id: true } } } }, timeOff: { where: { endsAt: { gt: now } }, orderBy: { startsAt: "asc" } },
      // Calendar busy time, as cached by the calendar sync job: blocks overlapping [now, now + 1 day).
      busyBlocks: { where: { workspaceId, endsAt: { gt: now }, startsAt: { lt: new Date(now.getTime() + BUSY_LOOKAHEAD_MS) } }, orderBy: { startsAt: "asc" }, select: { startsAt: true, endsAt: true } },
    },
    orderBy: { createdAt: "asc" },
  });
  const teams = await db.team.findMany({ where: { workspaceId }, include: { members: { orderBy: { createdAt: "asc" }, select: { repId: true } } }, orderBy: { createdAt: "asc" } });
  const reps: TRepState[] = profiles.map((p) => ({
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
      ...(p.busyBlocks.length > 0 ? { busy: p.busyBlocks } : {}),
      maxOpenLeads: p.maxOpenLeads,
      maxNewLeadsPerDay: p.maxNewLeadsPerDay,
      routingWeight: p.routingWeight,
      seniority: p.seniority as TSeniorityTier,
      isActive: p.isActive && p.user.memberships.length > 0,
    },
    load: { openLeads: 0, openPipelineValue: 0, newLeadsToday: 0, assignedLastHours: 0, nextLeaveStartsAt: p.timeOff.find((t) => t.startsAt > now)?.startsAt ?? null },
  }));
  return {
    reps,
    teams: teams.map((t) => ({ id: t.id, name: t.name, isActive: t.isActive, repIds: t.members.map((m) => m.repId) })),
    repNames: new Map(reps.map((r) => [r.id, r.name])),
    teamNames: new Map(teams.map((t) => [t.id, t.name])),
  };
}

interface TLiveRow {
  open: { repId: string; openLeads: number; pipeline: number }[];
  today: { repId: string; newLeads: number }[];
  rotations: { poolId: string; state: TPoolRotation }[];
  accountOwner: string | null;
}

export interface TLiveLoad {
  state: TRoutingState;
  /** The registry entry for the lead's company domain ({} for free-mail or unknown domains). */
  accountOwners: Record<string, string>;
}

/**
 * The roster with every rep's live load, the rotation pointers and the account owner of the
 * lead's company domain. Call under the routing lock: one query.
 */
export async function loadLiveLoad(db: TDbLike, workspaceId: string, roster: TRoutingRoster, config: Pick<TRoutingConfig, "paths">, now: Date, leadEmail: string | null = null): Promise<TLiveLoad> {
  const domain = companyDomain(leadEmail);
  const repIds = roster.reps.map((r) => r.id);
  const days = roster.reps.map((r) => repLocalDay(r.profile.timeZone, now));
  const [live] = await db.$queryRaw<TLiveRow[]>`
    SELECT
      (SELECT COALESCE(json_agg(json_build_object('repId', "repId", 'openLeads', "openLeads", 'pipeline', "openPipelineValue"::float8)), '[]')
         FROM "RepLoad" WHERE "workspaceId" = ${workspaceId}) AS open,
      (SELECT COALESCE(json_agg(json_build_object('repId', d."repId", 'newLeads', d."newLeads")), '[]')
         FROM "RepDailyLoad" d JOIN unnest(${repIds}::text[], ${days}::text[]) AS t(rep_id, day) ON d."repId" = t.rep_id AND d."day" = t.day::date) AS today,
      (SELECT COALESCE(json_agg(json_build_object('poolId', "poolId", 'state', "state")), '[]')
         FROM "RotationPointer" WHERE "workspaceId" = ${workspaceId}) AS rotations,
      (SELECT "repId" FROM "AccountOwner" WHERE "workspaceId" = ${workspaceId} AND "domain" = ${domain ?? ""}) AS "accountOwner"`;
  const open = new Map(live!.open.map((r) => [r.repId, r]));
  const today = new Map(live!.today.map((r) => [r.repId, r.newLeads]));
  const recent = await countRecentAssignments(db, workspaceId, repIds, config, now);
  const reps = roster.reps.map((rep) => ({
    ...rep,
    load: {
      ...rep.load,
      openLeads: open.get(rep.id)?.openLeads ?? 0,
      openPipelineValue: open.get(rep.id)?.pipeline ?? 0,
      newLeadsToday: today.get(rep.id) ?? 0,
      assignedLastHours: recent.get(rep.id) ?? 0,
    },
  }));
  return {
    state: { ...roster, reps, rotations: Object.fromEntries(live!.rotations.map((r) => [r.poolId, r.state])) },
    accountOwners: domain && live!.accountOwner ? { [domain]: live!.accountOwner } : {},
  };
}

/** Both parts at once, for previews (Test a lead, Replay) that take no lock. */
export async function loadRoutingState(db: TDbLike, workspaceId: string, config: Pick<TRoutingConfig, "paths">, now: Date): Promise<TRoutingState> {
  return (await loadLiveLoad(db, workspaceId, await loadRoster(db, workspaceId, now), config, now)).state;
}

/** Assignments per rep within the volume window, only when some path balances by recent volume. */
async function countRecentAssignments(db: TDbLike, workspaceId: string, repIds: string[], config: Pick<TRoutingConfig, "paths">, now: Date): Promise<Map<string, number>> {
  const windowHours = volumeWindowHours(config);
  if (windowHours === null || repIds.length === 0) return new Map();
  const windowStart = new Date(now.getTime() - windowHours * 3600_000);
  const rows = await db.$queryRaw<{ repId: string; recent: bigint }[]>`
    SELECT "repId", count(*) AS recent FROM "LeadAssignment"
    WHERE "workspaceId" = ${workspaceId} AND "assignedAt" >= ${windowStart} AND "repId" = ANY(${repIds}::text[])
      AND kind::text IN ('ROUTED', 'MANUAL', 'REASSIGNED', 'SLA_REASSIGNED')
    GROUP BY "repId"`;
  return new Map(rows.map((r) => [r.repId, Number(r.recent)]));
}
