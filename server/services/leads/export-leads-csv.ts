// The leads table as CSV (`GET /api/v1/leads.csv` with an API key, `/leads/export.csv` from the
// dashboard with the session): the table's filters and sort, every column the table shows, the
// lead id, then one column per answer key of the workspace's leads (`answers.<key>`). Read page by
// page through the same listLeads the table uses (PGlite has one connection: no long query), so
// REPs get only the leads they own. Cells are neutralised against formula injection (domain/export/csv).
import type { DbTx } from "../../db/client";
import { answerCellValue, csvRow, type TCsvValue } from "../../domain/export/csv";
import { listLeads, MAX_PAGE_SIZE, type TLeadListItem, type TLeadViewer, type TListLeadsInput } from "./list-leads";

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

/** The answer keys of the workspace's leads (of one form when filtered by form), sorted. */
async function answerKeys(db: DbTx, workspaceId: string, formId: string | undefined): Promise<string[]> {
  const rows = formId
    ? await db.$queryRaw<{ key: string }[]>`SELECT DISTINCT k AS "key" FROM "Lead", jsonb_object_keys(CASE WHEN jsonb_typeof("answers") = 'object' THEN "answers" ELSE '{}'::jsonb END) AS k WHERE "workspaceId" = ${workspaceId} AND "formId" = ${formId} ORDER BY 1`
    : await db.$queryRaw<{ key: string }[]>`SELECT DISTINCT k AS "key" FROM "Lead", jsonb_object_keys(CASE WHEN jsonb_typeof("answers") = 'object' THEN "answers" ELSE '{}'::jsonb END) AS k WHERE "workspaceId" = ${workspaceId} ORDER BY 1`;
  return rows.map((r) => r.key);
}

export interface TLeadsCsvOptions {
  /** Leads read per query (default the list's maximum). */
  pageSize?: number;
}

/** The CSV, line by line (header first), read one page of leads at a time. */
export async function* leadsCsv(db: DbTx, workspaceId: string, input: TListLeadsInput, viewer: TLeadViewer | null, options: TLeadsCsvOptions = {}): AsyncGenerator<string> {
  const pageSize = Math.min(options.pageSize ?? MAX_PAGE_SIZE, MAX_PAGE_SIZE);
  const keys = await answerKeys(db, workspaceId, input.formId);
  yield csvRow([...LEAD_CSV_COLUMNS, ...keys.map((k) => `answers.${k}`)]);
  for (let page = 1; ; page += 1) {
    const list = await listLeads(db, workspaceId, { ...input, page, pageSize }, viewer);
    if (list.items.length === 0) return;
    const rows = await db.lead.findMany({ where: { workspaceId, id: { in: list.items.map((l) => l.id) } }, select: { id: true, answers: true } });
    const answersById = new Map(rows.map((r) => [r.id, (r.answers && typeof r.answers === "object" && !Array.isArray(r.answers) ? r.answers : {}) as Record<string, unknown>]));
    let chunk = "";
    for (const lead of list.items) {
      const answers = answersById.get(lead.id) ?? {};
      chunk += csvRow([...tableCells(lead), ...keys.map((k) => answerCellValue(answers[k]))]);
    }
    yield chunk;
    if (page * pageSize >= list.total) return;
  }
}

/** `leads-2026-12-01.csv` */
export function leadsCsvFileName(now: Date): string {
  return `leads-${now.toISOString().slice(0, 10)}.csv`;
}
