// The query of the leads CSV (GET /api/v1/leads.csv, GET /leads/export.csv): the leads page's
// parameters (components/leads/lead-list-params.ts), checked as GET /api/v1/leads checks its own —
// an unknown sort, status or spam value, a malformed analytics slice, a repeated or unknown
// parameter is a VALIDATION error (422) at the parameter's name, with the allowed values; it was
// silently the default, so a script exported another table than the one it asked for. An empty
// value is no value (an HTML form sends `status=` for "all"). The leads page itself stays lenient
// (a stale link shows the defaults) and its export link sends only values it read and checked.
// `status` and `sort` are read in any letter case, as the page reads them (status=assigned is
// ASSIGNED, sort=DATE-DESC is date-desc: enum-value.ts); a value that is no member in any case is
// the 422 above.
import { z } from "zod";
import { searchParamsInput } from "../../domain/leads/lead-list-query";
import { queryParameters } from "../../domain/validation/query-parameters";
import { ZEnumAnyCase } from "../../domain/validation/enum-value";
import { parseInput } from "../reps/parse-input";
import { LEAD_SLICE_KEYS, ZLeadSlice, type TLeadSlice } from "../../domain/leads/lead-slice";
import { LEAD_STATUSES, type TListLeadsInput } from "./list-leads";

/** The table's orders by their URL value (the leads page's sort menu). */
export const LEAD_TABLE_SORTS = {
  "date-desc": { sort: "submittedAt", direction: "desc" },
  "date-asc": { sort: "submittedAt", direction: "asc" },
  "score-desc": { sort: "score", direction: "desc" },
  "score-asc": { sort: "score", direction: "asc" },
} as const;
export type TLeadTableSort = keyof typeof LEAD_TABLE_SORTS;
export const DEFAULT_LEAD_TABLE_SORT: TLeadTableSort = "date-desc";

const SORT_VALUES = Object.keys(LEAD_TABLE_SORTS) as [TLeadTableSort, ...TLeadTableSort[]];
const oneOf = (values: readonly string[]) => `Use one of: ${values.join(", ")}`;
// A NUL character (%00) is refused at the parameter: the table's input drops NULs, so `formId=%00`
// became no filter at all and the export held every lead.
const text = (max: number) =>
  z
    .string()
    .refine((value) => !value.includes("\u0000"), { message: "must not contain a NUL character (%00)" })
    .pipe(z.string().trim().max(max))
    .optional();

const CSV_PARAMS = {
  search: text(200),
  tier: text(64),
  formId: text(64),
  source: text(200),
  status: ZEnumAnyCase(LEAD_STATUSES, oneOf(LEAD_STATUSES)).optional(),
  spam: z.enum(["0", "1"], { message: "Use 1 to include spam (0, or leave it out, for without)" }).optional(),
  sort: ZEnumAnyCase(SORT_VALUES, oneOf(SORT_VALUES)).optional(),
  /** The leads page's own; the export has every page. */
  page: z.string().max(20).optional(),
  ...ZLeadSlice.shape,
};
/** An unknown parameter is a 422 at its own name that names the ones the export takes (worded as GET /api/v1/leads's: queryParameters). */
export const ZLeadsCsvQuery = queryParameters(CSV_PARAMS);

/** The leads-table input (every page) of a CSV export's search params; AppError VALIDATION at the parameter's name. */
export function leadsCsvInput(params: URLSearchParams): Omit<TListLeadsInput, "page" | "pageSize"> {
  const given = Object.entries(searchParamsInput(params)).filter(([, value]) => value !== "");
  const query = parseInput(ZLeadsCsvQuery, Object.fromEntries(given));
  const slice: TLeadSlice = Object.fromEntries(LEAD_SLICE_KEYS.flatMap((key) => (query[key] ? [[key, query[key]]] : [])));
  const order = LEAD_TABLE_SORTS[query.sort ?? DEFAULT_LEAD_TABLE_SORT];
  return {
    search: query.search || undefined,
    tier: query.tier || undefined,
    formId: query.formId || undefined,
    source: query.source || undefined,
    status: query.status,
    includeSpam: query.spam === "1",
    sort: order.sort,
    direction: order.direction,
    ...(Object.keys(slice).length > 0 ? { slice } : {}),
  };
}
