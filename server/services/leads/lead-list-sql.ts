// The leads table's filters (domain/leads/lead-list-filters.ts, the same clauses lead-list-where.ts
// renders for Prisma) as one SQL predicate over `"Lead" l`, for the statements Prisma cannot
// write: the leads CSV reads its answer columns (the keys inside the matching leads' JSON answers)
// in one aggregate statement over exactly the leads its rows walk (export-leads-csv.ts). Every value
// is a parameter. The switches are exhaustive: a new clause does not compile until it is rendered
// here too; lead-list-sql.int.test.ts checks that both renderings select the same leads.
import { Prisma } from "../../db/generated/client";
import {
  leadListFilters,
  unhandledKind,
  type LEAD_SEARCH_FIELDS,
  type PERSON_SEARCH_FIELDS,
  type TLeadListFilter,
  type TLeadListFilterInput,
  type TLeadListFilterViewer,
  type TLeadListStatus,
  type TReachFact,
} from "../../domain/leads/lead-list-filters";
import { SPAM_STATUS, UNTOUCHED_SPAM_STATUSES } from "../../domain/leads/lead-status-view";
import { escapeLike } from "../../domain/validation/escape-like";
import { phoneDigitsSql } from "./lead-phone-search";

const UNTOUCHED = Prisma.join([...UNTOUCHED_SPAM_STATUSES]);
/** lead-status-where.ts readsAsSpamWhere. */
const READS_AS_SPAM = Prisma.sql`(l."isSpam" AND l."status"::text IN (${UNTOUCHED}))`;

/** lead-status-where.ts leadStatusWhere. */
function statusSql(status: TLeadListStatus): Prisma.Sql {
  if (status === SPAM_STATUS) return READS_AS_SPAM;
  return (UNTOUCHED_SPAM_STATUSES as readonly string[]).includes(status) ? Prisma.sql`(l."status"::text = ${status} AND NOT l."isSpam")` : Prisma.sql`l."status"::text = ${status}`;
}

const LEAD_TEXT: Record<(typeof LEAD_SEARCH_FIELDS)[number], Prisma.Sql> = {
  contactName: Prisma.sql`l."contactName"`,
  contactCompany: Prisma.sql`l."contactCompany"`,
  contactPhone: Prisma.sql`l."contactPhone"`,
};
const PERSON_TEXT: Record<(typeof PERSON_SEARCH_FIELDS)[number], Prisma.Sql> = {
  email: Prisma.sql`p."email"`,
  name: Prisma.sql`p."name"`,
  company: Prisma.sql`p."company"`,
  phone: Prisma.sql`p."phone"`,
};

function searchSql(text: string, phoneDigits: string | null): Prisma.Sql {
  const like = `%${escapeLike(text)}%`;
  const ilike = (column: Prisma.Sql) => Prisma.sql`${column} ILIKE ${like}`;
  // A search that reads as a phone: the lead's own phone's digits, or its person's (lead-phone-search.ts).
  const leadPhone = phoneDigits ? [phoneDigitsSql(LEAD_TEXT.contactPhone, phoneDigits)] : [];
  const personPhone = phoneDigits ? [phoneDigitsSql(PERSON_TEXT.phone, phoneDigits)] : [];
  return Prisma.sql`(${Prisma.join([...Object.values(LEAD_TEXT).map(ilike), ...leadPhone], " OR ")}
      OR EXISTS (SELECT 1 FROM "Person" p WHERE p."id" = l."personId" AND (${Prisma.join([...Object.values(PERSON_TEXT).map(ilike), ...personPhone], " OR ")})))`;
}

function reachFactSql(fact: TReachFact): Prisma.Sql {
  switch (fact.kind) {
    case "stageIn":
      return Prisma.sql`l."stage"::text IN (${Prisma.join([...fact.stages])})`;
    case "hasOpportunityAmount":
      return Prisma.sql`l."opportunityAmount" IS NOT NULL`;
    case "hadOutcomeIn":
      return Prisma.sql`EXISTS (SELECT 1 FROM "LeadOutcome" o WHERE o."leadId" = l."id" AND o."stage"::text IN (${Prisma.join([...fact.stages])}))`;
    case "hasBooking":
      return Prisma.sql`EXISTS (SELECT 1 FROM "Booking" b WHERE b."leadId" = l."id")`;
    case "hasFirstContact":
      return Prisma.sql`l."firstContactAt" IS NOT NULL`;
    case "hasOwner":
      return Prisma.sql`l."ownerRepId" IS NOT NULL`;
    case "routingOutcomeIn":
      return Prisma.sql`l."routingOutcome" IN (${Prisma.join([...fact.outcomes])})`;
    default:
      return unhandledKind(fact);
  }
}

/** lead-list-where.ts routedAssignmentWhere: fairness-report.ts's count of a pool's routed assignments, as "the lead has one". */
function routedAssignmentSql(filter: Extract<TLeadListFilter, { kind: "routedAssignment" }>, workspaceId: string): Prisma.Sql {
  const conditions = [
    Prisma.sql`a."leadId" = l."id"`,
    Prisma.sql`a."workspaceId" = ${workspaceId}`,
    Prisma.sql`a."kind"::text = 'ROUTED'`,
    filter.repId !== null ? Prisma.sql`a."repId" = ${filter.repId}` : Prisma.sql`a."repId" IS NOT NULL`,
    // JSON equality, as Prisma's json path filter (the same as ->> for the string ids decisions store).
    ...(filter.pathId !== null ? [Prisma.sql`a."decision" -> 'pathId' = to_jsonb(${filter.pathId}::text)`] : []),
    ...(filter.teamId !== null ? [Prisma.sql`a."decision" -> 'teamId' = to_jsonb(${filter.teamId}::text)`] : []),
    ...(filter.from ? [Prisma.sql`a."assignedAt" >= ${filter.from}`] : []),
    ...(filter.before ? [Prisma.sql`a."assignedAt" < ${filter.before}`] : []),
  ];
  return Prisma.sql`EXISTS (SELECT 1 FROM "LeadAssignment" a WHERE ${Prisma.join(conditions, " AND ")})`;
}

/** One clause as a condition on `"Lead" l` (related rows read only in this workspace). */
function filterSql(filter: TLeadListFilter, workspaceId: string): Prisma.Sql {
  switch (filter.kind) {
    case "ownedByUser":
      return Prisma.sql`EXISTS (SELECT 1 FROM "RepProfile" rp WHERE rp."id" = l."ownerRepId" AND rp."userId" = ${filter.userId})`;
    case "hideSpam":
      return Prisma.sql`NOT ${READS_AS_SPAM}`;
    case "status":
      return statusSql(filter.status);
    case "tier":
      return Prisma.sql`l."tier" = ${filter.tier}`;
    case "form":
      return Prisma.sql`l."formId" = ${filter.formId}`;
    case "source":
      return Prisma.sql`l."source" = ${filter.source}`;
    case "submittedBetween":
      return allOf([
        ...(filter.from ? [Prisma.sql`l."submittedAt" >= ${filter.from}`] : []),
        ...(filter.before ? [Prisma.sql`l."submittedAt" < ${filter.before}`] : []),
      ]);
    case "routedAssignment":
      return routedAssignmentSql(filter, workspaceId);
    case "ownerRep":
      return Prisma.sql`l."ownerRepId" = ${filter.repId}`;
    case "ownerInTeam":
      return Prisma.sql`EXISTS (SELECT 1 FROM "TeamMember" tm WHERE tm."repId" = l."ownerRepId" AND tm."teamId" = ${filter.teamId})`;
    case "routingPath":
      return Prisma.sql`l."routingPathId" = ${filter.pathId}`;
    case "scoreBetween":
      return allOf([
        ...(filter.min !== null ? [Prisma.sql`l."scoreTotal" >= ${filter.min}`] : []),
        ...(filter.max !== null ? [Prisma.sql`l."scoreTotal" <= ${filter.max}`] : []),
      ]);
    case "utmSource":
      // The column the database keeps (the utm's source, else utm_source: migration *_lead_utm_source_alias), as analytics reads it.
      return Prisma.sql`l."utmSource" = ${filter.utmSource}`;
    case "reached":
      return anyOf(filter.anyOf.map(reachFactSql));
    case "search":
      return searchSql(filter.text, filter.phoneDigits);
    default:
      return unhandledKind(filter);
  }
}

/** Any of the conditions (none: false, as Prisma reads an empty OR). */
function anyOf(conditions: Prisma.Sql[]): Prisma.Sql {
  return conditions.length ? Prisma.sql`(${Prisma.join(conditions.map((c) => Prisma.sql`(${c})`), " OR ")})` : Prisma.sql`FALSE`;
}

/** Every condition (none: true). */
function allOf(conditions: Prisma.Sql[]): Prisma.Sql {
  return conditions.length ? Prisma.sql`(${Prisma.join(conditions, " AND ")})` : Prisma.sql`TRUE`;
}

/** The table's where (lead-list-where.ts leadListWhere, the same clauses) as a predicate over `"Lead" l` (input already parsed by list-leads.ts ZListLeadsInput). */
export function leadListSql(workspaceId: string, input: TLeadListFilterInput, viewer: TLeadListFilterViewer | null): Prisma.Sql {
  return Prisma.join([Prisma.sql`l."workspaceId" = ${workspaceId}`, ...leadListFilters(input, viewer).map((filter) => filterSql(filter, workspaceId))], " AND ");
}
