// What booking needs to know about a lead, loaded once (always scoped to the workspace): its
// current owner, the meeting type of the path/team it was routed by, and each candidate rep's
// availability (zone, weekly hours, time off, calendar busy blocks, confirmed bookings).
import type { Db, DbTx } from "../../db/client";
import { DEFAULT_MEETING_TYPE, resolveMeetingType, type TMeetingTypeRecord, type TMeetingTypeSettings } from "../../domain/booking/meeting-type";
import type { TBookedSpan, TSpan } from "../../domain/booking/free-slots";
import { AppError } from "../../errors";
import { loadBusyBlocks } from "../calendars/busy-blocks";
import { listMeetingTypes } from "./meeting-types";

export interface TBookingRep {
  id: string;
  userId: string;
  name: string;
  email: string;
  title: string;
  timeZone: string;
  workingHours: { day: number; start: string; end: string }[];
  isActive: boolean;
}

export interface TRepAvailability {
  rep: TBookingRep;
  busy: TSpan[];
  bookings: TBookedSpan[];
}

/** The columns a confirmed booking blocks a rep's time with: its meeting time and its meeting type's buffers. */
export const BOOKED_SPAN_SELECT = { startsAt: true, endsAt: true, meetingType: { select: { bufferBeforeMinutes: true, bufferAfterMinutes: true } } } as const;

export function bookedSpanOf(row: { startsAt: Date; endsAt: Date; meetingType: { bufferBeforeMinutes: number; bufferAfterMinutes: number } | null }): TBookedSpan {
  return { startsAt: row.startsAt, endsAt: row.endsAt, bufferBeforeMinutes: row.meetingType?.bufferBeforeMinutes, bufferAfterMinutes: row.meetingType?.bufferAfterMinutes };
}

export interface TLeadBookingContext {
  workspaceId: string;
  leadId: string;
  /** The prospect's name and email (for invites), when known. */
  contact: { name: string | null; email: string | null; company: string | null };
  leadTimeZone: string | null;
  /** The current owner, or null while the lead is not (yet) assigned to a rep. */
  ownerRepId: string | null;
  assignmentId: string | null;
  /** The routing decision's path and team (meeting type lookup, next best rep). */
  route: { pathId: string | null; teamId: string | null };
  meetingType: TMeetingTypeSettings & { id: string | null };
  /** The lead's confirmed booking, if any. */
  booking: { id: string; repId: string; startsAt: Date; endsAt: Date } | null;
}

/** Busy blocks from connected calendars (default: the calendar sync's cache, RepBusyBlock; nothing is fetched). */
export type TLoadBusy = (db: Db | DbTx, workspaceId: string, repIds: string[], from: Date, to: Date) => Promise<{ repId: string; startsAt: Date; endsAt: Date }[]>;

export const cachedCalendarBusy: TLoadBusy = loadBusyBlocks;

export async function loadLeadBookingContext(db: Db | DbTx, workspaceId: string, leadId: string): Promise<TLeadBookingContext> {
  const lead = await db.lead.findFirst({
    where: { id: leadId, workspaceId },
    select: {
      id: true,
      timeZone: true,
      contactName: true,
      contactCompany: true,
      person: { select: { email: true, name: true, company: true } },
      assignments: { where: { isCurrent: true }, select: { id: true, repId: true, decision: true }, take: 1 },
      bookings: { where: { status: "CONFIRMED" }, select: { id: true, repId: true, startsAt: true, endsAt: true }, orderBy: { startsAt: "desc" }, take: 1 },
    },
  });
  if (!lead) throw new AppError("NOT_FOUND", "Lead not found");
  const current = lead.assignments[0];
  const decision = (current?.decision ?? {}) as { pathId?: unknown; teamId?: unknown };
  const route = { pathId: typeof decision.pathId === "string" ? decision.pathId : null, teamId: typeof decision.teamId === "string" ? decision.teamId : null };
  const types: TMeetingTypeRecord[] = await listMeetingTypes(db, workspaceId);
  const chosen = resolveMeetingType(types, route);
  return {
    workspaceId,
    leadId: lead.id,
    contact: { name: lead.contactName ?? lead.person?.name ?? null, email: lead.person?.email ?? null, company: lead.contactCompany ?? lead.person?.company ?? null },
    leadTimeZone: lead.timeZone,
    ownerRepId: current?.repId ?? null,
    assignmentId: current?.id ?? null,
    route,
    meetingType: chosen ?? { ...DEFAULT_MEETING_TYPE, id: null },
    booking: lead.bookings[0] ?? null,
  };
}

export async function loadBookingReps(db: Db | DbTx, workspaceId: string, repIds: string[]): Promise<TBookingRep[]> {
  const reps = await db.repProfile.findMany({
    where: { workspaceId, id: { in: repIds }, user: { memberships: { some: { workspaceId } } } },
    select: { id: true, userId: true, title: true, timeZone: true, workingHours: true, isActive: true, user: { select: { name: true, email: true } } },
  });
  return reps.map((r) => ({
    id: r.id,
    userId: r.userId,
    name: r.user.name ?? r.user.email,
    email: r.user.email,
    title: r.title,
    timeZone: r.timeZone,
    workingHours: r.workingHours as TBookingRep["workingHours"],
    isActive: r.isActive,
  }));
}

/** Each rep's time off, calendar busy blocks and confirmed bookings overlapping [from, to). */
export async function loadAvailability(db: Db | DbTx, workspaceId: string, reps: TBookingRep[], from: Date, to: Date, loadBusy: TLoadBusy): Promise<TRepAvailability[]> {
  const repIds = reps.map((r) => r.id);
  const overlapping = { startsAt: { lt: to }, endsAt: { gt: from } };
  const [timeOff, bookings, calendar] = await Promise.all([
    db.repTimeOff.findMany({ where: { repId: { in: repIds }, rep: { workspaceId }, ...overlapping }, select: { repId: true, startsAt: true, endsAt: true } }),
    db.booking.findMany({ where: { workspaceId, repId: { in: repIds }, status: "CONFIRMED", ...overlapping }, select: { repId: true, ...BOOKED_SPAN_SELECT } }),
    loadBusy(db, workspaceId, repIds, from, to),
  ]);
  return reps.map((rep) => ({
    rep,
    busy: [...timeOff, ...calendar].filter((b) => b.repId === rep.id).map(({ startsAt, endsAt }) => ({ startsAt, endsAt })),
    bookings: bookings.filter((b) => b.repId === rep.id).map(bookedSpanOf),
  }));
}

export function initialsOf(name: string): string {
  const words = name.trim().split(/[\s@._-]+/).filter(Boolean);
  return ((words[0]?.[0] ?? "") + (words.length > 1 ? (words[words.length - 1]?.[0] ?? "") : "")).toUpperCase() || "?";
}
