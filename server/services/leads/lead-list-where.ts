// The leads table's filters (domain/leads/lead-list-filters.ts) rendered to Prisma's where: the
// table, its keyset walk and the leads CSV's rows (list-leads.ts). lead-list-sql.ts renders the same
// clauses to SQL for the CSV's column statement; both switches are exhaustive, so a new clause does
// not compile until both render it. The workspace scopes the leads and any related rows a clause
// reads (a routed assignment).
import type { Prisma } from "../../db/generated/client";
import {
  LEAD_SEARCH_FIELDS,
  leadListFilters,
  PERSON_SEARCH_FIELDS,
  unhandledKind,
  type TLeadListFilter,
  type TLeadListFilterInput,
  type TLeadListFilterViewer,
  type TReachFact,
} from "../../domain/leads/lead-list-filters";
import { escapeLike } from "../../domain/validation/escape-like";
import { leadStatusWhere, notReadingAsSpamWhere } from "./lead-status-where";

/** The leads a user owns (a REP's scope: list-leads.ts leadVisibility). */
export function ownedByUserWhere(userId: string): Prisma.LeadWhereInput {
  return { ownerRep: { is: { userId } } };
}

function reachFactWhere(fact: TReachFact): Prisma.LeadWhereInput {
  switch (fact.kind) {
    case "stageIn":
      return { stage: { in: [...fact.stages] } };
    case "hasOpportunityAmount":
      return { opportunityAmount: { not: null } };
    case "hadOutcomeIn":
      return { outcomes: { some: { stage: { in: [...fact.stages] } } } };
    case "hasBooking":
      return { bookings: { some: {} } };
    case "hasFirstContact":
      return { firstContactAt: { not: null } };
    case "hasOwner":
      return { ownerRepId: { not: null } };
    case "routingOutcomeIn":
      return { routingOutcome: { in: [...fact.outcomes] } };
    default:
      return unhandledKind(fact);
  }
}

/** A range on a date column (either end may be open). */
function dateRange(from: Date | null, before: Date | null): Prisma.DateTimeFilter {
  return { ...(from ? { gte: from } : {}), ...(before ? { lt: before } : {}) };
}

/** fairness-report.ts's count of a pool's routed assignments, as "the lead has one" (the workspace's own assignments). */
function routedAssignmentWhere(filter: Extract<TLeadListFilter, { kind: "routedAssignment" }>, workspaceId: string): Prisma.LeadWhereInput {
  const decision: Prisma.LeadAssignmentWhereInput[] = [
    ...(filter.pathId !== null ? [{ decision: { path: ["pathId"], equals: filter.pathId } }] : []),
    ...(filter.teamId !== null ? [{ decision: { path: ["teamId"], equals: filter.teamId } }] : []),
  ];
  return {
    assignments: {
      some: {
        workspaceId,
        kind: "ROUTED",
        repId: filter.repId ?? { not: null },
        assignedAt: dateRange(filter.from, filter.before),
        AND: decision,
      },
    },
  };
}

function filterWhere(filter: TLeadListFilter, workspaceId: string, phones: readonly string[]): Prisma.LeadWhereInput {
  switch (filter.kind) {
    case "ownedByUser":
      return ownedByUserWhere(filter.userId);
    case "hideSpam":
      return notReadingAsSpamWhere;
    case "status":
      return leadStatusWhere(filter.status);
    case "tier":
      return { tier: filter.tier };
    case "form":
      return { formId: filter.formId };
    case "source":
      return { source: filter.source };
    case "submittedBetween":
      return { submittedAt: dateRange(filter.from, filter.before) };
    case "routedAssignment":
      return routedAssignmentWhere(filter, workspaceId);
    case "ownerRep":
      return { ownerRepId: filter.repId };
    case "ownerInTeam":
      return { ownerRep: { is: { teams: { some: { teamId: filter.teamId } } } } };
    case "routingPath":
      return { routingPathId: filter.pathId };
    case "scoreBetween":
      return { scoreTotal: { ...(filter.min !== null ? { gte: filter.min } : {}), ...(filter.max !== null ? { lte: filter.max } : {}) } };
    case "utmSource":
      // The column the database keeps (the utm's source, else utm_source: migration *_lead_utm_source_alias), as analytics reads it.
      return { utmSource: filter.utmSource };
    case "reached":
      return { OR: filter.anyOf.map(reachFactWhere) };
    case "search": {
      // Prisma's contains does not escape: "%", "_" and "\" typed in the search match themselves.
      const contains = { contains: escapeLike(filter.text), mode: "insensitive" as const };
      // A search that reads as a phone: the phones whose digits contain its digits, the lead's own or its person's (lead-phone-search.ts).
      const isPhone = filter.phoneDigits !== null && phones.length > 0;
      return {
        OR: [
          ...LEAD_SEARCH_FIELDS.map((field): Prisma.LeadWhereInput => ({ [field]: contains })),
          ...(isPhone ? [{ contactPhone: { in: [...phones] } }] : []),
          {
            person: {
              OR: [
                ...PERSON_SEARCH_FIELDS.map((field): Prisma.PersonWhereInput => ({ [field]: contains })),
                ...(isPhone ? [{ phone: { in: [...phones] } }] : []),
              ],
            },
          },
        ],
      };
    }
    default:
      return unhandledKind(filter);
  }
}

/**
 * The table's where: the workspace's leads that satisfy every clause of the query (parsed by
 * list-leads.ts ZListLeadsInput) for this viewer. `phones`: the workspace's phones, the leads' own
 * and their people's, that the search matches by their digits (lead-phone-search.ts
 * phonesMatchingSearch), which Prisma cannot compare.
 */
export function leadListWhere(workspaceId: string, input: TLeadListFilterInput, viewer: TLeadListFilterViewer | null, phones: readonly string[]): Prisma.LeadWhereInput {
  return { workspaceId, AND: leadListFilters(input, viewer).map((filter) => filterWhere(filter, workspaceId, phones)) };
}
