// The routing document as `GET /api/v1/routing` shows it (teams, rep routing profiles, the
// published config and its version, meeting types), and its content without the config: what a
// PUT compares to tell "changed nothing", and what a dashboard team or rep edit compares to tell
// whether it moves the version (routing-document-version.ts). Reads only.
import type { DbTx } from "../../db/client";
import type { TMeetingTypeRecord } from "../../domain/booking/meeting-type";
import { canonicalJson } from "../../domain/canonical-json";
import type { TSegment, TSeniorityTier } from "../../domain/reps/rep-options";
import type { TRoutingConfig } from "../../domain/routing/routing-config";
import { listMeetingTypes } from "../bookings/meeting-types";
import { getPublishedRouting } from "./routing-settings";

export interface TRoutingDocumentView {
  version: number | null;
  teams: { id: string; name: string; description: string; isActive: boolean; members: string[] }[];
  reps: {
    id: string;
    email: string;
    name: string | null;
    title: string;
    seniority: TSeniorityTier;
    skills: string[];
    industries: string[];
    segments: TSegment[];
    languages: string[];
    regions: string[];
    timeZone: string;
    workingHours: { day: number; start: string; end: string }[];
    maxOpenLeads: number | null;
    maxNewLeadsPerDay: number | null;
    routingWeight: number;
    isActive: boolean;
    /** Out-of-office periods, oldest first. */
    timeOff: { id: string; startsAt: string; endsAt: string; note: string }[];
  }[];
  /** The published config; null before the first publish. */
  config: TRoutingConfig | null;
  /** Booking's meeting types per team or path (none = built-in defaults). */
  meetingTypes: TMeetingTypeRecord[];
}

export async function getRoutingDocument(db: DbTx, workspaceId: string): Promise<TRoutingDocumentView> {
  const published = await getPublishedRouting(db, workspaceId);
  const { teams, reps, meetingTypes } = await getRoutingRoster(db, workspaceId);
  return { version: published?.version ?? null, teams, reps, config: published?.config ?? null, meetingTypes };
}

/** The document's teams, reps and meeting types (what documentContent compares), without the published config. */
export async function getRoutingRoster(db: DbTx, workspaceId: string): Promise<Pick<TRoutingDocumentView, "teams" | "reps" | "meetingTypes">> {
  const teams = await db.team.findMany({ where: { workspaceId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], include: { members: { orderBy: [{ createdAt: "asc" }, { repId: "asc" }], select: { repId: true } } } });
  const reps = await db.repProfile.findMany({ where: { workspaceId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], include: { user: { select: { email: true, name: true } }, timeOff: { orderBy: [{ startsAt: "asc" }, { id: "asc" }] } } });
  return {
    teams: teams.map((t) => ({ id: t.id, name: t.name, description: t.description, isActive: t.isActive, members: t.members.map((m) => m.repId) })),
    reps: reps.map((r) => ({
      id: r.id,
      email: r.user.email,
      name: r.user.name,
      title: r.title,
      seniority: r.seniority as TSeniorityTier,
      skills: r.skills,
      industries: r.industries,
      segments: r.segments as TSegment[],
      languages: r.languages,
      regions: r.regions,
      timeZone: r.timeZone,
      workingHours: r.workingHours as { day: number; start: string; end: string }[],
      maxOpenLeads: r.maxOpenLeads,
      maxNewLeadsPerDay: r.maxNewLeadsPerDay,
      routingWeight: r.routingWeight,
      isActive: r.isActive,
      timeOff: r.timeOff.map((p) => ({ id: p.id, startsAt: p.startsAt.toISOString(), endsAt: p.endsAt.toISOString(), note: p.note })),
    })),
    meetingTypes: await listMeetingTypes(db, workspaceId),
  };
}

/** Teams, reps and meeting types as one comparable string (the config and version left out). */
export function documentContent({ teams, reps, meetingTypes }: Pick<TRoutingDocumentView, "teams" | "reps" | "meetingTypes">): string {
  return canonicalJson({ teams, reps, meetingTypes });
}
