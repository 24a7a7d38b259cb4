// The leads table's filters as data, derived once from the table's query and its viewer: the list
// of clauses every matching lead satisfies (all of them). Two renderers read it — to Prisma's where
// (server/services/leads/lead-list-where.ts: the table, its keyset walk, the CSV's rows) and to SQL
// (server/services/leads/lead-list-sql.ts: the CSV's one column statement, which Prisma cannot
// write) — each with an exhaustive switch, so a new filter is a new member of TLeadListFilter (and
// of TReachFact for a funnel fact) that TypeScript makes both renderers handle. The workspace is
// not a clause: each renderer takes it as a required argument. Pure: no I/O.
import { stageRank, type TFunnelStage } from "../analytics/funnel";
import { scoreBandRange } from "../analytics/score-predictiveness";
import type { TRole } from "../auth/roles";
import type { TLeadStage } from "../outcomes/lead-stages";
import type { LEAD_LIST_STATUSES } from "./lead-list-query";

export type TLeadListStatus = (typeof LEAD_LIST_STATUSES)[number];

/** The lead's own text columns and its person's that the search reads (case-insensitive, wildcards escaped). */
export const LEAD_SEARCH_FIELDS = ["contactName", "contactCompany", "contactPhone"] as const;
export const PERSON_SEARCH_FIELDS = ["email", "name", "company", "phone"] as const;

/** The fewest digits a search matches by its digits alone (phoneSearchDigits). */
export const PHONE_SEARCH_MIN_DIGITS = 4;

/** What people type between a phone's digits: spaces, dashes, dots, slashes, parentheses, a "+". */
const PHONE_FRAGMENT = /^[\d\s+().\/-]+$/;

/**
 * A search that reads as a phone fragment ("4930 123", "+49-30", "(030) 12"): its digits, which
 * also match a lead's phone (its own contactPhone, or its person's phone) whose digits contain
 * them — "4930 123" finds "+49 30 1234567". Null for other text, and for fewer than
 * PHONE_SEARCH_MIN_DIGITS digits: the text itself still matches the phone as typed ("(415)"), and a
 * fragment as short as "30" would make the table's pre-query (lead-phone-search.ts) list a large
 * share of a big workspace's phones.
 */
export function phoneSearchDigits(text: string): string | null {
  if (!PHONE_FRAGMENT.test(text)) return null;
  const digits = text.replace(/\D/g, "");
  return digits.length >= PHONE_SEARCH_MIN_DIGITS ? digits : null;
}

/** One fact of a lead's furthest funnel stage ("reached at least …" is any of the facts of that rank and later). */
export type TReachFact =
  | { kind: "stageIn"; stages: readonly TLeadStage[] }
  | { kind: "hasOpportunityAmount" }
  | { kind: "hadOutcomeIn"; stages: readonly TLeadStage[] }
  | { kind: "hasBooking" }
  | { kind: "hasFirstContact" }
  | { kind: "hasOwner" }
  | { kind: "routingOutcomeIn"; outcomes: readonly string[] };

export type TLeadListFilter =
  /** A REP reads only the leads they currently own. */
  | { kind: "ownedByUser"; userId: string }
  /** No status filter and "show spam" off: the leads that read as SPAM are hidden (lead-status-where.ts). */
  | { kind: "hideSpam" }
  /** As leadStatusView presents the status (lead-status-where.ts leadStatusWhere): it decides spam itself. */
  | { kind: "status"; status: TLeadListStatus }
  | { kind: "tier"; tier: string }
  | { kind: "form"; formId: string }
  | { kind: "source"; source: string }
  /** submittedAt >= from and < before (either may be open). */
  | { kind: "submittedBetween"; from: Date | null; before: Date | null }
  /**
   * Routed to a rep through a pool, as the fairness view counts: the lead has a ROUTED assignment
   * (not a reassignment, a manual choice or the fallback) of the workspace to repId, whose decision
   * record names pathId and teamId, made at >= from and < before — whoever owns the lead now and
   * whatever path it is on now. A null member is not checked (a null rep: any rep, never none).
   */
  | { kind: "routedAssignment"; repId: string | null; pathId: string | null; teamId: string | null; from: Date | null; before: Date | null }
  | { kind: "ownerRep"; repId: string }
  | { kind: "ownerInTeam"; teamId: string }
  | { kind: "routingPath"; pathId: string }
  /** scoreTotal >= min and <= max (either may be open). */
  | { kind: "scoreBetween"; min: number | null; max: number | null }
  /** The UTM source given as text (a number is not its text). */
  | { kind: "utmSource"; utmSource: string }
  /** Any of these facts. */
  | { kind: "reached"; anyOf: readonly TReachFact[] }
  /**
   * The text inside any of LEAD_SEARCH_FIELDS or PERSON_SEARCH_FIELDS ("%", "_" and "\" match
   * themselves), or — phoneDigits, when the text reads as a phone (phoneSearchDigits) — those digits
   * inside contactPhone's or the person's phone's digits, whatever separates them.
   */
  | { kind: "search"; text: string; phoneDigits: string | null };

/** The analytics slice of a leads-page link (lead-slice.ts ZLeadSlice, parsed). */
export interface TLeadListSliceInput {
  from?: string;
  to?: string;
  repId?: string;
  teamId?: string;
  pathId?: string;
  scoreBand?: string;
  utmSource?: string;
  reached?: TFunnelStage;
  assignedRepId?: string;
  assignedPathId?: string;
  assignedTeamId?: string;
}

/** The table's query, parsed (services/leads/list-leads.ts ZListLeadsInput): only what filters. */
export interface TLeadListFilterInput {
  search?: string;
  tier?: string;
  formId?: string;
  source?: string;
  status?: TLeadListStatus;
  includeSpam: boolean;
  slice?: TLeadListSliceInput;
}

/** Who reads (null: an API key, the whole workspace). */
export interface TLeadListFilterViewer {
  userId: string;
  role: TRole;
}

/** For a renderer's exhaustive switch: a member it does not handle fails to compile here. */
export function unhandledKind(value: never): never {
  throw new Error(`Unhandled lead list filter: ${JSON.stringify(value)}`);
}

const MEETING_STAGES: readonly TLeadStage[] = ["MEETING_BOOKED", "MEETING_HELD", "NO_SHOW"];

/** The facts of each funnel rank (2 qualified … 7 won; the same stages as the funnel, domain/analytics/funnel.ts). */
const REACH_FACTS_BY_RANK: readonly (readonly [number, readonly TReachFact[]])[] = [
  [7, [{ kind: "stageIn", stages: ["WON"] }]],
  [6, [{ kind: "stageIn", stages: ["OPPORTUNITY"] }, { kind: "hasOpportunityAmount" }, { kind: "hadOutcomeIn", stages: ["OPPORTUNITY"] }]],
  [5, [{ kind: "stageIn", stages: MEETING_STAGES }, { kind: "hadOutcomeIn", stages: MEETING_STAGES }, { kind: "hasBooking" }]],
  [4, [{ kind: "hasFirstContact" }, { kind: "stageIn", stages: ["CONTACTED"] }]],
  [3, [{ kind: "hasOwner" }]],
  [2, [{ kind: "routingOutcomeIn", outcomes: ["assigned", "fallback"] }]],
];

/** Leads whose furthest stage is this one or later: any fact of its rank or a later one (every lead reached "submitted"). */
export function reachedFacts(stage: TFunnelStage): TReachFact[] {
  const rank = stageRank(stage);
  return REACH_FACTS_BY_RANK.flatMap(([r, facts]) => (r >= rank ? facts : []));
}

const DAY_MS = 24 * 3600_000;

function sliceFilters(slice: TLeadListSliceInput): TLeadListFilter[] {
  const filters: TLeadListFilter[] = [];
  const range = {
    from: slice.from ? new Date(`${slice.from}T00:00:00Z`) : null,
    // The whole day `to` (UTC) is in.
    before: slice.to ? new Date(Date.parse(`${slice.to}T00:00:00Z`) + DAY_MS) : null,
  };
  // A routed-assignment slice (fairness' links) takes the range for the assignment's time.
  const isRoutedAssignment = Boolean(slice.assignedRepId || slice.assignedPathId || slice.assignedTeamId);
  if (isRoutedAssignment) {
    filters.push({ kind: "routedAssignment", repId: slice.assignedRepId ?? null, pathId: slice.assignedPathId ?? null, teamId: slice.assignedTeamId ?? null, ...range });
  } else if (range.from || range.before) {
    filters.push({ kind: "submittedBetween", ...range });
  }
  if (slice.repId) filters.push({ kind: "ownerRep", repId: slice.repId });
  if (slice.teamId) filters.push({ kind: "ownerInTeam", teamId: slice.teamId });
  if (slice.pathId) filters.push({ kind: "routingPath", pathId: slice.pathId });
  const band = slice.scoreBand ? scoreBandRange(slice.scoreBand) : null;
  if (band && (band.min !== null || band.max !== null)) filters.push({ kind: "scoreBetween", min: band.min, max: band.max });
  if (slice.utmSource) filters.push({ kind: "utmSource", utmSource: slice.utmSource });
  if (slice.reached && stageRank(slice.reached) > 1) filters.push({ kind: "reached", anyOf: reachedFacts(slice.reached) });
  return filters;
}

/**
 * The clauses of the table's where (besides the workspace): what the viewer may read (a REP: their
 * own leads), spam hidden unless shown or a status decides it, the status, tier, form and source
 * filters, the analytics slice and the search.
 */
export function leadListFilters(input: TLeadListFilterInput, viewer: TLeadListFilterViewer | null): TLeadListFilter[] {
  const filters: TLeadListFilter[] = [];
  if (viewer?.role === "REP") filters.push({ kind: "ownedByUser", userId: viewer.userId });
  if (!input.includeSpam && !input.status) filters.push({ kind: "hideSpam" });
  if (input.status) filters.push({ kind: "status", status: input.status });
  if (input.tier) filters.push({ kind: "tier", tier: input.tier });
  if (input.formId) filters.push({ kind: "form", formId: input.formId });
  if (input.source) filters.push({ kind: "source", source: input.source });
  if (input.slice) filters.push(...sliceFilters(input.slice));
  if (input.search) filters.push({ kind: "search", text: input.search, phoneDigits: phoneSearchDigits(input.search) });
  return filters;
}
