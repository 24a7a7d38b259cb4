// The workspace's routing config: the draft being edited, the published versions (immutable),
// publishing (checked with analyzeRoutingConfig: errors refuse, warnings are returned), rollback.
import type { Db, DbTx } from "../../db/client";
import type { TRawSql } from "../../db/raw-sql";
import { AppError } from "../../errors";
import { canonicalJson } from "../../domain/canonical-json";
import { deepFreeze } from "../../domain/deep-freeze";
import { analyzeRoutingConfig } from "../../domain/routing/analyze-config";
import type { TFieldError } from "../../domain/reps/issues-to-details";
import { ZRoutingConfig, ZRoutingConfigDraft, type TRoutingConfig, type TRoutingConfigDraft } from "../../domain/routing/routing-config";
import { learnedPools } from "../../domain/routing/learned/learned-pools";
import { loadAnalysisContext } from "./analysis-context";
import { enqueueLearningRebuilds, type TLearningQueue } from "./learned-rebuild-jobs";

export interface TPublishedRouting {
  version: number;
  config: TRoutingConfig;
}

// Published versions are immutable: each process parses one once (zod, ~ms) and keeps it by id,
// deep-frozen: routing reads the shared value (a copy per lead, structuredClone, cost ~0.2 ms of
// each routed lead's CPU); getPublishedRouting still hands out copies.
const parsedVersions = new Map<string, TPublishedRouting>();

/** The routing config in force, or null when the workspace never published one. */
export async function getPublishedRouting(db: Pick<DbTx, "routingSettings"> & Pick<TRawSql, "$queryRaw">, workspaceId: string): Promise<TPublishedRouting | null> {
  const settings = await db.routingSettings.findUnique({ where: { workspaceId }, select: { publishedVersionId: true } });
  const published = settings?.publishedVersionId ? await publishedRoutingVersion(db, settings.publishedVersionId) : null;
  // The caller's own copy (editors, pages and services may change what they are given).
  return published ? structuredClone(published) : null;
}

/**
 * A published config version by id (parsed once per process; a database read only the first
 * time). Frozen and shared, for the routing hot path (route-lead.ts, route-leads-batch.ts): read
 * it, never change it. getPublishedRouting gives other callers a copy of their own.
 */
export async function publishedRoutingVersion(db: Pick<TRawSql, "$queryRaw">, versionId: string): Promise<TPublishedRouting | null> {
  let published = parsedVersions.get(versionId);
  if (!published) {
    const [row] = await db.$queryRaw<{ id: string; version: number; config: unknown }[]>`SELECT "id", "version", "config" FROM "RoutingConfigVersion" WHERE "id" = ${versionId}`;
    if (!row) return null;
    published = deepFreeze({ version: row.version, config: ZRoutingConfig.parse(row.config) });
    if (parsedVersions.size >= 500) parsedVersions.delete(parsedVersions.keys().next().value!);
    parsedVersions.set(row.id, published);
  }
  return published;
}

/**
 * The draft's revision: when the workspace's routing settings (the draft, the published pointer)
 * were last written, as an ISO string; null before the first save or publish. An editor sends
 * back the revision it loaded: a save, publish or discard from a stale one is a CONFLICT, so two
 * managers editing at once never overwrite each other silently.
 */
export type TRoutingRevision = string | null;

export const ROUTING_CONFLICT_MESSAGE =
  "The routing was changed by someone else since you opened it (a draft saved, a version published or rolled back). Your changes are not saved: reload to see theirs.";

export async function getRoutingDraft(db: Db, workspaceId: string): Promise<TRoutingConfigDraft> {
  return (await getRoutingDraftWithRevision(db, workspaceId)).draft;
}

export async function getRoutingDraftWithRevision(db: Db, workspaceId: string): Promise<{ draft: TRoutingConfigDraft; revision: TRoutingRevision }> {
  const settings = await db.routingSettings.findUnique({ where: { workspaceId } });
  if (settings) return { draft: ZRoutingConfigDraft.parse(settings.draftConfig), revision: settings.updatedAt.toISOString() };
  const draft = (await getPublishedRouting(db, workspaceId))?.config ?? ZRoutingConfigDraft.parse({ paths: [] });
  return { draft, revision: null };
}

/**
 * Saves the draft. With `baseRevision` (the revision the editor loaded), the save happens only
 * if nobody wrote the settings since — checked and written under the routing config lock, so of
 * two saves from one base exactly one wins — else CONFLICT and nothing is written.
 */
export async function saveRoutingDraft(db: Db, workspaceId: string, draft: unknown, baseRevision?: TRoutingRevision): Promise<{ draft: TRoutingConfigDraft; revision: string }> {
  const parsed = ZRoutingConfigDraft.safeParse(draft);
  if (!parsed.success) {
    throw new AppError("VALIDATION", "The routing draft is not valid", parsed.error.issues.map((i) => ({ path: i.path.join("."), message: i.message })));
  }
  return db.$transaction(async (tx) => {
    await lockRoutingConfig(tx, workspaceId);
    const updatedAt = await nextRevisionOrConflict(tx, workspaceId, baseRevision);
    await tx.routingSettings.upsert({ where: { workspaceId }, create: { workspaceId, draftConfig: parsed.data, updatedAt }, update: { draftConfig: parsed.data, updatedAt } });
    return { draft: parsed.data, revision: updatedAt.toISOString() };
  });
}

/**
 * The revision the next write of the settings gets (always later than the stored one, even
 * within a millisecond); CONFLICT when `baseRevision` is given and is not the stored one.
 * Call under lockRoutingConfig.
 */
async function nextRevisionOrConflict(tx: DbTx, workspaceId: string, baseRevision: TRoutingRevision | undefined): Promise<Date> {
  const current = (await tx.routingSettings.findUnique({ where: { workspaceId }, select: { updatedAt: true } }))?.updatedAt ?? null;
  if (baseRevision !== undefined && !isSameRevision(current, baseRevision)) throw new AppError("CONFLICT", ROUTING_CONFLICT_MESSAGE);
  return new Date(Math.max(Date.now(), (current?.getTime() ?? 0) + 1));
}

function isSameRevision(stored: Date | null, base: TRoutingRevision): boolean {
  if (stored === null || base === null) return stored === base;
  return stored.getTime() === Date.parse(base);
}

export interface TPublishResult {
  version: number;
  /**
   * false: the config equals the published one and `skipIfUnchanged` was asked (the dashboard's
   * publish, like `PUT /api/v1/routing`): no new version; `version` is the current one.
   */
  changed: boolean;
  warnings: TFieldError[];
  /** The settings' new revision (the draft is now the published config). */
  revision: string;
}

/**
 * Publishes `config` (default: the saved draft) as the next version, atomically: a config with
 * errors (unknown rep, team or field, missing fallback …) is refused with paths, nothing changes.
 * With `baseRevision`, a stale base is a CONFLICT (see saveRoutingDraft).
 */
export async function publishRouting(
  db: Db,
  input: { workspaceId: string; userId: string | null; config?: unknown; note?: string; pathPrefix?: string; learningQueue?: TLearningQueueSource; baseRevision?: TRoutingRevision; skipIfUnchanged?: boolean },
): Promise<TPublishResult> {
  const source = input.config ?? (await getRoutingDraft(db, input.workspaceId));
  const { learningQueue: queueSource, ...rest } = input;
  const learningQueue = await resolveLearningQueue(queueSource, source);
  return db.$transaction((tx) => publishRoutingInTx(tx, { ...rest, config: source, ...(learningQueue ? { learningQueue } : {}) }));
}

/** The queue itself, or a getter of the app's queue called only when it is needed. */
export type TLearningQueueSource = TLearningQueue | (() => Promise<TLearningQueue>);

/**
 * The queue for learned pools' rebuild jobs, started before the publishing transaction (the
 * embedded database has one connection) and only when `config` has a learned pool: publishing a
 * config without one never starts the app's queue (nor needs its secrets). Used by publishing,
 * rollback and `PUT /api/v1/routing` alike. A config that does not parse gets no queue: its
 * publishing is refused anyway (the draft schema accepts every config that publishes).
 */
export async function resolveLearningQueue(source: TLearningQueueSource | undefined, config: unknown): Promise<TLearningQueue | undefined> {
  if (typeof source !== "function") return source;
  const parsed = ZRoutingConfigDraft.safeParse(config);
  return parsed.success && learnedPools(parsed.data).length > 0 ? source() : undefined;
}

/**
 * publishRouting's work in the caller's transaction (e.g. `PUT /api/v1/routing`, which writes
 * teams and rep profiles first): checks `config` against the workspace as the transaction sees it
 * and throws VALIDATION with paths (prefixed by `pathPrefix`) on errors.
 */
export async function publishRoutingInTx(
  tx: DbTx,
  input: { workspaceId: string; userId: string | null; config: unknown; note?: string; pathPrefix?: string; learningQueue?: TLearningQueue; baseRevision?: TRoutingRevision; skipIfUnchanged?: boolean },
): Promise<TPublishResult> {
  const prefix = input.pathPrefix ?? "";
  const parsed = ZRoutingConfig.safeParse(input.config);
  if (!parsed.success) {
    throw new AppError("VALIDATION", "The routing config is not valid", parsed.error.issues.map((i) => ({ path: `${prefix}${i.path.join(".")}`, message: i.message })));
  }
  // Locked before the checks: removing a member (which checks routing) waits, or is waited for.
  await lockRoutingConfig(tx, input.workspaceId);
  const updatedAt = await nextRevisionOrConflict(tx, input.workspaceId, input.baseRevision);
  const analysis = analyzeRoutingConfig(parsed.data, await loadAnalysisContext(tx, input.workspaceId));
  if (analysis.errors.length > 0) {
    throw new AppError("VALIDATION", "The routing config has problems", analysis.errors.map((e) => ({ path: `${prefix}${e.path}`, message: e.message })));
  }
  const previous = await getPublishedRouting(tx, input.workspaceId);
  if (input.skipIfUnchanged && previous && canonicalJson(previous.config) === canonicalJson(parsed.data)) {
    return { ...(await keepPublished(tx, input.workspaceId, parsed.data, updatedAt)), version: previous.version, changed: false, warnings: analysis.warnings };
  }
  // A learned pool with a new definition (or newly learned) is rebuilt from the stored outcomes by a job.
  await enqueueLearningRebuilds(tx, input.learningQueue, input.workspaceId, previous?.config ?? null, parsed.data);
  const last = await tx.routingConfigVersion.findFirst({ where: { workspaceId: input.workspaceId }, orderBy: { version: "desc" }, select: { version: true } });
  const row = await tx.routingConfigVersion.create({
    data: { workspaceId: input.workspaceId, version: (last?.version ?? 0) + 1, config: parsed.data, note: input.note ?? "", createdById: input.userId },
  });
  await tx.routingSettings.upsert({
    where: { workspaceId: input.workspaceId },
    create: { workspaceId: input.workspaceId, draftConfig: parsed.data, publishedVersionId: row.id, updatedAt },
    update: { draftConfig: parsed.data, publishedVersionId: row.id, updatedAt },
  });
  return { version: row.version, changed: true, warnings: analysis.warnings, revision: updatedAt.toISOString() };
}

/**
 * An unchanged publish: no version. A saved draft that differs from the published config (edited
 * and edited back) becomes it, with a new revision; otherwise nothing is written and the revision stays.
 */
async function keepPublished(tx: DbTx, workspaceId: string, config: TRoutingConfig, updatedAt: Date): Promise<{ revision: string }> {
  const settings = await tx.routingSettings.findUnique({ where: { workspaceId }, select: { draftConfig: true, updatedAt: true } });
  if (settings && canonicalJson(ZRoutingConfigDraft.parse(settings.draftConfig)) === canonicalJson(config)) return { revision: settings.updatedAt.toISOString() };
  await tx.routingSettings.upsert({ where: { workspaceId }, create: { workspaceId, draftConfig: config, updatedAt }, update: { draftConfig: config, updatedAt } });
  return { revision: updatedAt.toISOString() };
}

/**
 * The published config again as the next version, for a dashboard edit of teams or reps that
 * changed the routing document (routing-document-version.ts): `GET /api/v1/routing`'s version and
 * ETag move exactly as a PUT of that edit would move them, so a script's conditional PUT from the
 * version before is a CONFLICT instead of overwriting the edit. The config is the same (no checks
 * to fail, no learned rebuilds); the draft and the editor's revision are left alone (the config an
 * open editor is based on did not change). Null when nothing is published. Call under lockRoutingConfig.
 */
export async function republishRoutingInTx(tx: DbTx, input: { workspaceId: string; userId: string | null; note: string }): Promise<number | null> {
  const settings = await tx.routingSettings.findUnique({ where: { workspaceId: input.workspaceId }, select: { publishedVersionId: true, updatedAt: true } });
  const current = settings?.publishedVersionId ? await tx.routingConfigVersion.findFirst({ where: { id: settings.publishedVersionId, workspaceId: input.workspaceId }, select: { config: true } }) : null;
  if (!settings || !current) return null;
  const last = await tx.routingConfigVersion.findFirst({ where: { workspaceId: input.workspaceId }, orderBy: { version: "desc" }, select: { version: true } });
  const row = await tx.routingConfigVersion.create({
    data: { workspaceId: input.workspaceId, version: (last?.version ?? 0) + 1, config: current.config ?? {}, note: input.note, createdById: input.userId },
    select: { id: true, version: true },
  });
  // updatedAt given: the revision stays (Prisma would set it to now).
  await tx.routingSettings.update({ where: { workspaceId: input.workspaceId }, data: { publishedVersionId: row.id, updatedAt: settings.updatedAt } });
  return row.version;
}

/** Serialises publishing routing and removing members of a workspace (transaction advisory lock). */
export async function lockRoutingConfig(tx: DbTx, workspaceId: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`routing-config:${workspaceId}`}))`;
}

export async function listRoutingVersions(db: Db, workspaceId: string) {
  const settings = await db.routingSettings.findUnique({ where: { workspaceId } });
  const rows = await db.routingConfigVersion.findMany({ where: { workspaceId }, orderBy: { version: "desc" } });
  return rows.map((r) => ({ id: r.id, version: r.version, note: r.note, createdById: r.createdById, createdAt: r.createdAt, isCurrent: r.id === settings?.publishedVersionId, config: ZRoutingConfig.parse(r.config) }));
}

/** Publishes a copy of an earlier version as the newest one (history is never rewritten). */
export async function rollbackRouting(db: Db, input: { workspaceId: string; userId: string | null; version: number; learningQueue?: TLearningQueueSource }) {
  const row = await db.routingConfigVersion.findUnique({ where: { workspaceId_version: { workspaceId: input.workspaceId, version: input.version } } });
  if (!row) throw new AppError("NOT_FOUND", `Routing version ${input.version} not found.`);
  return publishRouting(db, { workspaceId: input.workspaceId, userId: input.userId, config: row.config, note: `Rollback to version ${input.version}`, ...(input.learningQueue ? { learningQueue: input.learningQueue } : {}) });
}
