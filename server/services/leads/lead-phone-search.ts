// The leads search's phone match: a search that reads as a phone ("4930 123": domain/leads/
// lead-list-filters.ts phoneSearchDigits) finds a lead whose phone contains those digits, whatever
// separates them ("+49 30 1234567"): its own (contactPhone: a contact sent without an email) or its
// person's (Person.phone: a lead with an email). SQL compares a phone's digits (regexp_replace) in
// the statement itself (lead-list-sql.ts); Prisma's where cannot, so the table (list-leads.ts) first
// reads the workspace's phones that match — one small statement, only for such a search — and
// lists the leads with one of them, on the lead or its person (lead-list-where.ts).
import type { DbTx } from "../../db/client";
import { Prisma } from "../../db/generated/client";
import { phoneSearchDigits } from "../../domain/leads/lead-list-filters";

/** The phone `column`'s digits (l."contactPhone", p."phone") contain `digits` (only 0-9: no LIKE wildcard to escape). */
export function phoneDigitsSql(column: Prisma.Sql, digits: string): Prisma.Sql {
  return Prisma.sql`regexp_replace(${column}, '[^0-9]+', '', 'g') LIKE ${`%${digits}%`}`;
}

/**
 * The workspace's phones (each once) whose digits contain the search's: its leads' own
 * (contactPhone) and its people's (Person.phone); [] for a search that is no phone.
 */
export async function phonesMatchingSearch(db: DbTx, workspaceId: string, search: string | undefined): Promise<string[]> {
  const digits = search ? phoneSearchDigits(search) : null;
  if (!digits) return [];
  const rows = await db.$queryRaw<{ phone: string }[]>`
    SELECT l."contactPhone" AS "phone" FROM "Lead" l
     WHERE l."workspaceId" = ${workspaceId} AND l."contactPhone" IS NOT NULL AND ${phoneDigitsSql(Prisma.sql`l."contactPhone"`, digits)}
    UNION
    SELECT p."phone" AS "phone" FROM "Person" p
     WHERE p."workspaceId" = ${workspaceId} AND p."phone" IS NOT NULL AND ${phoneDigitsSql(Prisma.sql`p."phone"`, digits)}`;
  return rows.map((r) => r.phone);
}
