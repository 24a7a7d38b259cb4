// The leads page's URL (?search=&tier=&formId=&source=&status=&spam=1&sort=score-desc&page=2, plus
// an analytics slice: from, to, repId, teamId, pathId, scoreBand, utmSource, reached) ⇄ the
// leads.list input. Unknown or malformed values fall back to the defaults, each on its own (the CSV
// export refuses them instead: leads-csv-query.ts; its link below sends only values read here).
// Enum values (status, sort, reached) are read in any letter case and kept as the app writes them
// ("reached=WON" from a hand-built URL filters as "won": enum-value.ts).
import { LEAD_STATUSES, type TLeadFilterOptions, type TLeadStatus, type TListLeadsInput } from "@/server/services/leads/list-leads";
import { MAX_UTM_VALUE } from "@/server/domain/leads/lead-facts";
import { LEAD_SLICE_KEYS, ZLeadSlice, type TLeadSlice } from "@/server/domain/leads/lead-slice";
import { enumValue } from "@/server/domain/validation/enum-value";
import { LEAD_TABLE_SORTS } from "@/server/services/leads/leads-csv-query";

export const SORT_OPTIONS = [
  { value: "date-desc", label: "Newest first", ...LEAD_TABLE_SORTS["date-desc"] },
  { value: "date-asc", label: "Oldest first", ...LEAD_TABLE_SORTS["date-asc"] },
  { value: "score-desc", label: "Highest score", ...LEAD_TABLE_SORTS["score-desc"] },
  { value: "score-asc", label: "Lowest score", ...LEAD_TABLE_SORTS["score-asc"] },
] as const;

export const PAGE_SIZE = 25;

export type TSearchParams = Record<string, string | string[] | undefined>;

export interface TLeadListParams {
  search: string;
  tier: string;
  formId: string;
  source: string;
  /** A lead status, or "" for all. */
  status: TLeadStatus | "";
  includeSpam: boolean;
  sort: (typeof SORT_OPTIONS)[number]["value"];
  page: number;
  /** An analytics slice (from, to, repId, teamId, pathId, scoreBand, utmSource, reached); an invalid value is dropped, the others kept. */
  slice?: TLeadSlice;
}

function one(params: TSearchParams, key: string, max = 200): string {
  const value = params[key];
  const text = (Array.isArray(value) ? value[0] : value)?.trim() ?? "";
  return text.slice(0, max);
}

export function readLeadListParams(params: TSearchParams): TLeadListParams {
  const sort = enumValue(SORT_OPTIONS.map((o) => o.value), one(params, "sort")) ?? "date-desc";
  const page = Number.parseInt(one(params, "page"), 10);
  return {
    search: one(params, "search"),
    tier: one(params, "tier", 64),
    formId: one(params, "formId", 64),
    source: one(params, "source"),
    status: enumValue(LEAD_STATUSES, one(params, "status", 32)) ?? "",
    includeSpam: one(params, "spam") === "1",
    sort,
    page: Number.isFinite(page) && page >= 1 && page <= 100_000 ? page : 1,
    slice: readSlice(params),
  };
}

/** Each slice value checked on its own: a malformed one is dropped and the others still filter; kept as parsed ("WON" → "won"). */
function readSlice(params: TSearchParams): TLeadSlice | undefined {
  const slice: Record<string, string> = {};
  for (const key of LEAD_SLICE_KEYS) {
    const value = one(params, key, key === "utmSource" ? MAX_UTM_VALUE : 200);
    const parsed = value ? ZLeadSlice.shape[key].safeParse(value) : null;
    if (parsed?.success && typeof parsed.data === "string") slice[key] = parsed.data;
  }
  return Object.keys(slice).length > 0 ? (slice as TLeadSlice) : undefined;
}

/**
 * The params with a tier, form or source the filter menus do not offer dropped: such a value
 * matches no lead of the workspace (the menus list every form, and every tier and source its leads
 * have), and a menu can only show "All …" for it — so the list shows all, as the menu says.
 */
export function withOfferedChoices(p: TLeadListParams, options: TLeadFilterOptions): TLeadListParams {
  return {
    ...p,
    tier: options.tiers.some((t) => t.key === p.tier) ? p.tier : "",
    formId: options.forms.some((f) => f.id === p.formId) ? p.formId : "",
    source: options.sources.includes(p.source) ? p.source : "",
  };
}

export function toListInput(p: TLeadListParams): TListLeadsInput {
  const sort = SORT_OPTIONS.find((o) => o.value === p.sort) ?? SORT_OPTIONS[0];
  return {
    search: p.search || undefined,
    tier: p.tier || undefined,
    formId: p.formId || undefined,
    source: p.source || undefined,
    status: p.status || undefined,
    includeSpam: p.includeSpam,
    sort: sort.sort,
    direction: sort.direction,
    page: p.page,
    pageSize: PAGE_SIZE,
    ...(p.slice ? { slice: p.slice } : {}),
  };
}

/** The page's address with these params (defaults left out). */
export function leadListHref(p: TLeadListParams): string {
  const query = new URLSearchParams();
  if (p.search) query.set("search", p.search);
  if (p.tier) query.set("tier", p.tier);
  if (p.formId) query.set("formId", p.formId);
  if (p.source) query.set("source", p.source);
  if (p.status) query.set("status", p.status);
  if (p.includeSpam) query.set("spam", "1");
  if (p.sort !== "date-desc") query.set("sort", p.sort);
  if (p.page > 1) query.set("page", String(p.page));
  for (const [key, value] of Object.entries(p.slice ?? {})) if (value) query.set(key, value);
  const text = query.toString();
  return text ? `/leads?${text}` : "/leads";
}

/** The dashboard's CSV export of the table with these filters and sort. */
export function leadExportHref(p: TLeadListParams): string {
  return leadListHref({ ...p, page: 1 }).replace(/^\/leads/, "/leads/export.csv");
}
