// Loading rep profiles, always scoped by the caller's workspace, and shaping them for callers.
import type { DbTx } from "../../db/client";
import { describeAvailability, type TAvailability } from "../../domain/reps/describe-availability";
import type { TSegment, TSeniorityTier } from "../../domain/reps/rep-options";
import { sortWeeklyHours, type TWorkingInterval, ZWeeklyHours } from "../../domain/reps/working-hours";
import { zoneName } from "../../domain/time/zone-name";
import { AppError } from "../../errors";

/** A rep profile of this workspace, or NOT_FOUND (also for ids of other workspaces). */
export async function loadRepOrThrow(db: DbTx, workspaceId: string, repId: string) {
  const rep = await db.repProfile.findFirst({ where: { id: repId, workspaceId }, include: { timeOff: { select: { id: true } } } });
  if (!rep) throw new AppError("NOT_FOUND", "Rep not found.");
  return rep;
}

/** Stored JSON → working hours; a damaged value reads as "no hours" rather than failing the page. */
export function readWorkingHours(value: unknown): TWorkingInterval[] {
  const parsed = ZWeeklyHours.safeParse(value);
  return parsed.success ? sortWeeklyHours(parsed.data) : [];
}

export const repInclude = {
  user: { select: { id: true, name: true, email: true } },
  teams: { include: { team: { select: { id: true, name: true, isActive: true } } } },
} as const;

export interface TRepSummary {
  id: string;
  userId: string;
  name: string;
  email: string;
  title: string;
  seniority: TSeniorityTier;
  skills: string[];
  industries: string[];
  segments: TSegment[];
  languages: string[];
  regions: string[];
  timeZone: string;
  /** The zone as people read it, with its offset now: "Los Angeles (GMT−8)" (zoneName). */
  timeZoneName: string;
  workingHours: TWorkingInterval[];
  maxOpenLeads: number | null;
  maxNewLeadsPerDay: number | null;
  routingWeight: number;
  isActive: boolean;
  teams: { id: string; name: string; isActive: boolean }[];
  availability: TAvailability;
}

interface TRepRow {
  id: string;
  userId: string;
  title: string;
  seniority: TSeniorityTier;
  skills: string[];
  industries: string[];
  segments: TSegment[];
  languages: string[];
  regions: string[];
  timeZone: string;
  workingHours: unknown;
  maxOpenLeads: number | null;
  maxNewLeadsPerDay: number | null;
  routingWeight: number;
  isActive: boolean;
  user: { name: string | null; email: string };
  teams: { team: { id: string; name: string; isActive: boolean } }[];
  timeOff: { startsAt: Date; endsAt: Date }[];
  /** Cached calendar busy blocks overlapping now (busyNowInclude), when loaded. */
  busyBlocks?: { startsAt: Date; endsAt: Date }[];
}

/** The rep's cached calendar blocks that matter for "in a meeting now" (ending later, starting within a day). */
export function busyNowInclude(now: Date) {
  return { where: { endsAt: { gt: now }, startsAt: { lt: new Date(now.getTime() + 24 * 3600_000) } }, orderBy: { startsAt: "asc" as const }, select: { startsAt: true, endsAt: true } };
}

/** The row with the rep's booked meetings (loadBookedSpansNow) added to its calendar blocks, in start order. */
export function withBookedSpans<T extends Pick<TRepRow, "busyBlocks">>(row: T, booked: readonly { startsAt: Date; endsAt: Date }[] | undefined): T {
  if (!booked || booked.length === 0) return row;
  return { ...row, busyBlocks: [...(row.busyBlocks ?? []), ...booked].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime()) };
}

export function toRepSummary(row: TRepRow, now: Date): TRepSummary {
  const workingHours = readWorkingHours(row.workingHours);
  return {
    id: row.id,
    userId: row.userId,
    name: row.user.name?.trim() || row.user.email,
    email: row.user.email,
    title: row.title,
    seniority: row.seniority,
    skills: row.skills,
    industries: row.industries,
    segments: row.segments,
    languages: row.languages,
    regions: row.regions,
    timeZone: row.timeZone,
    timeZoneName: zoneName(row.timeZone, now),
    workingHours,
    maxOpenLeads: row.maxOpenLeads,
    maxNewLeadsPerDay: row.maxNewLeadsPerDay,
    routingWeight: row.routingWeight,
    isActive: row.isActive,
    teams: row.teams.map((t) => t.team).sort((a, b) => a.name.localeCompare(b.name)),
    availability: describeAvailability({ isActive: row.isActive, timeZone: row.timeZone, workingHours, timeOff: row.timeOff, busy: row.busyBlocks ?? [] }, now),
  };
}

/** The name a rep is shown by (the member's name, else email), for notes such as a routing version's. */
export async function repDisplayName(db: DbTx, userId: string): Promise<string> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { name: true, email: true } });
  return user?.name?.trim() || user?.email || "a rep";
}
