// The analytics slice a leads-page link carries (/analytics → "the leads behind this figure"):
// a date range (UTC calendar days), rep, team, routing path, score band, UTM source and the funnel
// stage reached — each about the lead as it is now (current owner, submission time, current path) —
// or, for the fairness view, an assignment: "routed to rep assignedRepId through path
// assignedPathId to team assignedTeamId", whose presence makes from/to the assignment's days
// instead of the submission's. What each means as a filter is lead-list-filters.ts (sliceFilters);
// the funnel's stages are the funnel SQL's (server/services/analytics/funnel-sql.ts). `reached`
// is read in any letter case ("WON" from a hand-built URL is "won": enum-value.ts). Pure.
import { z } from "zod";
import { FUNNEL_STAGES } from "../analytics/funnel";
import { SCORE_BANDS } from "../analytics/score-predictiveness";
import { ZEnumAnyCase } from "../validation/enum-value";
import { MAX_UTM_VALUE } from "./lead-facts";

/** A calendar day, YYYY-MM-DD (2026-02-30 and 2026-13-01 are not days). */
const ZDay = z.iso.date({ message: "Use a calendar day, YYYY-MM-DD (e.g. 2026-11-30)" });

export const ZLeadSlice = z.object({
  from: ZDay.optional(),
  to: ZDay.optional(),
  repId: z.string().min(1).max(64).optional(),
  teamId: z.string().min(1).max(64).optional(),
  pathId: z.string().min(1).max(200).optional(),
  scoreBand: z.enum(SCORE_BANDS.map((b) => b.key) as [string, ...string[]]).optional(),
  utmSource: z.string().min(1).max(MAX_UTM_VALUE).optional(),
  reached: ZEnumAnyCase(FUNNEL_STAGES).optional(),
  /** Routed (a ROUTED assignment, as fairness counts) to this rep… */
  assignedRepId: z.string().min(1).max(64).optional(),
  /** …by this routing path (the decision record's pathId)… */
  assignedPathId: z.string().min(1).max(200).optional(),
  /** …to this team (the decision record's teamId); with any of the three, from/to are the assignment's days. */
  assignedTeamId: z.string().min(1).max(64).optional(),
});
export type TLeadSlice = z.infer<typeof ZLeadSlice>;
export const LEAD_SLICE_KEYS = ["from", "to", "repId", "teamId", "pathId", "scoreBand", "utmSource", "reached", "assignedRepId", "assignedPathId", "assignedTeamId"] as const;
/** The keys of the routed-assignment slice (the fairness view's "Leads" links). */
export const ROUTED_ASSIGNMENT_KEYS = ["assignedRepId", "assignedPathId", "assignedTeamId"] as const;
