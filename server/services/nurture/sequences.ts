// Nurture sequences: list with figures, read, create, save the draft, publish (an immutable
// version; enrolled leads stay on the version they entered with). Every query is scoped to the
// caller's workspace; roles are checked by the transports.
import type { Db, DbTx } from "../../db/client";
import { publishIssues, ZSequenceDefinition, type TSequenceDefinition } from "../../domain/nurture/sequence-definition";
import { AppError } from "../../errors";

export interface TSequenceFigures {
  enrolled: number;
  active: number;
  sent: number;
  clicked: number;
  unsubscribed: number;
  graduated: number;
  booked: number;
}

export interface TSequenceSummary {
  id: string;
  name: string;
  publishedVersion: number | null;
  isDefault: boolean;
  updatedAt: Date;
  figures: TSequenceFigures;
}

export interface TSequenceDetail {
  id: string;
  name: string;
  draft: TSequenceDefinition;
  publishedVersion: number | null;
  isDefault: boolean;
  hasUnpublishedChanges: boolean;
  versions: { version: number; publishedAt: Date; enrolled: number }[];
  figures: TSequenceFigures;
  /** The draft's revision (updatedAt, ISO): the editor sends it back with save and publish. */
  revision: string;
}

export const SEQUENCE_CONFLICT_MESSAGE = "This sequence was changed by someone else since you opened it. Your changes are not saved: reload the page to see theirs.";

const EMPTY_FIGURES: TSequenceFigures = { enrolled: 0, active: 0, sent: 0, clicked: 0, unsubscribed: 0, graduated: 0, booked: 0 };

/**
 * Per-sequence figures: enrolled, active, sent, clicked (emails with a click), unsubscribed,
 * graduated, booked. Booked is what a marketer means by it — enrolments whose person went on to
 * book a meeting through Switchboard — not the exit reason "booked": booking needs an owner, and
 * every way a nurture lead gets one (graduation, a sales-ready submission, a reassignment) ends
 * its enrolment first, so that exit reason is practically never written.
 */
export async function sequenceFigures(db: Db, workspaceId: string, sequenceIds: readonly string[]): Promise<Map<string, TSequenceFigures>> {
  const ids = [...sequenceIds];
  const [enrolments, sends, booked] = await Promise.all([
    db.nurtureEnrollment.groupBy({ by: ["sequenceId", "status", "exitReason"], where: { workspaceId, sequenceId: { in: ids } }, _count: { _all: true } }),
    db.nurtureSend.groupBy({ by: ["sequenceId", "status"], where: { workspaceId, sequenceId: { in: ids } }, _count: { _all: true, clickedAt: true } }),
    bookedEnrolments(db, workspaceId, ids),
  ]);
  const out = new Map(ids.map((id) => [id, { ...EMPTY_FIGURES }]));
  for (const row of enrolments) {
    const f = out.get(row.sequenceId)!;
    const n = row._count._all;
    f.enrolled += n;
    if (row.status === "ACTIVE") f.active += n;
    if (row.exitReason === "unsubscribed") f.unsubscribed += n;
    if (row.exitReason === "graduated") f.graduated += n;
  }
  for (const row of booked) out.get(row.sequenceId)!.booked = row.booked;
  for (const row of sends) {
    const f = out.get(row.sequenceId)!;
    if (row.status === "SENT") f.sent += row._count._all;
    f.clicked += row._count.clickedAt;
  }
  return out;
}

/**
 * Booked, per sequence, in one set-based statement: the enrolments whose lead has a booking made
 * after it was enrolled and not cancelled — the enrolled lead's own (a graduate booked by its rep,
 * or by the prospect on the page) or, when the enrolment ended because the same person sent a new
 * sales-ready submission ("routed_to_sales"), that new lead's (named by the exit's timeline event,
 * `byLeadId`). An enrolment counts once however many bookings follow; a lead that booked, cancelled
 * and booked again counts by the standing booking.
 */
async function bookedEnrolments(db: Db, workspaceId: string, sequenceIds: string[]): Promise<{ sequenceId: string; booked: number }[]> {
  if (sequenceIds.length === 0) return [];
  return db.$queryRaw<{ sequenceId: string; booked: number }[]>`
    SELECT e."sequenceId", count(*)::int AS "booked"
      FROM "NurtureEnrollment" e
     WHERE e."workspaceId" = ${workspaceId} AND e."sequenceId" = ANY(${sequenceIds}::text[])
       AND EXISTS (
         SELECT 1 FROM "Booking" b
          WHERE b."workspaceId" = ${workspaceId} AND b."status" = 'CONFIRMED' AND b."createdAt" >= e."enrolledAt"
            AND (b."leadId" = e."leadId"
                 OR (e."exitReason" = 'routed_to_sales' AND b."leadId" IN (
                       SELECT ev."data"->>'byLeadId' FROM "LeadEvent" ev
                        WHERE ev."leadId" = e."leadId" AND ev."workspaceId" = ${workspaceId}
                          AND ev."type" = 'nurture_exited' AND ev."data"->>'enrollmentId' = e."id"))))
     GROUP BY e."sequenceId"`;
}

export async function listSequences(db: Db, workspaceId: string): Promise<TSequenceSummary[]> {
  const [rows, settings] = await Promise.all([
    db.nurtureSequence.findMany({ where: { workspaceId }, orderBy: { name: "asc" }, select: { id: true, name: true, publishedVersion: true, updatedAt: true } }),
    db.nurtureSettings.findUnique({ where: { workspaceId }, select: { defaultSequenceId: true } }),
  ]);
  const figures = await sequenceFigures(db, workspaceId, rows.map((r) => r.id));
  return rows.map((r) => ({ ...r, isDefault: settings?.defaultSequenceId === r.id, figures: figures.get(r.id) ?? EMPTY_FIGURES }));
}

export async function getSequence(db: Db, workspaceId: string, id: string): Promise<TSequenceDetail> {
  const row = await db.nurtureSequence.findFirst({
    where: { id, workspaceId },
    include: { versions: { orderBy: { version: "desc" }, select: { version: true, publishedAt: true, definition: true, _count: { select: { enrollments: true } } } } },
  });
  if (!row) throw new AppError("NOT_FOUND", "Sequence not found.");
  const settings = await db.nurtureSettings.findUnique({ where: { workspaceId }, select: { defaultSequenceId: true } });
  const draft = ZSequenceDefinition.parse(row.draft);
  const published = row.versions.find((v) => v.version === row.publishedVersion);
  const figures = (await sequenceFigures(db, workspaceId, [row.id])).get(row.id) ?? EMPTY_FIGURES;
  return {
    id: row.id,
    name: row.name,
    draft,
    publishedVersion: row.publishedVersion,
    isDefault: settings?.defaultSequenceId === row.id,
    // Both read through the schema: jsonb keeps its own key order, so raw JSON never compares equal.
    hasUnpublishedChanges: !published || JSON.stringify(ZSequenceDefinition.safeParse(published.definition).data ?? null) !== JSON.stringify(draft),
    versions: row.versions.map((v) => ({ version: v.version, publishedAt: v.publishedAt, enrolled: v._count.enrollments })),
    figures,
    revision: row.updatedAt.toISOString(),
  };
}

export async function createSequence(db: Db, workspaceId: string, input: { name: string; draft?: TSequenceDefinition }): Promise<{ id: string }> {
  const name = input.name.trim();
  if (!name || name.length > 80) throw new AppError("VALIDATION", "Give the sequence a name (at most 80 characters)", [{ path: "name", message: "Give the sequence a name (at most 80 characters)" }]);
  const taken = await db.nurtureSequence.findFirst({ where: { workspaceId, name }, select: { id: true } });
  if (taken) throw new AppError("VALIDATION", "A sequence with this name exists", [{ path: "name", message: "A sequence with this name exists" }]);
  const draft = input.draft ?? { steps: [] };
  return db.nurtureSequence.create({ data: { workspaceId, name, draft }, select: { id: true } });
}

function definitionOrThrow(raw: unknown): TSequenceDefinition {
  const parsed = ZSequenceDefinition.safeParse(raw);
  if (parsed.success) return parsed.data;
  const details = parsed.error.issues.map((i) => ({ path: ["draft", ...i.path].join("."), message: i.message }));
  throw new AppError("VALIDATION", details[0]?.message ?? "Invalid sequence", details);
}

/**
 * Saves the draft (and the name). With `baseRevision` (the revision the editor loaded) the save
 * happens only when nobody saved since — else CONFLICT and nothing is written. Returns the new revision.
 */
export async function saveSequenceDraft(db: Db, workspaceId: string, input: { id: string; name?: string; draft: unknown; baseRevision?: string }): Promise<{ revision: string }> {
  const draft = definitionOrThrow(input.draft);
  const name = input.name?.trim();
  if (name !== undefined && (!name || name.length > 80)) throw new AppError("VALIDATION", "Give the sequence a name", [{ path: "name", message: "Give the sequence a name (at most 80 characters)" }]);
  return db.$transaction(async (tx) => {
    const current = await lockSequence(tx, workspaceId, input.id, input.baseRevision);
    // The new revision is always later than the stored one, even within the same millisecond.
    const updatedAt = new Date(Math.max(Date.now(), current.getTime() + 1));
    await tx.nurtureSequence.update({ where: { id: input.id }, data: { draft, updatedAt, ...(name ? { name } : {}) } });
    return { revision: updatedAt.toISOString() };
  });
}

/** Locks the sequence's row; NOT_FOUND outside the workspace, CONFLICT when `baseRevision` is stale. Returns the stored revision. */
async function lockSequence(tx: DbTx, workspaceId: string, id: string, baseRevision: string | undefined): Promise<Date> {
  const [row] = await tx.$queryRaw<{ updatedAt: Date }[]>`SELECT "updatedAt" FROM "NurtureSequence" WHERE "id" = ${id} AND "workspaceId" = ${workspaceId} FOR UPDATE`;
  if (!row) throw new AppError("NOT_FOUND", "Sequence not found.");
  if (baseRevision !== undefined && row.updatedAt.getTime() !== Date.parse(baseRevision)) throw new AppError("CONFLICT", SEQUENCE_CONFLICT_MESSAGE);
  return row.updatedAt;
}

/**
 * Publishes the draft as the next version; leads already enrolled keep theirs. With
 * `baseRevision`, only the draft the editor saw (else CONFLICT). The draft's revision stays.
 */
export async function publishSequence(db: Db, workspaceId: string, id: string, now: Date, baseRevision?: string): Promise<{ version: number }> {
  return db.$transaction(async (tx) => {
    const revision = await lockSequence(tx, workspaceId, id, baseRevision);
    const row = await tx.nurtureSequence.findFirst({ where: { id, workspaceId }, select: { draft: true, versions: { orderBy: { version: "desc" }, take: 1, select: { version: true } } } });
    if (!row) throw new AppError("NOT_FOUND", "Sequence not found.");
    const draft = definitionOrThrow(row.draft);
    const issues = publishIssues(draft);
    if (issues.length > 0) throw new AppError("VALIDATION", issues[0]!.message, issues.map((i) => ({ path: `draft.${i.path}`, message: i.message })));
    const version = (row.versions[0]?.version ?? 0) + 1;
    await tx.nurtureSequenceVersion.create({ data: { workspaceId, sequenceId: id, version, definition: draft, publishedAt: now } });
    await tx.nurtureSequence.update({ where: { id }, data: { publishedVersion: version, updatedAt: revision } });
    return { version };
  });
}
