// Routing as code: teams, rep routing profiles and the routing config as one JSON document
// (`GET` / `PUT /api/v1/routing`). The rep profile and team fields reuse the dashboard's schemas
// (same messages, except working hours: ZApiWeeklyHours words them for a JSON document); the
// config is ZRoutingConfig. checkRoutingDocument adds what a schema cannot know — ids that must exist in the workspace, unique names, members, roles, refs and the fallback —
// as field errors with dotted paths ("reps.1.timeZone", "teams.0.members.3",
// "config.paths.2.when.conditions.0.ref"). Pure: the service loads the context and applies it.
// A team's members are its rotation order: a rep listed twice in one team is refused at the
// second entry, naming the rep and the first (it was silently listed once).
// Roles (member-role-in-routing.ts): an active rep profile must belong to a member who works leads
// (not a Marketer): a new active rep, reactivating one, a team member and a rep named by the config
// are refused otherwise, judged on the reps as the document leaves them (an inactive rep is fine).
//
// PUT semantics: listed teams and reps are updated (a team without an `id` but with a `key` is
// created; config paths may name it by that key as teamId); teams and reps left out are kept as
// they are (nothing is deleted over the API: set isActive false). `version` is the published
// version the document was read at: given (or as If-Match), the PUT applies only while it is still
// the published one, else 409 (routing-document service); left out, the PUT overwrites. A rep's
// `email` and `name` (those of the member's account) are read-only: ignored, with a warning at
// their path when they differ from the account (read-only-fields.ts).
// A rep entry with a `userId` instead of an `id` creates the rep profile of that workspace member
// (who must have none; GET /api/v1/members lists members); it needs a `timeZone`, the rest
// defaults as on the dashboard (Mon–Fri 09:00–17:00, unlimited, weight 1, active); its `key`
// stands for its id in teams' members and in the config (a path's repId, fallback.ownerRepId).
// A rep entry may be partial (merge rule): besides `id`, only the fields it gives change; a field
// left out keeps its stored value. A given field is replaced whole (a list is the new list, not
// added to; `null` for maxOpenLeads / maxNewLeadsPerDay means unlimited, which is not the same
// as leaving it out). Team entries are whole (name and members given; members is the new list).
// A rep's `timeOff` (its
// out-of-office periods, ISO 8601 instants), when given, becomes the rep's whole list: periods
// with the `id` GET returned are kept or changed, new ones have no id, stored ones left out are
// deleted; absent, the stored periods are kept.
// `meetingTypes` (booking's meeting types per team or path, meeting-type-scope.ts), when given,
// becomes the workspace's whole list the same way (id = update, no id = new, left out = deleted);
// a team may be named by a new team's key, a path by its id in this document's config.
import { z } from "zod";
import { checkMeetingTypeScopes, ZMeetingTypeEntry } from "../booking/meeting-type-scope";
import type { TFieldError } from "../reps/issues-to-details";
import { ZRepProfileInput } from "../reps/rep-profile-input";
import { ZTimeOffList } from "../reps/time-off";
import { ZTeamInput } from "../reps/team-input";
import { ZApiWeeklyHours } from "../reps/working-hours";
import { analyzeRoutingConfig, repWhoCannotWorkLeads, type TAnalyzeContext, type TRepUser } from "./analyze-config";
import { canRepProfileHoldPlaces, describeCannotWorkLeads } from "./member-role-in-routing";
import { ZRoutingConfigDraft, type TRoutingConfigDraft } from "./routing-config";

const ZId = z.string().trim().min(1).max(80);
const ZKey = z.string().regex(/^[a-z0-9][a-z0-9_-]{0,39}$/, "Use 1–40 characters: a-z, 0-9, _ -");

export const ZRoutingDocumentTeam = z
  .strictObject({
    /** An existing team's id … */
    id: ZId.optional(),
    /** … or, for a new team, a key the config's paths may use as teamId. */
    key: ZKey.optional(),
    name: ZTeamInput.shape.name,
    description: ZTeamInput.shape.description,
    isActive: z.boolean().default(true),
    /** Rep ids, in rotation order. */
    members: z.array(ZId).max(500, "At most 500 members").default([]),
  })
  .superRefine((team, ctx) => {
    if (!team.id && !team.key) ctx.addIssue({ code: "custom", path: ["id"], message: "Give the id of an existing team, or a key for a new one" });
    if (team.id && team.key) ctx.addIssue({ code: "custom", path: ["key"], message: "A key is only for a new team: an existing team is named by its id" });
  });
export type TRoutingDocumentTeam = z.output<typeof ZRoutingDocumentTeam>;

/** Every profile field optional: a rep entry changes only the fields it gives. */
const partialProfileFields = ZRepProfileInput.omit({ timeOff: true }).partial().shape;

const ZInstant = z.iso.datetime({ offset: true, error: "Give an ISO 8601 date-time, e.g. 2026-12-24T00:00:00Z" }).transform((s) => new Date(s));

/** Out-of-office periods as JSON (instants as ISO 8601 strings), checked like the dashboard's (end after start, no overlaps). */
export const ZRoutingDocumentTimeOff = z
  .array(
    z.strictObject({
      /** A stored period's id (as GET returns it); absent for a new period. */
      id: ZId.optional(),
      startsAt: ZInstant,
      endsAt: ZInstant,
      note: z.string().max(200).optional(),
    }),
  )
  .pipe(ZTimeOffList);

export const ZRoutingDocumentRep = z
  .strictObject({
    /** An existing rep's id … */
    id: ZId.optional(),
    /** … or, to create a rep profile, the user id of a workspace member who has none (GET /api/v1/members). */
    userId: ZId.optional(),
    /** For a new rep: a key that teams' members and the config (a path's repId, fallback.ownerRepId) may use as its id. */
    key: ZKey.optional(),
    /** Read-only: the member's account. */
    email: z.string().max(254).optional(),
    name: z.string().max(200).nullable().optional(),
    ...partialProfileFields,
    /** The dashboard's working-hours schema, its errors worded for a JSON document ("day must be …"). */
    workingHours: ZApiWeeklyHours.optional(),
    /** The rep's whole list of out-of-office periods; absent = keep the stored ones. */
    timeOff: ZRoutingDocumentTimeOff.optional(),
    isActive: z.boolean().optional(),
  })
  .superRefine((rep, ctx) => {
    if (rep.id === undefined && rep.userId === undefined) ctx.addIssue({ code: "custom", path: ["id"], message: "Give the id of an existing rep, or the userId of a workspace member to create a rep" });
    if (rep.id !== undefined && rep.userId !== undefined) ctx.addIssue({ code: "custom", path: ["userId"], message: "A userId is only for a new rep: an existing rep is named by its id" });
    if (rep.id !== undefined && rep.key !== undefined) ctx.addIssue({ code: "custom", path: ["key"], message: "A key is only for a new rep: an existing rep is named by its id" });
    if (rep.id === undefined && rep.userId !== undefined && rep.timeZone === undefined) ctx.addIssue({ code: "custom", path: ["timeZone"], message: "A new rep needs a time zone" });
  });
export type TRoutingDocumentRep = z.output<typeof ZRoutingDocumentRep>;

export const ZRoutingDocument = z.strictObject({
  /** The published version the document was read at (null: none yet); left out = overwrite. */
  version: z.number().int().nullable().optional(),
  teams: z.array(ZRoutingDocumentTeam).max(200, "At most 200 teams").default([]),
  reps: z.array(ZRoutingDocumentRep).max(2000, "At most 2,000 reps").default([]),
  /** A draft here; checkRoutingDocument reports a missing fallback with its own message. */
  config: ZRoutingConfigDraft,
  /** The workspace's whole list of meeting types; absent = keep the stored ones. */
  meetingTypes: z.array(ZMeetingTypeEntry).max(200, "At most 200 meeting types").optional(),
});
export type TRoutingDocument = z.output<typeof ZRoutingDocument>;
export type TRoutingDocumentInput = z.input<typeof ZRoutingDocument>;

export interface TRoutingDocumentContext {
  repIds: readonly string[];
  teams: readonly { id: string; name: string }[];
  /** Fields, dimensions, members … of the workspace (loadAnalysisContext); teams and reps are taken from the document. */
  analysis: Omit<TAnalyzeContext, "teamIds" | "repIds" | "teamMembers">;
  /** Current members per existing team (for teams the document leaves out). */
  teamMembers: Readonly<Record<string, readonly string[]>>;
  /** Stored out-of-office period ids per rep (a period id in the document must be one of its rep's). */
  timeOffIds?: Readonly<Record<string, readonly string[]>>;
  /** Existing rep profiles by member user id (a new rep's member must have none). */
  repIdByUserId?: Readonly<Record<string, string>>;
  /** Stored meeting types' ids (an entry of `meetingTypes` with an id must be one of them). */
  meetingTypeIds?: readonly string[];
}

export interface TRoutingDocumentCheck {
  errors: TFieldError[];
  warnings: TFieldError[];
}

export function checkRoutingDocument(doc: TRoutingDocument, ctx: TRoutingDocumentContext): TRoutingDocumentCheck {
  const errors: TFieldError[] = [];
  const repIds = new Set(ctx.repIds);
  const teamById = new Map(ctx.teams.map((t) => [t.id, t]));
  const formerMembers = new Set(ctx.analysis.formerMemberRepIds ?? []);

  const seenReps = new Map<string, number>();
  const members = new Set(ctx.analysis.memberUserIds ?? []);
  const newRepKeys = new Map<string, number>();
  const newRepUsers = new Map<string, number>();
  // The reps as the document leaves them (isActive changed, new reps by key), for the role checks.
  const repUsers: Record<string, TRepUser> = { ...ctx.analysis.repUsers };
  const roles = { memberRoles: ctx.analysis.memberRoles, repUsers };
  doc.reps.forEach((rep, i) => {
    if (rep.id === undefined) {
      if (rep.userId === undefined) return; // reported by the schema
      const existing = ctx.repIdByUserId?.[rep.userId];
      const member = ctx.analysis.memberRoles?.[rep.userId];
      if (!members.has(rep.userId)) errors.push({ path: `reps.${i}.userId`, message: `No member with the user id “${rep.userId}” in this workspace (GET /api/v1/members lists them)` });
      else if (existing) errors.push({ path: `reps.${i}.userId`, message: `This member already has a rep profile: name it by its id “${existing}”` });
      else if (newRepUsers.has(rep.userId)) errors.push({ path: `reps.${i}.userId`, message: `This member is already listed at reps.${newRepUsers.get(rep.userId)}` });
      else if (member && !canRepProfileHoldPlaces(member.role, rep.isActive ?? true)) errors.push({ path: `reps.${i}.userId`, message: `${describeCannotWorkLeads(member.name, member.role)} (or create the rep with isActive false)` });
      newRepUsers.set(rep.userId, newRepUsers.get(rep.userId) ?? i);
      if (rep.key !== undefined) repUsers[rep.key] = { userId: rep.userId, isActive: rep.isActive ?? true };
      if (rep.key !== undefined) {
        if (repIds.has(rep.key)) errors.push({ path: `reps.${i}.key`, message: "This key is an existing rep's id: choose another key" });
        else if (newRepKeys.has(rep.key)) errors.push({ path: `reps.${i}.key`, message: `The key “${rep.key}” is already used at reps.${newRepKeys.get(rep.key)}` });
        else newRepKeys.set(rep.key, i);
      }
      rep.timeOff?.forEach((period, j) => {
        if (period.id !== undefined) errors.push({ path: `reps.${i}.timeOff.${j}.id`, message: "A new rep has no stored periods: leave the id out" });
      });
      return;
    }
    if (!repIds.has(rep.id)) errors.push({ path: `reps.${i}.id`, message: `No rep with the id “${rep.id}” in this workspace` });
    else if (seenReps.has(rep.id)) errors.push({ path: `reps.${i}.id`, message: `This rep is already listed at reps.${seenReps.get(rep.id)}` });
    seenReps.set(rep.id, seenReps.get(rep.id) ?? i);
    const stored = repUsers[rep.id];
    if (stored && rep.isActive !== undefined) {
      // Only reactivating is refused: an active rep sent back unchanged (GET, then PUT) is not.
      const member = ctx.analysis.memberRoles?.[stored.userId];
      if (!stored.isActive && member && !canRepProfileHoldPlaces(member.role, rep.isActive)) errors.push({ path: `reps.${i}.isActive`, message: describeCannotWorkLeads(member.name, member.role) });
      repUsers[rep.id] = { ...stored, isActive: rep.isActive };
    }
    const storedPeriods = new Set(ctx.timeOffIds?.[rep.id] ?? []);
    rep.timeOff?.forEach((period, j) => {
      if (period.id !== undefined && !storedPeriods.has(period.id)) errors.push({ path: `reps.${i}.timeOff.${j}.id`, message: "This rep has no out-of-office period with this id (leave the id out for a new period)" });
    });
  });
  // New reps' keys stand for their ids in teams' members and in the config.
  const knownRepIds = new Set([...repIds, ...newRepKeys.keys()]);

  const seenTeams = new Map<string, string>();
  const listedIds = new Set(doc.teams.flatMap((t) => (t.id ? [t.id] : [])));
  const namesLeftOut = new Map(ctx.teams.filter((t) => !listedIds.has(t.id)).map((t) => [t.name, t]));
  const seenNames = new Map<string, number>();
  doc.teams.forEach((team, i) => {
    if (team.id !== undefined) {
      if (!teamById.has(team.id)) errors.push({ path: `teams.${i}.id`, message: `No team with the id “${team.id}” in this workspace` });
      else if (seenTeams.has(`id:${team.id}`)) errors.push({ path: `teams.${i}.id`, message: `This team is already listed at ${seenTeams.get(`id:${team.id}`)}` });
      seenTeams.set(`id:${team.id}`, seenTeams.get(`id:${team.id}`) ?? `teams.${i}`);
    } else if (team.key !== undefined) {
      if (teamById.has(team.key)) errors.push({ path: `teams.${i}.key`, message: "This key is an existing team's id: name that team by its id instead" });
      else if (seenTeams.has(`key:${team.key}`)) errors.push({ path: `teams.${i}.key`, message: `The key “${team.key}” is already used at ${seenTeams.get(`key:${team.key}`)}` });
      seenTeams.set(`key:${team.key}`, seenTeams.get(`key:${team.key}`) ?? `teams.${i}`);
    }
    if (seenNames.has(team.name)) errors.push({ path: `teams.${i}.name`, message: `Another team in the document is called “${team.name}” (teams.${seenNames.get(team.name)})` });
    else if (namesLeftOut.has(team.name)) errors.push({ path: `teams.${i}.name`, message: `A team called “${team.name}” already exists` });
    seenNames.set(team.name, seenNames.get(team.name) ?? i);
    const listedAt = new Map<string, number>();
    team.members.forEach((repId, j) => {
      // A rep listed twice was silently listed once: the list is the rotation order, so say which entry to drop.
      const first = listedAt.get(repId);
      if (first !== undefined) {
        errors.push({ path: `teams.${i}.members.${j}`, message: `${repLabel(repId, roles)} is already listed at teams.${i}.members.${first}: list each rep once` });
        return;
      }
      listedAt.set(repId, j);
      if (!knownRepIds.has(repId)) errors.push({ path: `teams.${i}.members.${j}`, message: `No rep with the id “${repId}” in this workspace` });
      else if (formerMembers.has(repId)) errors.push({ path: `teams.${i}.members.${j}`, message: "This rep is no longer a member of this workspace" });
      else {
        const member = repWhoCannotWorkLeads(repId, roles);
        if (member) errors.push({ path: `teams.${i}.members.${j}`, message: describeCannotWorkLeads(member.name, member.role) });
      }
    });
  });

  const teamMembers: Record<string, readonly string[]> = { ...ctx.teamMembers };
  for (const team of doc.teams) teamMembers[team.id ?? team.key ?? ""] = team.members;
  const analysis = analyzeRoutingConfig(doc.config, {
    ...ctx.analysis,
    teamIds: [...ctx.teams.map((t) => t.id), ...doc.teams.flatMap((t) => (t.id === undefined && t.key ? [t.key] : []))],
    repIds: [...knownRepIds],
    repUsers,
    teamMembers,
  });
  // Membership of the fallback owner and the reviewer: analyzeRoutingConfig, as on the dashboard.
  errors.push(...analysis.errors.map((e) => ({ path: `config.${e.path}`, message: e.message })));
  if (doc.meetingTypes) {
    const teamIds = [...ctx.teams.map((t) => t.id), ...doc.teams.flatMap((t) => (t.id === undefined && t.key ? [t.key] : []))];
    errors.push(...checkMeetingTypeScopes(doc.meetingTypes, { teamIds, pathIds: doc.config.paths.map((p) => p.id), storedIds: ctx.meetingTypeIds ?? [] }, { prefix: "meetingTypes." }));
  }

  return { errors, warnings: analysis.warnings.map((w) => ({ path: `config.${w.path}`, message: w.message })) };
}

/** A rep as a message names it: `Sarah Chen (rep “cm…”)`, or `The rep “cm…”` when its member is not known. */
function repLabel(repId: string, ctx: Pick<TAnalyzeContext, "memberRoles" | "repUsers">): string {
  const userId = ctx.repUsers?.[repId]?.userId;
  const name = userId === undefined ? undefined : ctx.memberRoles?.[userId]?.name;
  return name ? `${name} (rep “${repId}”)` : `The rep “${repId}”`;
}

/** The config with new reps' keys replaced by their ids (a path's rep, the fallback owner's rep profile). */
export function resolveRepKeys(config: TRoutingConfigDraft, idByKey: ReadonlyMap<string, string>): TRoutingConfigDraft {
  const ownerRepId = config.fallback?.ownerRepId;
  return {
    ...config,
    paths: config.paths.map((path) => {
      const dest = path.destination;
      const id = dest.type === "rep" ? idByKey.get(dest.repId) : undefined;
      return id ? { ...path, destination: { ...dest, repId: id } } : path;
    }),
    fallback: config.fallback && ownerRepId && idByKey.has(ownerRepId) ? { ...config.fallback, ownerRepId: idByKey.get(ownerRepId) } : config.fallback,
  };
}

/** The config with new teams' keys replaced by their ids (paths' team destinations). */
export function resolveTeamKeys(config: TRoutingConfigDraft, idByKey: ReadonlyMap<string, string>): TRoutingConfigDraft {
  return {
    ...config,
    paths: config.paths.map((path) => {
      const dest = path.destination;
      if (dest.type !== "team") return path;
      const id = idByKey.get(dest.teamId);
      return id ? { ...path, destination: { ...dest, teamId: id } } : path;
    }),
  };
}
