// The one loader of routing inputs beside the routing state: a stored lead as routing sees it,
// and the account owner of its company domain. Live routing, "Test a lead", Replay and the REST
// routing test all read through here, then decide with decideLeadRouting (domain/routing).
import type { DbTx } from "../../db/client";
import type { TRawSql } from "../../db/raw-sql";
import { companyDomain } from "../../domain/routing/route-to-team";
import type { TStoredLead } from "../../domain/routing/routing-lead";

type TLeadRow = {
  id: string;
  answers: unknown;
  scoreTotal: number;
  scores: unknown;
  tier: string;
  estimatedValue: { toString(): string } | number | null;
  currency: string;
  routingValue: { toString(): string } | number | null;
  source: string | null;
  utm: unknown;
  formId: string | null;
  timeZone: string | null;
  person?: { email: string | null } | null;
};

/** A Lead row (with its person's email) as the domain's TStoredLead. */
export function leadRecordOf(row: TLeadRow): TStoredLead {
  return {
    id: row.id,
    answers: row.answers,
    scoreTotal: row.scoreTotal,
    scores: row.scores,
    tier: row.tier,
    estimatedValue: row.estimatedValue === null ? null : Number(row.estimatedValue),
    currency: row.currency,
    routingValue: row.routingValue === null ? null : Number(row.routingValue),
    source: row.source,
    utm: row.utm,
    email: row.person?.email ?? null,
    formId: row.formId,
    timeZone: row.timeZone,
  };
}

export async function loadStoredLead(tx: Pick<TRawSql, "$queryRaw">, leadId: string): Promise<TStoredLead & { workspaceId: string; isSpam: boolean }> {
  const [row] = await tx.$queryRaw<(Omit<TLeadRow, "person"> & { email: string | null; workspaceId: string; isSpam: boolean; routingCurrency: string })[]>`
    SELECT l."id", l."answers", l."scoreTotal", l."scores", l."tier", l."estimatedValue", l."currency", l."routingValue", l."source", l."utm", l."formId", l."timeZone", l."workspaceId", l."isSpam", p."email",
           w."routingCurrency"
      FROM "Lead" l LEFT JOIN "Person" p ON p."id" = l."personId" JOIN "Workspace" w ON w."id" = l."workspaceId"
     WHERE l."id" = ${leadId}`;
  if (!row) throw new Error(`No lead ${leadId}`);
  return { ...leadRecordOf({ ...row, person: { email: row.email } }), routingCurrency: row.routingCurrency, workspaceId: row.workspaceId, isSpam: row.isSpam };
}

/** The registry entry for the lead's company domain ({} for free-mail or unknown domains). */
export async function loadAccountOwners(tx: Pick<DbTx, "accountOwner">, workspaceId: string, email: string | null): Promise<Record<string, string>> {
  const domain = companyDomain(email);
  if (!domain) return {};
  const owner = await tx.accountOwner.findUnique({ where: { workspaceId_domain: { workspaceId, domain } } });
  return owner ? { [owner.domain]: owner.repId } : {};
}
