// The leads search's phone match: a search that reads as a phone ("4930 123": domain/leads/
// lead-list-filters.ts phoneSearchDigits) finds a lead whose own phone (contactPhone: a contact
// sent without an email) contains those digits, whatever separates them ("+49 30 1234567"). SQL
// compares the phone's digits (regexp_replace) in the statement itself (lead-list-sql.ts); Prisma's
// where cannot, so the table (list-leads.ts) first reads the workspace's phones that match — one
// small statement, only for such a search — and lists the leads with one of them (lead-list-where.ts).
import type { DbTx } from "../../db/client";
import { Prisma } from "../../db/generated/client";
import { phoneSearchDigits } from "../../domain/leads/lead-list-filters";

/** `l."contactPhone"`'s digits contain `digits` (only 0-9: no LIKE wildcard to escape). */
export function phoneDigitsSql(digits: string): Prisma.Sql {
  return Prisma.sql`regexp_replace(l."contactPhone", '[^0-9]+', '', 'g') LIKE ${`%${digits}%`}`;
}

/** The workspace's lead phones (contactPhone, each once) whose digits contain the search's; [] for a search that is no phone. */
export async function phonesMatchingSearch(db: DbTx, workspaceId: string, search: string | undefined): Promise<string[]> {
  const digits = search ? phoneSearchDigits(search) : null;
  if (!digits) return [];
  const rows = await db.$queryRaw<{ phone: string }[]>`
    SELECT DISTINCT l."contactPhone" AS "phone" FROM "Lead" l
     WHERE l."workspaceId" = ${workspaceId} AND l."contactPhone" IS NOT NULL AND ${phoneDigitsSql(digits)}`;
  return rows.map((r) => r.phone);
}
