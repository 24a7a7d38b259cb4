// Everything the server-to-server API's lead resource (server/api/rest/lead-resource.ts) and a rep
// alert (services/routing/assignment-alert.ts, found by its assignment) show, read in ONE statement: the lead with its person, form, form version, events and repeat link (what
// getLead reads in ~8 statements; the form version's definition and scoring come parsed from the process's cache, services/forms/form-version-cache.ts), its assignments, the workspace's name and the
// names of its reps and teams for the reasons. The answer of every POST /api/v1/leads is made from it, so it was 13 round
// trips after each routed lead's commit. The lead view itself is getLead's (leadDetailOf), so the
// lead page and the API cannot drift. The names come from the process's cache when the statement
// finds the roster version it holds (workspace-names-cache.ts), else the statement reads them.
import { Prisma, type AssignmentKind } from "../../db/generated/client";
import type { TRawSql } from "../../db/raw-sql";
import { AppError } from "../../errors";
import { parsedFormVersion } from "../forms/form-version-cache";
import { leadDetailOf, type TLeadDetail, type TLeadDetailRow, type TLeadEventView } from "./get-lead";
import type { TLeadStatus } from "./list-leads";
import { namesColumnsSql, namesOf, namesVersionSql, type TNamesColumns } from "./workspace-names";
import { heldNames, type TWorkspaceNames } from "./workspace-names-cache";
import { BUILT_IN_TIERS_SQL, publishedFormTiersSql } from "./load-workspace-tier-labels";
import { type TFormScoring, workspaceTierLabels } from "../../domain/leads/workspace-tier-labels";
import type { TLeadStageView } from "../outcomes/outcome-types";

export interface TAssignmentRow {
  id: string;
  kind: AssignmentKind;
  isCurrent: boolean;
  isProvisional: boolean;
  repId: string | null;
  decision: unknown;
  configVersion: number | null;
  durationMs: number | null;
  note: string;
  byUserId: string | null;
  assignedAt: Date;
  acceptedAt: Date | null;
  endedAt: Date | null;
  /** When a "routing.assigned" job claimed its follow-ups (timers, webhook event); null before. */
  followUpsAt: Date | null;
  /** When the rep's SLA accept clock starts (set with followUpsAt when there is an SLA); null: assignedAt. */
  slaStartsAt: Date | null;
}

export interface TLeadResourceData {
  detail: TLeadDetail;
  workspaceName: string;
  status: TLeadStatus;
  formSlug: string | null;
  /** Lead.notApplicableAnswers as stored: field key → value ({} when none). */
  notApplicableAnswers: Record<string, unknown>;
  /** The lead's lifecycle stage and deal fields, as POST /api/v1/leads/{id}/events answers them. */
  lifecycle: Omit<TLeadStageView, "id">;
  /** Lead.routingValue (DECIMAL as text, null: none) and the workspace's routing currency it is an amount of. */
  routing: { value: string | null; currency: string };
  /** Oldest first (assignedAt, id). */
  assignments: TAssignmentRow[];
  /** Every rep and team of the workspace (names for the reasons); shared and frozen. */
  reps: TWorkspaceNames["reps"];
  teams: TWorkspaceNames["teams"];
}

/**
 * What the lead resource (server/api/rest/lead-resource.ts) is made from: this read's data, or the
 * intake's for the lead it has just written (intake-answer.ts), which knows the lead's routing
 * events only and not its owner or repeat link — none of which the resource shows.
 */
export type TLeadAnswerData = Omit<TLeadResourceData, "detail" | "workspaceName"> & {
  detail: Omit<TLeadDetail, "events" | "owner" | "repeatOf"> & { events: readonly Omit<TLeadEventView, "id">[] };
};

type TJsonDate = string;
/** The lead's own columns, person, form and version as this read (and the intake's insert, insert-lead.ts) answers them. */
export type TStoredLeadColumns = Omit<TLeadDetailRow, "id" | "submittedAt" | "events" | "form" | "ownerRep"> & {
  submittedAt: Date | TJsonDate;
  form: { id: string; name: string; slug: string } | null;
  stage: TLeadStageView["stage"];
  stageChangedAt: Date | TJsonDate | null;
  acceptedAt: Date | TJsonDate | null;
  firstContactAt: Date | TJsonDate | null;
  /** Decimal(14, 2) as text ("24000.00"). */
  opportunityAmount: string | null;
  /** Lead.routingValue (Decimal(18, 2) as text) and the workspace's routing currency. */
  routingValue: string | null;
  routingCurrency: string;
  wonAmount: string | null;
  closedAt: Date | TJsonDate | null;
  closeReason: string | null;
  /** A lead without a form (and a tier not built in): the published forms' tiers, for its label (workspace-tier-labels.ts); else null. */
  publishedForms: TFormScoring[] | null;
};
type TRawRow = TStoredLeadColumns & {
  id: string;
  events: (Omit<TLeadEventView, "createdAt"> & { createdAt: TJsonDate })[];
  ownerRep: { id: string; userId: string; name: string | null; email: string } | null;
  repeatOf: { id: string; submittedAt: TJsonDate } | null;
  assignments: (Omit<TAssignmentRow, "assignedAt" | "acceptedAt" | "endedAt" | "followUpsAt" | "slaStartsAt"> & { assignedAt: TJsonDate; acceptedAt: TJsonDate | null; endedAt: TJsonDate | null; followUpsAt: TJsonDate | null; slaStartsAt: TJsonDate | null })[];
  workspaceName: string;
} & TNamesColumns;

/** A timestamp(3) column: a Date at the top level, JSON text without a zone inside json_build_object (UTC). */
function at(value: Date | TJsonDate): Date {
  return value instanceof Date ? value : new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(value) ? value : `${value}Z`);
}
const atOrNull = (value: Date | TJsonDate | null) => (value === null ? null : at(value));

/** NOT_FOUND when the lead is not in the workspace. */
export async function loadLeadResourceData(db: Pick<TRawSql, "$queryRaw">, workspaceId: string, leadId: string): Promise<TLeadResourceData> {
  const data = await readLeadResource(db, workspaceId, Prisma.sql`l."id" = ${leadId}`);
  if (!data) throw new AppError("NOT_FOUND", "Lead not found.");
  return data;
}

/**
 * The same read, of the lead of an assignment: what a follow-up job of that assignment knows (its
 * row is among `assignments`). Null when the workspace has no such assignment.
 */
export async function loadLeadResourceDataOfAssignment(db: Pick<TRawSql, "$queryRaw">, workspaceId: string, assignmentId: string): Promise<TLeadResourceData | null> {
  return readLeadResource(db, workspaceId, Prisma.sql`l."id" = (SELECT a."leadId" FROM "LeadAssignment" a WHERE a."id" = ${assignmentId} AND a."workspaceId" = ${workspaceId})`);
}

async function readLeadResource(db: Pick<TRawSql, "$queryRaw">, workspaceId: string, isTheLead: Prisma.Sql): Promise<TLeadResourceData | null> {
  const held = heldNames(workspaceId);
  const rows = await db.$queryRaw<TRawRow[]>`
    SELECT l."id", l."submittedAt", l."contactName", l."contactCompany", l."contactPhone", l."answers", l."notApplicableAnswers", l."scores", l."breakdown",
      l."scoreTotal", l."tier", l."knockedOutBy", l."estimatedValue"::text AS "estimatedValue", l."currency", l."isSpam",
      l."routingValue"::text AS "routingValue", (SELECT w."routingCurrency" FROM "Workspace" w WHERE w."id" = l."workspaceId") AS "routingCurrency",
      l."spamReason", l."source", l."utm", l."referrer", l."status"::text AS "status",
      l."stage"::text AS "stage", l."stageChangedAt", l."acceptedAt", l."firstContactAt", l."opportunityAmount"::text AS "opportunityAmount",
      l."wonAmount"::text AS "wonAmount", l."closedAt", l."closeReason",
      (SELECT w."name" FROM "Workspace" w WHERE w."id" = l."workspaceId") AS "workspaceName",
      CASE WHEN l."formVersionId" IS NULL AND l."tier" <> ALL(${BUILT_IN_TIERS_SQL}) THEN ${publishedFormTiersSql(Prisma.sql`l."workspaceId"`)} END AS "publishedForms",
      (SELECT json_build_object('id', r."id", 'userId', r."userId", 'name', u."name", 'email', u."email")
         FROM "RepProfile" r JOIN "User" u ON u."id" = r."userId" WHERE r."id" = l."ownerRepId") AS "ownerRep",
      (SELECT json_build_object('id', p."id", 'email', p."email", 'name', p."name", 'company', p."company", 'phone', p."phone")
         FROM "Person" p WHERE p."id" = l."personId") AS "person",
      (SELECT json_build_object('id', f."id", 'name', f."name", 'slug', f."slug") FROM "Form" f WHERE f."id" = l."formId") AS "form",
      (SELECT json_build_object('id', v."id", 'version', v."version") FROM "FormVersion" v WHERE v."id" = l."formVersionId") AS "formVersion",
      (SELECT json_build_object('id', o."id", 'submittedAt', o."submittedAt")
         FROM "Lead" o WHERE o."id" = l."repeatOfLeadId" AND o."workspaceId" = l."workspaceId") AS "repeatOf",
      COALESCE((SELECT json_agg(json_build_object('id', e."id", 'type', e."type", 'data', e."data", 'createdAt', e."createdAt") ORDER BY e."createdAt", e."id")
         FROM "LeadEvent" e WHERE e."leadId" = l."id"), '[]'::json) AS "events",
      COALESCE((SELECT json_agg(json_build_object('id', a."id", 'kind', a."kind", 'isCurrent', a."isCurrent", 'isProvisional', a."isProvisional",
           'repId', a."repId", 'decision', a."decision", 'configVersion', a."configVersion", 'durationMs', a."durationMs", 'note', a."note",
           'byUserId', a."byUserId", 'assignedAt', a."assignedAt", 'acceptedAt', a."acceptedAt", 'endedAt', a."endedAt", 'followUpsAt', a."followUpsAt", 'slaStartsAt', a."slaStartsAt") ORDER BY a."assignedAt", a."id")
         FROM "LeadAssignment" a WHERE a."leadId" = l."id" AND a."workspaceId" = l."workspaceId"), '[]'::json) AS "assignments",
      ${namesColumnsSql(held, Prisma.sql`l."workspaceId"`)}
    FROM "Lead" l CROSS JOIN ${namesVersionSql(workspaceId)}
    WHERE ${isTheLead} AND l."workspaceId" = ${workspaceId}`;
  const row = rows[0];
  if (!row) return null;
  const { ownerRep, repeatOf, events, assignments, namesVersion, reps, teams, workspaceName, ...lead } = row;
  const names = namesOf(workspaceId, held, { namesVersion, reps, teams });
  return {
    ...(await leadResourceDataOf(db, lead, {
      ownerRep: ownerRep ? { id: ownerRep.id, userId: ownerRep.userId, user: { name: ownerRep.name, email: ownerRep.email } } : null,
      repeatOf: repeatOf ? { id: repeatOf.id, submittedAt: at(repeatOf.submittedAt) } : null,
      events: events.map((e) => ({ id: e.id, type: e.type, data: e.data, createdAt: at(e.createdAt) })),
      assignments: assignments.map((a) => ({ ...a, assignedAt: at(a.assignedAt), acceptedAt: atOrNull(a.acceptedAt), endedAt: atOrNull(a.endedAt), followUpsAt: atOrNull(a.followUpsAt), slaStartsAt: atOrNull(a.slaStartsAt) })),
      names,
    })),
    workspaceName,
  };
}

/** What a lead's stored columns are joined with: its owner, repeat link, events (oldest first), assignments (oldest first) and the workspace's names. */
export interface TLeadResourceJoins {
  ownerRep: TLeadDetailRow["ownerRep"];
  repeatOf: TLeadDetail["repeatOf"];
  events: TLeadEventView[];
  assignments: TAssignmentRow[];
  names: TWorkspaceNames;
}

/**
 * Pure but for the form version's labels (the process's parsed versions, form-version-cache.ts: a
 * statement only on a miss): the resource's data from the lead's stored columns and what joins
 * them — this read's, or the intake's, which has just written them (intake-answer.ts).
 */
export async function leadResourceDataOf(db: Pick<TRawSql, "$queryRaw">, lead: TStoredLeadColumns & { id: string }, joins: TLeadResourceJoins): Promise<Omit<TLeadResourceData, "workspaceName">> {
  const { form, stage, stageChangedAt, acceptedAt, firstContactAt, opportunityAmount, wonAmount, closedAt, closeReason, publishedForms, routingValue, routingCurrency, ...columns } = lead;
  // The version's labels from the process's parsed versions (immutable rows; parsed once, not per read).
  const parsed = (columns.formVersion && (await parsedFormVersion(db, columns.formVersion.id))) ?? { definition: null, scoring: null };
  const detail = leadDetailOf(
    { ...columns, submittedAt: at(lead.submittedAt), form: form ? { id: form.id, name: form.name } : null, ownerRep: joins.ownerRep, events: joins.events },
    joins.repeatOf,
    parsed,
    workspaceTierLabels(publishedForms ?? []),
  );
  return {
    detail,
    status: lead.status,
    formSlug: form?.slug ?? null,
    notApplicableAnswers: isRecord(columns.notApplicableAnswers) ? columns.notApplicableAnswers : {},
    lifecycle: { stage, stageChangedAt: atOrNull(stageChangedAt), acceptedAt: atOrNull(acceptedAt), firstContactAt: atOrNull(firstContactAt), opportunityAmount, wonAmount, closedAt: atOrNull(closedAt), closeReason },
    routing: { value: routingValue, currency: routingCurrency },
    assignments: joins.assignments,
    reps: joins.names.reps,
    teams: joins.names.teams,
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return !!value && typeof value === "object" && !Array.isArray(value);
}
