// Routing as code (`GET` / `PUT /api/v1/routing`): the workspace's teams, rep routing profiles and
// published routing config as one document. Applying one is load → check (pure, every error at
// once, with paths) → save in ONE transaction under the routing lock: team upserts and member
// lists, rep profile updates and new reps, then the config published as the next version (publishRoutingInTx
// re-checks it against what the transaction sees). Any error: nothing changes.
// Optimistic concurrency: a document (or If-Match) with a `version` applies only while that is the
// published version — read under the routing config lock that publishing takes, so of two PUTs
// from one version exactly one wins — else CONFLICT (409) at `version`; without one, it applies
// whatever was published since. A document that changes nothing (teams, reps, meeting types and
// config as stored) writes nothing: no new version, `changed: false`.
import type { Db, DbTx } from "../../db/client";
import type { TFieldError } from "../../domain/reps/issues-to-details";
import { parseRoutingDocument } from "../../domain/routing/parse-routing-document";
import { checkRoutingDocument, resolveRepKeys, resolveTeamKeys, type TRoutingDocument } from "../../domain/routing/routing-document";
import { ZRoutingConfig, type TRoutingConfig } from "../../domain/routing/routing-config";
import { AppError, validationError } from "../../errors";
import { canonicalJson } from "../../domain/canonical-json";
import { apiKeyAppliedNote } from "../../domain/api-keys/api-key-note";
import { readOnlyFieldWarnings } from "../../domain/routing/read-only-fields";
import { saveDocumentMeetingTypes } from "../bookings/meeting-types";
import { loadAnalysisContext } from "./analysis-context";
import { lockWorkspaceRouting } from "./route-lead";
import { lockRoutingConfig, publishRoutingInTx, resolveLearningQueue, type TLearningQueueSource } from "./routing-settings";
import { documentContent, getRoutingDocument, type TRoutingDocumentView } from "./routing-document-view";
import { saveDocumentReps } from "./save-document-reps";

export { getRoutingDocument, type TRoutingDocumentView };

export interface TApplyRoutingDocumentInput {
  workspaceId: string;
  /** The document as received (validated here). */
  body: unknown;
  /**
   * The version the client read, from the request's If-Match header (the document's own `version`
   * is read from `body`); undefined = none given. Both given and different: VALIDATION.
   */
  ifMatchVersion?: number | null;
  userId: string | null;
  note?: string;
  /**
   * The API key applying it (PUT /api/v1/routing): the history's note names the key by its name
   * and prefix, read here within the workspace (it wins over `note`).
   */
  apiKeyId?: string;
  now: Date;
  /**
   * Where publishing writes learned pools' rebuild jobs: the queue, or a getter of the app's queue
   * called (before the transaction) only when the document's config has a learned pool.
   */
  learningQueue?: TLearningQueueSource;
}

export interface TAppliedRoutingDocument {
  /** The published version after the PUT: the new one, or the current one when nothing changed. */
  version: number | null;
  /** false: the document equals what is stored; nothing was written or published. */
  changed: boolean;
  /** Read-only fields ignored (reps.N.name / .email), then the config's warnings. */
  warnings: TFieldError[];
}

/** Thrown inside the transaction to roll back a document that changed nothing. */
class Unchanged {
  constructor(readonly result: TAppliedRoutingDocument) {}
}

/** Applies a routing document atomically; VALIDATION with every problem's path, or CONFLICT at `version`, otherwise. */
export async function applyRoutingDocument(db: Db, input: TApplyRoutingDocumentInput): Promise<TAppliedRoutingDocument> {
  const { workspaceId } = input;
  const expected = expectedVersion(input.body, input.ifMatchVersion);
  const learningQueue = await resolveLearningQueue(input.learningQueue, documentConfig(input.body));
  try {
    return await db.$transaction(async (tx) => {
      await lockWorkspaceRouting(tx, workspaceId);
      // The lock publishing takes (same order as publishRoutingInTx: workspace, then config): the
      // version checked is the one this transaction replaces.
      await lockRoutingConfig(tx, workspaceId);
      const before = await getRoutingDocument(tx, workspaceId);
      if (expected && expected.version !== before.version) throw versionConflict(expected, before.version);
      // Inside the lock: what is checked is what is written.
      const { doc, check, reps, teams } = await validateRoutingDocument(tx, workspaceId, input.body);
      const warnings = [...(await readOnlyWarnings(tx, workspaceId, doc)), ...check.warnings];

      // ── save ──
      // New reps first: teams' members and the config may name them by their keys.
      const repIdByKey = await saveDocumentReps(tx, workspaceId, doc.reps, new Map(reps.map((r) => [r.id, r.timeOff.map((p) => p.id)])));
      const idByKey = await saveTeams(tx, workspaceId, doc, teams, repIdByKey, input.now);
      if (doc.meetingTypes) await saveDocumentMeetingTypes(tx, workspaceId, doc.meetingTypes, idByKey);
      const config = resolveRepKeys(resolveTeamKeys(doc.config, idByKey), repIdByKey);
      if (isUnchanged(before, await getRoutingDocument(tx, workspaceId), config)) throw new Unchanged({ version: before.version, changed: false, warnings });
      const note = input.apiKeyId !== undefined ? apiKeyAppliedNote(await tx.apiKey.findFirst({ where: { id: input.apiKeyId, workspaceId }, select: { name: true, prefix: true } })) : input.note;
      const published = await publishRoutingInTx(tx, {
        workspaceId,
        userId: input.userId,
        config,
        note: note ?? "Applied as a routing document",
        pathPrefix: "config.",
        ...(learningQueue ? { learningQueue } : {}),
      });
      return { version: published.version, changed: true, warnings };
    });
  } catch (error) {
    if (error instanceof Unchanged) return error.result;
    throw error;
  }
}

/**
 * The version the PUT is conditional on: the document's `version` (an integer, or null = "nothing
 * published yet") or If-Match's; undefined when neither is given (or the document's is not a
 * version: its parse reports that). Both given and different: VALIDATION at `version`.
 */
function expectedVersion(body: unknown, ifMatch: number | null | undefined): { version: number | null; path: string } | undefined {
  const raw = typeof body === "object" && body !== null && "version" in body ? body.version : undefined;
  const fromBody = raw === null || Number.isInteger(raw) ? (raw as number | null) : undefined;
  if (fromBody !== undefined && ifMatch !== undefined && fromBody !== ifMatch) {
    throw validationError([{ path: "version", message: `The document's version (${fromBody}) and If-Match (${ifMatch}) disagree: send one, or the same in both` }], "The routing document is not valid");
  }
  if (fromBody !== undefined) return { version: fromBody, path: "version" };
  return ifMatch !== undefined ? { version: ifMatch, path: "headers.if-match" } : undefined;
}

function versionConflict(expected: { version: number | null; path: string }, current: number | null): AppError {
  const given = expected.version === null ? "no published version" : `version ${expected.version}`;
  const now = current === null ? "nothing is published" : `the current version is ${current}`;
  const message = `The routing changed since you read it: the document is based on ${given}, ${now}. Nothing was written: GET /api/v1/routing, apply your change to it and PUT it again with its version (or leave version out to overwrite).`;
  return new AppError("CONFLICT", message, [{ path: expected.path, message: `Stale: ${now}` }]);
}

/** Teams, reps and meeting types as stored after the saves equal those before, and the config the published one. */
function isUnchanged(before: TRoutingDocumentView, after: TRoutingDocumentView, config: unknown): boolean {
  if (before.config === null) return false;
  const parsed = ZRoutingConfig.safeParse(config);
  if (!parsed.success || canonicalJson(parsed.data) !== canonicalJson(before.config)) return false;
  return documentContent(before) === documentContent(after);
}

/** Warnings for the reps' read-only fields (email, name) that differ from their members' accounts. */
async function readOnlyWarnings(tx: DbTx, workspaceId: string, doc: TRoutingDocument): Promise<TFieldError[]> {
  const repIds = doc.reps.flatMap((r) => (r.id !== undefined && (r.email !== undefined || r.name !== undefined) ? [r.id] : []));
  const userIds = doc.reps.flatMap((r) => (r.id === undefined && r.userId !== undefined && (r.email !== undefined || r.name !== undefined) ? [r.userId] : []));
  if (repIds.length === 0 && userIds.length === 0) return [];
  const reps = await tx.repProfile.findMany({ where: { workspaceId, id: { in: repIds } }, select: { id: true, user: { select: { email: true, name: true } } } });
  const users = await tx.user.findMany({ where: { id: { in: userIds }, memberships: { some: { workspaceId } } }, select: { id: true, email: true, name: true } });
  return readOnlyFieldWarnings(doc.reps, Object.fromEntries(reps.map((r) => [r.id, r.user])), Object.fromEntries(users.map((u) => [u.id, u])));
}

/** The config of a document as received (not yet validated), for the learned-pool check. */
function documentConfig(body: unknown): unknown {
  return typeof body === "object" && body !== null && "config" in body ? body.config : undefined;
}

/**
 * The one validation of a routing document against a workspace (PUT /api/v1/routing, and the
 * draft config of POST /api/v1/routing/test): parse (schema and unknown properties at any depth),
 * then ids, names, members, refs, fallback and reviewer against what `tx` sees. Throws VALIDATION
 * with every problem's path; returns the document, its warnings and what was loaded.
 */
export async function validateRoutingDocument(tx: DbTx, workspaceId: string, body: unknown) {
  const parsed = parseRoutingDocument(body);
  if (!parsed.ok) throw validationError(parsed.errors, "The routing document is not valid");
  const doc = parsed.doc;
  const reps = await tx.repProfile.findMany({ where: { workspaceId }, select: { id: true, userId: true, timeOff: { select: { id: true } } } });
  const teams = await tx.team.findMany({ where: { workspaceId }, select: { id: true, name: true, members: { select: { repId: true } } } });
  const { teamIds: _t, repIds: _r, teamMembers: _m, ...analysis } = await loadAnalysisContext(tx, workspaceId);
  const meetingTypes = await tx.meetingType.findMany({ where: { workspaceId }, select: { id: true } });
  const check = checkRoutingDocument(doc, {
    repIds: reps.map((r) => r.id),
    teams,
    analysis,
    teamMembers: Object.fromEntries(teams.map((t) => [t.id, t.members.map((m) => m.repId)])),
    timeOffIds: Object.fromEntries(reps.map((r) => [r.id, r.timeOff.map((p) => p.id)])),
    repIdByUserId: Object.fromEntries(reps.map((r) => [r.userId, r.id])),
    meetingTypeIds: meetingTypes.map((t) => t.id),
  });
  if (check.errors.length > 0) throw validationError(check.errors, "The routing document has problems");
  return { doc, check, reps, teams };
}

/** A draft config as `POST /api/v1/routing/test` receives it, validated exactly as PUT validates a document's config (same paths: "config.…"). */
export async function validateDraftConfig(db: DbTx, workspaceId: string, config: unknown): Promise<TRoutingConfig> {
  const { doc } = await validateRoutingDocument(db, workspaceId, { config });
  // checkRoutingDocument reported a missing fallback, so the draft is a whole config here.
  return ZRoutingConfig.parse(doc.config);
}

/** Upserts the listed teams and sets their member lists; returns new teams' ids by key. */
async function saveTeams(tx: DbTx, workspaceId: string, doc: TRoutingDocument, existing: readonly { id: string; name: string }[], repIdByKey: ReadonlyMap<string, string>, now: Date): Promise<Map<string, string>> {
  const nameOf = new Map(existing.map((t) => [t.id, t.name]));
  // Renames go through a temporary name so that two teams may swap names (names are unique).
  const renamed = doc.teams.filter((t) => t.id !== undefined && nameOf.get(t.id) !== t.name);
  for (const team of renamed) await tx.team.update({ where: { id: team.id }, data: { name: `~renaming ${team.id}` } });
  const idByKey = new Map<string, string>();
  for (const team of doc.teams) {
    const data = { name: team.name, description: team.description, isActive: team.isActive };
    const id = team.id ?? (await tx.team.create({ data: { workspaceId, ...data }, select: { id: true } })).id;
    if (team.id) await tx.team.update({ where: { id }, data });
    else if (team.key) idByKey.set(team.key, id);
    // No duplicates to drop: validateRoutingDocument refused a rep listed twice (422 at the repeat),
    // and a new rep's key is neither another key nor an existing rep's id, so the ids are distinct too.
    await setMembers(tx, id, team.members.map((repId) => repIdByKey.get(repId) ?? repId), now);
  }
  return idByKey;
}


/** The member list in the document's order, which is the rotation order (members' createdAt). */
async function setMembers(tx: DbTx, teamId: string, repIds: readonly string[], now: Date): Promise<void> {
  const current = await tx.teamMember.findMany({ where: { teamId }, orderBy: [{ createdAt: "asc" }, { repId: "asc" }], select: { repId: true } });
  if (current.map((m) => m.repId).join("\n") === repIds.join("\n")) return;
  await tx.teamMember.deleteMany({ where: { teamId } });
  for (const [i, repId] of repIds.entries()) await tx.teamMember.create({ data: { teamId, repId, createdAt: new Date(now.getTime() + i) } });
}

