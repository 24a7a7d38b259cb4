// What decideRouting needs for one workspace, in two parts:
//   loadRoster:   reps' profiles (skills, hours, time off, calendar busy blocks, caps,
//                 membership) and teams — read BEFORE the routing lock: they change only when an
//                 admin edits them or a calendar sync caches new busy blocks (RepBusyBlock;
//                 nothing is fetched here);
//   loadLiveLoad: each rep's open leads, open pipeline value, backlog (untouched / past SLA /
//                 worked) and new leads today (counters kept by database triggers, see the
//                 rep_load_counters and backlog_counters migrations) and the rotation
//                 pointers and the learned pools' leads per rep this week (the floor share), and
//                 the meetings booked with the reps through Switchboard that keep them busy
//                 (booking-busy.ts, the SLA clock's definition: confirmed, buffers included;
//                 merged into each rep's busy time, so "available now" skips a rep in one with
//                 IN_MEETING) — read UNDER the routing lock, in one query, so they include every
//                 earlier decision and booking (bookings change without a roster version bump, so
//                 they are not in the cached roster; their read adds no statement).
//                 Nothing is scanned per lead (the recent-volume count only when a path balances
//                 by volume). The learned pools' outcome counters (load-learning.ts) are read and
//                 decayed before the lock (route-lead.ts passes them in `counters`).
// A rep whose user is no longer a member of the workspace is never a candidate (their profile
// stays for history).
import type { TRawSql } from "../../db/raw-sql";
import type { TRoutingConfig } from "../../domain/routing/routing-config";
import { volumeWindowHours } from "../../domain/routing/routing-config";
import { repLocalDay } from "../../domain/routing/rep-availability";
import { companyDomain } from "../../domain/routing/route-to-team";
import { readStoredRotation } from "../../domain/routing/rotation-state";
import type { TPoolRotation, TRepBacklog, TRepState, TTeamState } from "../../domain/routing/routing-types";
import type { TSegment, TSeniorityTier } from "../../domain/reps/rep-options";
import type { TPoolLearning } from "../../domain/routing/learned/learned-types";
import { rosterVersionOf } from "./roster-version";
import { bookedByRep, bookingBusySpansSql, withBookings, type TBookingBusyRow } from "./booking-busy";
import { learningOf, loadLearnedCounters, weekLoadArgs, WEEK_LOAD_SQL, type TLearnedCounters, type TWeekLoadRow } from "./load-learning";

/** Lead statuses that count as open work for a rep. */
export const OPEN_LEAD_STATUSES = ["ASSIGNED", "ACCEPTED"] as const;

export interface TRoutingRoster {
  /** Reps with an empty load (filled in by loadLiveLoad). */
  reps: TRepState[];
  teams: TTeamState[];
  repNames: Map<string, string>;
  teamNames: Map<string, string>;
  /** The workspace's published routing config version (null: never published). */
  publishedVersionId: string | null;
  /** RoutingRosterVersion when read (in the same statement): what the roster cache compares. */
  version: number;
}

export interface TRoutingState extends Omit<TRoutingRoster, "publishedVersionId" | "version"> {
  rotations: Record<string, TPoolRotation>;
  /** The learned pools' outcome counters and this week's shares (load-learning.ts), when the config has any. */
  learning?: Record<string, TPoolLearning>;
}

type TDbLike = Pick<TRawSql, "$queryRaw">;


interface TRosterRow {
  publishedVersionId: string | null;
  rosterVersion: number;
  reps: {
    id: string;
    userName: string | null;
    userEmail: string;
    isMember: boolean;
    skills: string[];
    industries: string[];
    segments: string[];
    languages: string[];
    regions: string[];
    timeZone: string;
    workingHours: { day: number; start: string; end: string }[];
    maxOpenLeads: number | null;
    maxNewLeadsPerDay: number | null;
    routingWeight: number;
    seniority: string;
    isActive: boolean;
    timeOff: { startsAt: string; endsAt: string }[];
    busy: { startsAt: string; endsAt: string }[];
  }[];
  teams: { id: string; name: string; isActive: boolean; repIds: string[] }[];
}

/** How far ahead busy blocks (and bookings, with the live load) are loaded: enough to chain back-to-back meetings. */
const BUSY_LOOKAHEAD_MS = 24 * 3600_000;

/** A `timestamp` column rendered by json_build_object (UTC, without zone) as a Date. */
const utc = (text: string) => new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(text) ? text : `${text}Z`);

/** The reps (profiles, hours, time off still to come, membership) and teams: one query. */
export async function loadRoster(db: TDbLike, workspaceId: string, now: Date): Promise<TRoutingRoster> {
  const at = now.toISOString();
  const busyUntil = new Date(now.getTime() + BUSY_LOOKAHEAD_MS).toISOString();
  const [row] = await db.$queryRaw<TRosterRow[]>`
    SELECT
      ${rosterVersionOf(workspaceId)} AS "rosterVersion",
      (SELECT "publishedVersionId" FROM "RoutingSettings" WHERE "workspaceId" = ${workspaceId}) AS "publishedVersionId",
      (SELECT COALESCE(json_agg(r ORDER BY r."createdAt", r."id"), '[]') FROM (
         SELECT p."id", p."createdAt", p."skills", p."industries", p."segments", p."languages", p."regions", p."timeZone", p."workingHours",
                p."maxOpenLeads", p."maxNewLeadsPerDay", p."routingWeight", p."seniority", p."isActive",
                u."name" AS "userName", u."email" AS "userEmail",
                EXISTS (SELECT 1 FROM "Membership" m WHERE m."workspaceId" = p."workspaceId" AND m."userId" = p."userId") AS "isMember",
                (SELECT COALESCE(json_agg(json_build_object('startsAt', t."startsAt", 'endsAt', t."endsAt") ORDER BY t."startsAt"), '[]')
                   FROM "RepTimeOff" t WHERE t."repId" = p."id" AND t."endsAt" > ${at}::timestamptz AT TIME ZONE 'UTC') AS "timeOff",
                -- Calendar busy time as cached by the calendar sync job: blocks overlapping [now, now + 1 day).
                (SELECT COALESCE(json_agg(json_build_object('startsAt', b."startsAt", 'endsAt', b."endsAt") ORDER BY b."startsAt"), '[]')
                   FROM "RepBusyBlock" b WHERE b."repId" = p."id" AND b."workspaceId" = p."workspaceId"
                    AND b."endsAt" > ${at}::timestamptz AT TIME ZONE 'UTC' AND b."startsAt" < ${busyUntil}::timestamptz AT TIME ZONE 'UTC') AS "busy"
           FROM "RepProfile" p JOIN "User" u ON u."id" = p."userId"
          WHERE p."workspaceId" = ${workspaceId}) r) AS "reps",
      (SELECT COALESCE(json_agg(t ORDER BY t."createdAt", t."id"), '[]') FROM (
         SELECT tm."id", tm."name", tm."isActive", tm."createdAt",
                (SELECT COALESCE(json_agg(x."repId" ORDER BY x."createdAt", x."repId"), '[]') FROM "TeamMember" x WHERE x."teamId" = tm."id") AS "repIds"
           FROM "Team" tm WHERE tm."workspaceId" = ${workspaceId}) t) AS "teams"`;
  const reps: TRepState[] = row!.reps.map((p) => {
    const timeOff = p.timeOff.map((t) => ({ startsAt: utc(t.startsAt), endsAt: utc(t.endsAt) }));
    const busy = p.busy.map((b) => ({ startsAt: utc(b.startsAt), endsAt: utc(b.endsAt) }));
    return {
      id: p.id,
      name: p.userName ?? p.userEmail,
      profile: {
        skills: p.skills,
        industries: p.industries,
        segments: p.segments as TSegment[],
        languages: p.languages,
        regions: p.regions,
        timeZone: p.timeZone,
        workingHours: p.workingHours,
        timeOff,
        ...(busy.length > 0 ? { busy } : {}),
        maxOpenLeads: p.maxOpenLeads,
        maxNewLeadsPerDay: p.maxNewLeadsPerDay,
        routingWeight: p.routingWeight,
        seniority: p.seniority as TSeniorityTier,
        isActive: p.isActive && p.isMember,
      },
      load: { openLeads: 0, openPipelineValue: 0, newLeadsToday: 0, assignedLastHours: 0, nextLeaveStartsAt: null },
    };
  });
  const teams = row!.teams.map((t) => ({ id: t.id, name: t.name, isActive: t.isActive, repIds: t.repIds }));
  return {
    reps,
    teams,
    repNames: new Map(reps.map((r) => [r.id, r.name])),
    teamNames: new Map(teams.map((t) => [t.id, t.name])),
    publishedVersionId: row!.publishedVersionId,
    version: row!.rosterVersion,
  };
}

interface TLiveRow {
  open: ({ repId: string; openLeads: number; pipeline: number } & TRepBacklog)[];
  today: { repId: string; newLeads: number }[];
  rotations: { poolId: string; state: unknown }[];
  week: TWeekLoadRow[];
  bookings: TBookingBusyRow[];
  accountOwner: string | null;
  hasActiveEnrollment: boolean;
  rosterVersion: number;
  afterLockMs: number;
  lockedAtMs?: number;
}

export interface TLiveLoad {
  state: TRoutingState;
  /** The registry entry for the lead's company domain ({} for free-mail or unknown domains). */
  accountOwners: Record<string, string>;
  /** Whether some lead of the lead's person email has an active nurture enrolment (false without an email). */
  hasActiveEnrollment: boolean;
  /** RoutingRosterVersion now: a roster of another version is stale (reload it before deciding). */
  rosterVersion: number;
  /** The statement's time in the database after the lock was granted (ms). */
  afterLockMs: number;
  /** When the lock was granted, ms since the epoch on the database's clock. */
  lockedAtMs?: number;
}

/**
 * The live part, read by ONE statement (the function switchboard_routing_read, migration
 * routing_locked_read): with `lockKey`, it first takes that transaction lock and reads after it
 * was granted. Arguments in one jsonb $1; the text itself is constant.
 */
const LIVE_LOAD_COMMON_SQL = `
    'rosterVersion', COALESCE((SELECT "version" FROM "RoutingRosterVersion" WHERE "workspaceId" = $1->>'workspaceId'), 0)::float8,
    'open', (SELECT COALESCE(jsonb_agg(jsonb_build_object('repId', "repId", 'openLeads', "openLeads", 'pipeline', "openPipelineValue"::float8,
                                                          'uncontacted', "untouchedLeads", 'pastSla', "pastSlaLeads", 'worked', "workedLeads")), '[]')
               FROM "RepLoad" WHERE "workspaceId" = $1->>'workspaceId'),
    'today', (SELECT COALESCE(jsonb_agg(jsonb_build_object('repId', d."repId", 'newLeads', d."newLeads")), '[]')
                FROM "RepDailyLoad" d JOIN jsonb_to_recordset($1->'days') AS t("repId" text, "day" date) ON d."repId" = t."repId" AND d."day" = t."day"),
    'rotations', (SELECT COALESCE(jsonb_agg(jsonb_build_object('poolId', "poolId", 'state', "state")), '[]')
                    FROM "RotationPointer" WHERE "workspaceId" = $1->>'workspaceId'),
    -- The learned pools' leads per rep this week (floor share), only when the config has some.
    'week', ${WEEK_LOAD_SQL},
    -- Meetings booked through Switchboard keeping a rep busy in [now, now + 1 day) (the SLA clock's definition).
    'bookings', (SELECT COALESCE(jsonb_agg(jsonb_build_object('repId', s."repId", 'startsAt', s."startsAt", 'endsAt', s."endsAt") ORDER BY s."startsAt"), '[]')
                   FROM (${bookingBusySpansSql(`k."workspaceId" = $1->>'workspaceId'`, `($1->>'busyFrom')::timestamptz AT TIME ZONE 'UTC'`, `($1->>'busyUntil')::timestamptz AT TIME ZONE 'UTC'`)}) s),`;

const LIVE_LOAD_SQL = `
  SELECT jsonb_build_object(${LIVE_LOAD_COMMON_SQL}
    'accountOwner', (SELECT "repId" FROM "AccountOwner" WHERE "workspaceId" = $1->>'workspaceId' AND "domain" = $1->>'domain'),
    -- Case-insensitive, as the enrolment exits match a person's leads (no email: false); on the
    -- (workspaceId, lower(email)) index, so a few index reads under the lock, not every person.
    'hasActiveEnrollment', EXISTS (
      SELECT 1 FROM "Person" p JOIN "Lead" l ON l."personId" = p."id" JOIN "NurtureEnrollment" e ON e."leadId" = l."id" AND e."status" = 'ACTIVE'
       WHERE p."workspaceId" = $1->>'workspaceId' AND lower(p."email") = lower($1->>'email')))`;

/**
 * The same for a batch of leads (group commit): the owners of all their domains, which of their
 * emails have an active enrolment. "= ANY (ARRAY(…))" makes the lists index conditions (an IN over
 * the JSON array was planned as a hash join reading every person and lead of the workspace).
 */
const BATCH_LIVE_LOAD_SQL = `
  SELECT jsonb_build_object(${LIVE_LOAD_COMMON_SQL}
    'accountOwners', (SELECT COALESCE(jsonb_object_agg(o."domain", o."repId"), '{}') FROM "AccountOwner" o
                       WHERE o."workspaceId" = $1->>'workspaceId' AND o."domain" = ANY (ARRAY(SELECT jsonb_array_elements_text($1->'domains')))),
    'activeEmails', (SELECT COALESCE(jsonb_agg(DISTINCT lower(p."email")), '[]')
      FROM "Person" p JOIN "Lead" l ON l."personId" = p."id" JOIN "NurtureEnrollment" e ON e."leadId" = l."id" AND e."status" = 'ACTIVE'
     WHERE p."workspaceId" = $1->>'workspaceId' AND lower(p."email") = ANY (ARRAY(SELECT lower(x) FROM jsonb_array_elements_text($1->'emails') AS x))))`;

export interface TLiveLoadOptions {
  /** Take the workspace routing lock first (live routing). */
  lock?: boolean;
  /** The learned pools' counters, read before the lock (else read here). */
  counters?: TLearnedCounters;
  /** Bookings are read from here (default: `now`): Replay decides past leads at their own times. */
  busyFrom?: Date;
}

/** The routing lock's key (pg_advisory_xact_lock(hashtext(key))): one per workspace. */
export const routingLockKey = (workspaceId: string) => `routing:${workspaceId}`;

/**
 * The roster with every rep's live load, the rotation pointers, the learned pools' learning
 * (`options.counters`, or read first, with this week's load read by the statement), the account owner of the lead's
 * company domain, whether the lead's person has an active nurture enrolment (what the nurture
 * step after the decision needs) and the roster version. One statement; with `lock`, it takes the
 * workspace routing lock first and reads under it (`afterLockMs`: its time in the database since
 * the lock was granted).
 */
export async function loadLiveLoad(
  db: TDbLike,
  workspaceId: string,
  roster: TRoutingRoster,
  config: Pick<TRoutingConfig, "paths" | "policies">,
  now: Date,
  leadEmail: string | null = null,
  options: TLiveLoadOptions = {},
): Promise<TLiveLoad> {
  const domain = companyDomain(leadEmail);
  const { live, ...read } = await readLive<TLiveRow>(db, workspaceId, roster, config, now, LIVE_LOAD_SQL, { domain, email: leadEmail }, options);
  return {
    ...read,
    accountOwners: domain && live.accountOwner ? { [domain]: live.accountOwner } : {},
    hasActiveEnrollment: live.hasActiveEnrollment,
  };
}

export interface TBatchLiveLoad extends Omit<TLiveLoad, "hasActiveEnrollment"> {
  /** The emails (lower case) of the batch that some lead with an active nurture enrolment has. */
  activeEmails: ReadonlySet<string>;
}

/** loadLiveLoad for a batch of leads (group commit): the account owners of all their company domains, which of their emails are enrolled. */
export async function loadBatchLiveLoad(
  db: TDbLike,
  workspaceId: string,
  roster: TRoutingRoster,
  config: Pick<TRoutingConfig, "paths" | "policies">,
  now: Date,
  leadEmails: readonly (string | null)[],
  options: TLiveLoadOptions = {},
): Promise<TBatchLiveLoad> {
  const emails = [...new Set(leadEmails.filter((e): e is string => e !== null))];
  const domains = [...new Set(emails.map(companyDomain).filter((d): d is string => d !== null))];
  type TBatchRow = Omit<TLiveRow, "accountOwner" | "hasActiveEnrollment"> & { accountOwners: Record<string, string>; activeEmails: string[] };
  const { live, ...read } = await readLive<TBatchRow>(db, workspaceId, roster, config, now, BATCH_LIVE_LOAD_SQL, { domains, emails }, options);
  return { ...read, accountOwners: live.accountOwners, activeEmails: new Set(live.activeEmails) };
}

/** The statement both run, and the state from its common part. */
async function readLive<TRow extends Omit<TLiveRow, "accountOwner" | "hasActiveEnrollment">>(
  db: TDbLike,
  workspaceId: string,
  roster: TRoutingRoster,
  config: Pick<TRoutingConfig, "paths" | "policies">,
  now: Date,
  sql: string,
  perLead: Record<string, unknown>,
  options: TLiveLoadOptions,
): Promise<Omit<TLiveLoad, "accountOwners" | "hasActiveEnrollment"> & { live: TRow }> {
  // The outcome counters of `config`'s learned pools: the caller's (read before the lock), else read here.
  const counters = options.counters ?? (await loadLearnedCounters(db, workspaceId, config, now));
  const repIds = roster.reps.map((r) => r.id);
  const days = roster.reps.map((r) => ({ repId: r.id, day: repLocalDay(r.profile.timeZone, now) }));
  const busyFrom = (options.busyFrom && options.busyFrom < now ? options.busyFrom : now).toISOString();
  const busyUntil = new Date(now.getTime() + BUSY_LOOKAHEAD_MS).toISOString();
  const args = JSON.stringify({ workspaceId, days, busyFrom, busyUntil, ...perLead, weekLoad: weekLoadArgs(counters) });
  const [row] = await db.$queryRaw<{ live: TRow }[]>`
    SELECT "switchboard_routing_read"(${options.lock ? routingLockKey(workspaceId) : null}::text, ${sql}::text, ${args}::jsonb) AS "live"`;
  const live = row!.live;
  const open = new Map(live.open.map((r) => [r.repId, r]));
  const today = new Map(live.today.map((r) => [r.repId, r.newLeads]));
  const recent = await countRecentAssignments(db, workspaceId, repIds, config, now);
  const learning = learningOf(counters, live.week);
  const withBacklog = usesBacklog(config);
  const booked = bookedByRep(live.bookings, utc);
  const reps = roster.reps.map((rep) => ({
    ...rep,
    profile: withBookings(rep.profile, booked.get(rep.id)),
    load: {
      ...rep.load,
      openLeads: open.get(rep.id)?.openLeads ?? 0,
      openPipelineValue: open.get(rep.id)?.pipeline ?? 0,
      newLeadsToday: today.get(rep.id) ?? 0,
      assignedLastHours: recent.get(rep.id) ?? 0,
      // From the roster's time off (still to come when it was read), as of this decision's now.
      nextLeaveStartsAt: rep.profile.timeOff.find((t) => t.startsAt > now)?.startsAt ?? null,
      ...(withBacklog ? { backlog: backlogOf(open.get(rep.id)) } : {}),
    },
  }));
  return {
    live,
    state: {
      reps,
      teams: roster.teams,
      repNames: roster.repNames,
      teamNames: roster.teamNames,
      rotations: rotationsByPool(live.rotations),
      ...(learning ? { learning } : {}),
    },
    rosterVersion: live.rosterVersion,
    afterLockMs: live.afterLockMs,
    ...(live.lockedAtMs === undefined ? {} : { lockedAtMs: live.lockedAtMs }),
  };
}

/** Both parts at once, for previews (Test a lead, Replay) that take no lock. */
export async function loadRoutingState(db: TDbLike, workspaceId: string, config: Pick<TRoutingConfig, "paths" | "policies">, now: Date): Promise<TRoutingState> {
  return (await loadLiveLoad(db, workspaceId, await loadRoster(db, workspaceId, now), config, now)).state;
}

/** Whether some pool limits capacity by the live backlog (capacity filter with `backlog`). */
function usesBacklog(config: Pick<TRoutingConfig, "paths">): boolean {
  return config.paths.some((p) => p.destination.type === "team" && p.destination.strategy.filters.some((f) => f.type === "capacity" && f.backlog));
}

/** A rep's open leads by how worked they are (RepLoad's counters, kept by triggers on Lead; none: 0). */
function backlogOf(row: TRepBacklog | undefined): TRepBacklog {
  return { uncontacted: row?.uncontacted ?? 0, pastSla: row?.pastSla ?? 0, worked: row?.worked ?? 0 };
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

/** The pools' stored rotation states by pool id, in either stored form (rotation-state.ts). */
function rotationsByPool(rows: readonly { poolId: string; state: unknown }[]): Record<string, TPoolRotation> {
  const rotations: Record<string, TPoolRotation> = {};
  for (const row of rows) {
    const state = readStoredRotation(row.state);
    if (state) rotations[row.poolId] = state;
  }
  return rotations;
}
