// The leads table as CSV (`GET /api/v1/leads.csv` with an API key, `/leads/export.csv` from the
// dashboard with the session): the table's filters and sort, every column the table shows, the
// lead id, then the answer columns of the leads exported (domain/export/lead-answer-columns: their
// forms' questions in the forms' order, then any other key they hold, `answers.<key>` and
// `notApplicableAnswers.<key>`). Read page by page through the same where-clause and order as the
// table (list-leads.ts walkLeadList; PGlite has one connection: no long query), so REPs get only
// the leads they own: a first pass over the pages reads which forms and keys the exported leads
// have (the header comes first), the second writes the rows. Pages continue after the last lead
// read (keyset), not at an offset, and both passes hold the leads submitted by the export's start
// (or the newest lead it matched then, when one is dated ahead of the clock): a lead submitted,
// closed or reassigned while an export streams neither repeats a row nor pushes a matching lead
// out, and a new one is not in it. A lead that stops matching before its row is written is left
// out, as the table would; one that starts matching between the passes is written only when the
// header has a column for each of its answers (else its answers would be lost: it was not in the
// export when it started). No size limit: the memory an export takes is one page. Cells are
// neutralised against formula injection (domain/export/csv).
import type { DbTx } from "../../db/client";
import { Prisma } from "../../db/generated/client";
import { csvRow, type TCsvValue } from "../../domain/export/csv";
import { answerCells, leadAnswerColumns, type TAnswerColumn, type TColumnsForm } from "../../domain/export/lead-answer-columns";
import { parseDefinition } from "./lead-labels";
import { MAX_PAGE_SIZE, newestListedSubmittedAt, walkLeadList, type TLeadListItem, type TLeadListWalkInput, type TLeadViewer } from "./list-leads";

export const LEAD_CSV_COLUMNS = ["Submitted (UTC)", "Name", "Email", "Company", "Owner", "Status", "Form", "Tier", "Score", "Source", "Repeat", "Spam", "Lead ID"] as const;

function tableCells(lead: TLeadListItem): TCsvValue[] {
  return [
    lead.submittedAt,
    lead.person?.name ?? null,
    lead.person?.email ?? null,
    lead.person?.company ?? null,
    lead.owner?.name ?? null,
    lead.status,
    lead.formName ?? (lead.formId ? "Deleted form" : null),
    lead.tierLabel,
    lead.scoreTotal,
    lead.source,
    lead.isRepeat,
    lead.isSpam,
    lead.id,
  ];
}

export interface TLeadsCsvOptions {
  /** Leads read per query (default the list's maximum). */
  pageSize?: number;
}

interface TExportedLeads {
  formIds: Set<string>;
  versionIds: Set<string>;
  answerKeys: Set<string>;
  notApplicableKeys: Set<string>;
}

const objectOrEmpty = (column: Prisma.Sql) => Prisma.sql`jsonb_object_keys(CASE WHEN jsonb_typeof(${column}) = 'object' THEN ${column} ELSE '{}'::jsonb END)`;

/** The answer keys, not-applicable keys and form versions of these leads of the workspace. */
async function readLeadKeys(db: DbTx, workspaceId: string, ids: string[], into: TExportedLeads): Promise<void> {
  const these = Prisma.sql`"workspaceId" = ${workspaceId} AND "id" IN (${Prisma.join(ids)})`;
  const rows = await db.$queryRaw<{ kind: string; value: string }[]>`
    SELECT 'answers' AS "kind", k AS "value" FROM "Lead", ${objectOrEmpty(Prisma.raw('"answers"'))} AS k WHERE ${these}
    UNION SELECT 'notApplicableAnswers', k FROM "Lead", ${objectOrEmpty(Prisma.raw('"notApplicableAnswers"'))} AS k WHERE ${these}
    UNION SELECT 'version', "formVersionId" FROM "Lead" WHERE ${these} AND "formVersionId" IS NOT NULL`;
  const sets: Record<string, Set<string>> = { answers: into.answerKeys, notApplicableAnswers: into.notApplicableKeys, version: into.versionIds };
  for (const row of rows) sets[row.kind]?.add(row.value);
}

/** The export's snapshot: the leads submitted by its start, or by the newest lead it matched then when that one is dated ahead (a lead may be dated minutes ahead of the clock). */
async function submittedUpTo(db: DbTx, workspaceId: string, input: TLeadListWalkInput, viewer: TLeadViewer | null, startedAt: Date): Promise<Date> {
  const newest = await newestListedSubmittedAt(db, workspaceId, input, viewer);
  return newest && newest > startedAt ? newest : startedAt;
}

/** First pass: the forms and keys of the leads the export holds (the same walk as the second). */
async function readExportedLeads(db: DbTx, workspaceId: string, input: TLeadListWalkInput, viewer: TLeadViewer | null, upTo: Date): Promise<TExportedLeads> {
  const found: TExportedLeads = { formIds: new Set(input.formId ? [input.formId] : []), versionIds: new Set(), answerKeys: new Set(), notApplicableKeys: new Set() };
  for await (const leads of walkLeadList(db, workspaceId, input, viewer, { submittedUpTo: upTo })) {
    for (const lead of leads) if (lead.formId) found.formIds.add(lead.formId);
    await readLeadKeys(db, workspaceId, leads.map((l) => l.id), found);
  }
  return found;
}

const keysOf = (value: unknown): string[] => (value !== null && typeof value === "object" && !Array.isArray(value) ? Object.keys(value) : []);

/** Whether the header has a column for each of a lead's answers (not so only for a lead that started matching after the first pass). */
function fitsHeader(headers: ReadonlySet<string>, lead: { answers: unknown; notApplicableAnswers: unknown }): boolean {
  return keysOf(lead.answers).every((key) => headers.has(`answers.${key}`)) && keysOf(lead.notApplicableAnswers).every((key) => headers.has(`notApplicableAnswers.${key}`));
}

/** The exported leads' forms with the definitions to take questions from: the current version, then the leads' older ones, newest first. */
async function formsOf(db: DbTx, workspaceId: string, found: TExportedLeads): Promise<TColumnsForm[]> {
  if (found.formIds.size === 0) return [];
  const forms = await db.form.findMany({ where: { workspaceId, id: { in: [...found.formIds] } }, select: { id: true, name: true, currentVersionId: true } });
  const wanted = [...found.versionIds, ...forms.flatMap((f) => (f.currentVersionId ? [f.currentVersionId] : []))];
  const versions = await db.formVersion.findMany({ where: { workspaceId, id: { in: wanted } }, select: { id: true, formId: true, definition: true }, orderBy: { version: "desc" } });
  return forms.map((form) => {
    const own = versions.filter((v) => v.formId === form.id);
    const ordered = [...own.filter((v) => v.id === form.currentVersionId), ...own.filter((v) => v.id !== form.currentVersionId)];
    return { id: form.id, name: form.name, definitions: ordered.flatMap((v) => parseDefinition(v.definition) ?? []) };
  });
}

/** The CSV, line by line (header first), read one page of leads at a time. */
export async function* leadsCsv(db: DbTx, workspaceId: string, input: TLeadListWalkInput, viewer: TLeadViewer | null, options: TLeadsCsvOptions = {}): AsyncGenerator<string> {
  const walk = { ...input, pageSize: Math.min(options.pageSize ?? MAX_PAGE_SIZE, MAX_PAGE_SIZE) };
  const upTo = await submittedUpTo(db, workspaceId, walk, viewer, new Date());
  const found = await readExportedLeads(db, workspaceId, walk, viewer, upTo);
  const columns: TAnswerColumn[] = leadAnswerColumns({ forms: await formsOf(db, workspaceId, found), answerKeys: found.answerKeys, notApplicableKeys: found.notApplicableKeys });
  const headers = new Set(columns.map((c) => c.header));
  yield csvRow([...LEAD_CSV_COLUMNS, ...columns.map((c) => c.header)]);
  for await (const leads of walkLeadList(db, workspaceId, walk, viewer, { submittedUpTo: upTo })) {
    const rows = await db.lead.findMany({ where: { workspaceId, id: { in: leads.map((l) => l.id) } }, select: { id: true, answers: true, notApplicableAnswers: true } });
    const answersById = new Map(rows.map((r) => [r.id, r]));
    let chunk = "";
    for (const lead of leads) {
      const answers = answersById.get(lead.id) ?? { answers: {}, notApplicableAnswers: {} };
      if (fitsHeader(headers, answers)) chunk += csvRow([...tableCells(lead), ...answerCells(columns, answers)]);
    }
    yield chunk; // one chunk a page (empty when none of its leads is written)
  }
}

/** `leads-2026-12-01.csv` */
export function leadsCsvFileName(now: Date): string {
  return `leads-${now.toISOString().slice(0, 10)}.csv`;
}
