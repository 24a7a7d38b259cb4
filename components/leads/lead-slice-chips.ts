// The leads page's filters that only its URL carries (an analytics drill-down, a rep page's "See
// their leads": from/to, repId, teamId, pathId, scoreBand, utmSource, reached, and fairness'
// assignedRepId/assignedPathId/assignedTeamId) as chips a person can read and remove one by one —
// the filter menus show none of them, so without a chip a filtered list reads as every lead. Ids
// read as names (looked up in the workspace by the page); an id the workspace does not know reads
// "Unknown rep" / "Unknown team" / "Unknown path". A routed-assignment slice is one chip with its
// days ("Routed to Tom Becker via Inbound → Inside Sales, 1 Sep – 30 Sep 2026 (UTC)"): there the
// range is the assignment's, not the submission's, and removing it removes both.
import { FUNNEL_STAGE_LABELS } from "@/server/domain/analytics/funnel";
import { ROUTED_ASSIGNMENT_KEYS, type TLeadSlice } from "@/server/domain/leads/lead-slice";
import { leadListHref, type TLeadListParams } from "./lead-list-params";

/** Names for the slice's ids, read in the page's workspace; a missing name: the id is not one of its reps, teams or published paths. */
export interface TSliceNames {
  reps: ReadonlyMap<string, string>;
  teams: ReadonlyMap<string, string>;
  paths: ReadonlyMap<string, string>;
}

export interface TSliceChip {
  /** The slice keys the chip stands for (the date range is one chip for from and to). */
  keys: (keyof TLeadSlice)[];
  label: string;
  /** The page without this chip's filter (back to page 1; everything else kept). */
  removeHref: string;
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "2026-11-01" → { day: "1 Nov", year: "2026" } (a calendar day, no time zone involved). */
function dayParts(day: string): { day: string; year: string } {
  const [year, month, date] = day.split("-");
  return { day: `${Number(date)} ${MONTHS[Number(month) - 1] ?? month}`, year: year! };
}

/** "1 Nov – 30 Nov 2026 (UTC)", "from 1 Nov 2026 (UTC)", "up to 30 Nov 2026 (UTC)"; "" for no range. */
function daysLabel(from: string | undefined, to: string | undefined): string {
  const a = from ? dayParts(from) : null;
  const b = to ? dayParts(to) : null;
  // Analytics' days are UTC days, while the table shows times in the reader's zone: say so.
  if (a && b) return `${a.year === b.year ? a.day : `${a.day} ${a.year}`} – ${b.day} ${b.year} (UTC)`;
  if (a) return `from ${a.day} ${a.year} (UTC)`;
  if (b) return `up to ${b.day} ${b.year} (UTC)`;
  return "";
}

/** "Submitted 1 Nov – 30 Nov 2026 (UTC)", "Submitted from 1 Nov 2026 (UTC)", "Submitted up to 30 Nov 2026 (UTC)". */
export function submittedLabel(from: string | undefined, to: string | undefined): string {
  return `Submitted ${daysLabel(from, to)}`;
}

/**
 * "Routed to Tom Becker via Inbound → Inside Sales, 1 Sep – 30 Sep 2026 (UTC)": the routed-assignment
 * slice in words, its days those of the assignment. Any part may be missing ("Routed via Inbound",
 * "Routed to Tom Becker via team Inside Sales").
 */
export function routedLabel(slice: TLeadSlice, names: TSliceNames): string {
  const rep = slice.assignedRepId ? ` to ${names.reps.get(slice.assignedRepId) ?? "Unknown rep"}` : "";
  const path = slice.assignedPathId ? (names.paths.get(slice.assignedPathId) ?? "Unknown path") : null;
  const team = slice.assignedTeamId ? (names.teams.get(slice.assignedTeamId) ?? "Unknown team") : null;
  const via = path && team ? ` via ${path} → ${team}` : path ? ` via ${path}` : team ? ` via team ${team}` : "";
  const days = daysLabel(slice.from, slice.to);
  return `Routed${rep}${via}${days ? `, ${days}` : ""}`;
}

/** "Score 40–59", "Score 80+", "Score below 20" (the analytics score bands). */
export function scoreBandLabel(band: string): string {
  if (band === "0-19") return "Score below 20";
  return `Score ${band.replace("-", "–")}`;
}

function chipLabels(slice: TLeadSlice, names: TSliceNames): { keys: (keyof TLeadSlice)[]; label: string }[] {
  const chips: { keys: (keyof TLeadSlice)[]; label: string }[] = [];
  const isRouted = ROUTED_ASSIGNMENT_KEYS.some((key) => slice[key]);
  if (isRouted) chips.push({ keys: [...ROUTED_ASSIGNMENT_KEYS, "from", "to"], label: routedLabel(slice, names) });
  else if (slice.from || slice.to) chips.push({ keys: ["from", "to"], label: submittedLabel(slice.from, slice.to) });
  if (slice.repId) chips.push({ keys: ["repId"], label: `Owner: ${names.reps.get(slice.repId) ?? "Unknown rep"}` });
  if (slice.teamId) chips.push({ keys: ["teamId"], label: `Owner's team: ${names.teams.get(slice.teamId) ?? "Unknown team"}` });
  if (slice.pathId) chips.push({ keys: ["pathId"], label: `Routing path: ${names.paths.get(slice.pathId) ?? "Unknown path"}` });
  if (slice.scoreBand) chips.push({ keys: ["scoreBand"], label: scoreBandLabel(slice.scoreBand) });
  if (slice.utmSource) chips.push({ keys: ["utmSource"], label: `UTM source: ${slice.utmSource}` });
  if (slice.reached) chips.push({ keys: ["reached"], label: `Reached: ${FUNNEL_STAGE_LABELS[slice.reached]}` });
  return chips;
}

function sliceWithout(slice: TLeadSlice, keys: readonly (keyof TLeadSlice)[]): TLeadSlice | undefined {
  const rest = Object.fromEntries(Object.entries(slice).filter(([key, value]) => value && !keys.includes(key as keyof TLeadSlice)));
  return Object.keys(rest).length > 0 ? rest : undefined;
}

/** The chips of the page's URL-only filters, in a fixed order; none without a slice. */
export function sliceChips(params: TLeadListParams, names: TSliceNames): TSliceChip[] {
  const slice = params.slice;
  if (!slice) return [];
  return chipLabels(slice, names).map(({ keys, label }) => ({ keys, label, removeHref: leadListHref({ ...params, page: 1, slice: sliceWithout(slice, keys) }) }));
}

/** The page without any of the URL-only filters (the menus' filters, search and sort kept). */
export function withoutSliceHref(params: TLeadListParams): string {
  return leadListHref({ ...params, page: 1, slice: undefined });
}
