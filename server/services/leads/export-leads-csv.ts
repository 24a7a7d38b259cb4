// The leads table as CSV (`GET /api/v1/leads.csv` with an API key, `/leads/export.csv` from the
// dashboard with the session): the table's filters and sort, every column the table shows, the
// lead id, then the answer columns of the leads exported (domain/export/lead-answer-columns: their
// forms' questions in the forms' order, then any other key they hold, `answers.<key>` and
// `notApplicableAnswers.<key>`). The header comes first, so one aggregate statement over the
// table's filters (lead-list-sql.ts: the SQL of the clauses domain/leads/lead-list-filters.ts gives
// the table too, a REP's scope included) reads which forms, versions and keys the matching leads have, and the newest date among
// them; then the rows are read page by page through the same where-clause and order as the table
// (list-leads.ts walkLeadList; PGlite has one connection: no long query or transaction), each lead
// read once (with its answers, the phone given with its contact: the person's, or the lead's own for
// a contact sent without an email). Pages continue after the last lead read (keyset), not at an offset, and hold only the
// leads submitted by the export's start (or the newest lead it matched then, when one is dated
// ahead of the clock): a lead submitted, closed or reassigned while an export streams neither
// repeats a row nor pushes a matching lead out, and a new one is not in it. A lead that stops
// matching before its row is written is left out, as the table would; one that starts matching
// after the header was read (a status change, a reassignment, a lead stored with an earlier date)
// is written only when the header has a column for each of its answers (else its answers would be
// lost: it was not in the export when it started). No size limit: the memory an export takes is
// one page. Cells are neutralised against formula injection (domain/export/csv).
import type { DbTx } from "../../db/client";
import { Prisma } from "../../db/generated/client";
import { csvRow, type TCsvValue } from "../../domain/export/csv";
import { answerCells, leadAnswerColumns, type TAnswerColumn, type TColumnsForm } from "../../domain/export/lead-answer-columns";
import { parseDefinition } from "./lead-labels";
import { parseInput } from "../reps/parse-input";
import { leadListSql } from "./lead-list-sql";
import { MAX_PAGE_SIZE, walkLeadList, ZListLeadsInput, type TLeadListItem, type TLeadListWalkInput, type TLeadViewer } from "./list-leads";

export const LEAD_CSV_COLUMNS = ["Submitted (UTC)", "Name", "Email", "Phone", "Company", "Owner", "Status", "Form", "Tier", "Score", "Source", "Repeat", "Spam", "Lead ID"] as const;

function tableCells(lead: TLeadListItem, phone: string | null): TCsvValue[] {
  return [
    lead.submittedAt,
    // A lead with no email has no person but keeps the name and company (and, sent by an API key, the phone) it gave.
    lead.person?.name ?? lead.contactName,
    lead.person?.email ?? null,
    phone,
    lead.person?.company ?? lead.contactCompany,
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
  /** The export's snapshot: the leads submitted by its start, or by the newest lead it matched then when that one is dated ahead (a lead may be dated minutes ahead of the clock). */
  upTo: Date;
  formIds: Set<string>;
  versionIds: Set<string>;
  answerKeys: Set<string>;
  notApplicableKeys: Set<string>;
}

const keysSql = (column: string) => {
  const json = Prisma.raw(`m."${column}"`);
  return Prisma.sql`ARRAY(SELECT DISTINCT k FROM matched m, jsonb_object_keys(CASE WHEN jsonb_typeof(${json}) = 'object' THEN ${json} ELSE '{}'::jsonb END) AS k)`;
};

/**
 * What the header needs, in ONE statement over the leads the export matches when it starts (the
 * table's where-clause, lead-list-sql.ts): their newest date (the snapshot bound of the row walk),
 * forms, form versions, answer keys and not-applicable keys. One statement is one snapshot: every
 * lead it saw is dated by the bound, so the rows walked up to it include each of them.
 */
async function readExportedLeads(db: DbTx, workspaceId: string, input: TLeadListWalkInput, viewer: TLeadViewer | null, startedAt: Date): Promise<TExportedLeads> {
  const query = parseInput(ZListLeadsInput, input);
  const where = leadListSql(workspaceId, query, viewer);
  const [row] = await db.$queryRaw<{ newest: Date | null; formIds: string[]; versionIds: string[]; answerKeys: string[]; notApplicableKeys: string[] }[]>`
    WITH matched AS (SELECT l."submittedAt", l."formId", l."formVersionId", l."answers", l."notApplicableAnswers" FROM "Lead" l WHERE ${where})
    SELECT (SELECT max(m."submittedAt") FROM matched m) AS "newest",
      ARRAY(SELECT DISTINCT m."formId" FROM matched m WHERE m."formId" IS NOT NULL) AS "formIds",
      ARRAY(SELECT DISTINCT m."formVersionId" FROM matched m WHERE m."formVersionId" IS NOT NULL) AS "versionIds",
      ${keysSql("answers")} AS "answerKeys",
      ${keysSql("notApplicableAnswers")} AS "notApplicableKeys"`;
  const newest = row?.newest ? new Date(row.newest) : null;
  return {
    upTo: newest && newest > startedAt ? newest : startedAt,
    formIds: new Set([...(query.formId ? [query.formId] : []), ...(row?.formIds ?? [])]),
    versionIds: new Set(row?.versionIds ?? []),
    answerKeys: new Set(row?.answerKeys ?? []),
    notApplicableKeys: new Set(row?.notApplicableKeys ?? []),
  };
}

const keysOf = (value: unknown): string[] => (value !== null && typeof value === "object" && !Array.isArray(value) ? Object.keys(value) : []);

/** Whether the header has a column for each of a lead's answers (not so only for a lead that started matching after the header was read). */
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
  const found = await readExportedLeads(db, workspaceId, walk, viewer, new Date());
  const columns: TAnswerColumn[] = leadAnswerColumns({ forms: await formsOf(db, workspaceId, found), answerKeys: found.answerKeys, notApplicableKeys: found.notApplicableKeys });
  const headers = new Set(columns.map((c) => c.header));
  yield csvRow([...LEAD_CSV_COLUMNS, ...columns.map((c) => c.header)]);
  for await (const leads of walkLeadList(db, workspaceId, walk, viewer, { submittedUpTo: found.upTo })) {
    const rows = await db.lead.findMany({
      where: { workspaceId, id: { in: leads.map((l) => l.id) } },
      select: { id: true, answers: true, notApplicableAnswers: true, contactPhone: true, person: { select: { phone: true } } },
    });
    const answersById = new Map(rows.map((r) => [r.id, r]));
    let chunk = "";
    for (const lead of leads) {
      const read = answersById.get(lead.id);
      const answers = read ?? { answers: {}, notApplicableAnswers: {} };
      if (fitsHeader(headers, answers)) chunk += csvRow([...tableCells(lead, read?.contactPhone ?? read?.person?.phone ?? null), ...answerCells(columns, answers)]);
    }
    yield chunk; // one chunk a page (empty when none of its leads is written)
  }
}

/** `leads-2026-12-01.csv` */
export function leadsCsvFileName(now: Date): string {
  return `leads-${now.toISOString().slice(0, 10)}.csv`;
}
