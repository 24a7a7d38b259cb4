// Types and pure helpers of the routing-path editor: the API's shapes, new/duplicated/moved
// paths, default destinations and filters, the reps a path may name, and the analysis issues that
// belong to one path.
import type { inferRouterOutputs } from "@trpc/server";
import type { routingRouter } from "@/server/api/routers/routing";
import type { TChooser, TDestination, TFilter, TRoutingConfigDraft, TRoutingPath, TStrategy } from "@/server/domain/routing/routing-config";
import { DEFAULT_LEARNED_CHOOSER } from "@/server/domain/routing/learned/learned-config";

export type TRoutingOutputs = inferRouterOutputs<typeof routingRouter>;
export type TEditorData = TRoutingOutputs["get"];
export type TIssue = { path: string; message: string };
export type TDraft = TRoutingConfigDraft;
export type { TChooser, TDestination, TFilter, TRoutingPath, TStrategy };

export const DEFAULT_STRATEGY: TStrategy = { filters: [{ type: "available_now", mode: "required" }, { type: "capacity", maxOpenPipelineValue: null, leaveWithinDays: null }], chooser: { type: "round_robin", variant: "strict", maxCatchUp: null }, accountOwnership: false };

export function newId(prefix = "path"): string {
  return `${prefix}-${Math.random().toString(36).slice(2, 8)}`;
}

/**
 * A new path sends its leads to a team the manager has not chosen yet (teamId ""): no team is
 * picked for them (the first in the list was APAC, whatever the path was for).
 * destinationChoiceIssues shows the problem until a team is chosen; a draft is saved and published
 * only with every path's team chosen.
 */
export function newPath(): TRoutingPath {
  return {
    id: newId(),
    name: "New path",
    when: { kind: "group", op: "and", conditions: [] },
    destination: { type: "team", teamId: "", strategy: DEFAULT_STRATEGY },
  };
}

/**
 * Paths whose destination is not chosen yet: a team (teamId "", a new path or "A team" just picked)
 * or a named rep (repId "", "A named rep" just picked). An error at the team or rep field, blocking
 * save, publish, Test a lead and Replay.
 */
export function destinationChoiceIssues(draft: Pick<TDraft, "paths">): TIssue[] {
  return draft.paths.flatMap((p, i): TIssue[] => {
    const d = p.destination;
    if (d.type === "team" && d.teamId.trim() === "") {
      return [{ path: `paths.${i}.destination.teamId`, message: `Path ${i + 1} (“${p.name}”) has no team yet: choose the team it sends leads to` }];
    }
    if (d.type === "rep" && d.repId.trim() === "") {
      return [{ path: `paths.${i}.destination.repId`, message: `Path ${i + 1} (“${p.name}”) has no rep yet: choose the rep it sends leads to` }];
    }
    return [];
  });
}

/** The path of the high-value review's reviewer field (reviewerChoiceIssues). */
export const REVIEWER_PATH = "policies.review.reviewerUserId";

/**
 * The high-value review switched on with no reviewer chosen yet (reviewerUserId "": the box just
 * ticked; it used to pre-select the first manager in the list, a choice made for the manager). An
 * error at the reviewer field, blocking save, publish, Test a lead and Replay like an unchosen team
 * or rep.
 */
export function reviewerChoiceIssues(draft: Pick<TDraft, "policies">): TIssue[] {
  const review = draft.policies.review;
  if (!review || review.reviewerUserId.trim() !== "") return [];
  return [{ path: REVIEWER_PATH, message: "High-value review has no reviewer yet: choose the manager who approves or changes the provisional owner" }];
}

/**
 * The problems the Policies card lists under itself: its issues without the reviewer still to
 * choose, which the Reviewer field says itself (aria-invalid, described by "Choose the manager who
 * reviews high-value leads."): said once, at the field. It still counts among the errors that hold
 * save, publish, Test a lead and Replay. Other reviewer problems (not a member) stay in the list.
 */
export function policiesCardProblems(issues: readonly TIssue[], draft: Pick<TDraft, "policies">): TIssue[] {
  if (reviewerChoiceIssues(draft).length === 0) return [...issues];
  return issues.filter((i) => i.path !== REVIEWER_PATH);
}

/** Everything the manager still has to choose before the draft is saved: paths' teams and reps, then the reviewer. */
export function choiceIssues(draft: Pick<TDraft, "paths" | "policies">): TIssue[] {
  return [...destinationChoiceIssues(draft), ...reviewerChoiceIssues(draft)];
}

/** Why a draft with unchosen destinations (or reviewer) is not saved: names what is missing (a team, a rep, both; the reviewer). */
export function destinationChoiceRefusal(choices: readonly TIssue[]): string {
  const isTeam = choices.some((c) => c.path.endsWith(".teamId"));
  const isRep = choices.some((c) => c.path.endsWith(".repId"));
  const isReviewer = choices.some((c) => c.path === REVIEWER_PATH);
  const what = isTeam && isRep ? "a team or rep" : isRep ? "a rep" : "a team";
  if (!isTeam && !isRep) return "Choose a reviewer for high-value review first: the draft is saved only with its reviewer chosen.";
  if (isReviewer) return `Choose ${what} for every path and a reviewer for high-value review first: the draft is saved only with each path's destination and the reviewer chosen.`;
  return `Choose ${what} for every path first: the draft is saved only with each path's destination chosen.`;
}

/**
 * The list under the refusal (destinationChoiceRefusal): each path still without its team or rep.
 * Not the reviewer: the refusal's own words already name it, and its list item said it again.
 */
export function destinationChoiceDetails(choices: readonly TIssue[]): string[] {
  return choices.filter((c) => c.path !== REVIEWER_PATH).map((c) => c.message);
}

/**
 * What Test a lead and Replay say next to their button when the draft they run on could not be
 * saved first: the refusal itself is at the top of the editor, thousands of pixels away on a phone,
 * so the button seemed to do nothing. Names what is still to choose, or points to the top.
 */
export function notRunReason(choices: readonly TIssue[]): string {
  if (choices.length === 0) return "Not run: the draft could not be saved first; the reason is at the top of the editor.";
  return `Not run: the draft is saved first, and it cannot be saved yet. ${choices.map((c) => `${c.message}.`).join(" ")}`;
}

/** The analysis errors with the unchosen teams', reps' and reviewer's own message in place of the analysis' at the same field. */
export function withDestinationChoices(errors: readonly TIssue[], choices: readonly TIssue[]): TIssue[] {
  const at = new Set(choices.map((c) => c.path));
  return [...choices, ...errors.filter((e) => !at.has(e.path))];
}

export function duplicatePath(path: TRoutingPath): TRoutingPath {
  return { ...structuredClone(path), id: newId(), name: `${path.name} (copy)`.slice(0, 80) };
}

export function movePath(paths: readonly TRoutingPath[], index: number, by: -1 | 1): TRoutingPath[] {
  const to = index + by;
  if (to < 0 || to >= paths.length) return [...paths];
  const next = [...paths];
  [next[index], next[to]] = [next[to] as TRoutingPath, next[index] as TRoutingPath];
  return next;
}

/**
 * The reps a path may send leads to: those of members who work leads (a Marketer's rep, or a former
 * member's, would be refused on publish), plus `chosenRepId` so that the select still shows it.
 */
export function repsToOffer<T extends { id: string; canWorkLeads: boolean }>(reps: readonly T[], chosenRepId?: string): T[] {
  return reps.filter((r) => r.canWorkLeads || r.id === chosenRepId);
}

/** A destination just picked in "Send leads to": its team or rep is the manager's choice, never preset. */
export function defaultDestination(type: TDestination["type"]): TDestination {
  switch (type) {
    case "team":
      // Which team is the manager's choice (destinationChoiceIssues until then), as for a new path.
      return { type: "team", teamId: "", strategy: DEFAULT_STRATEGY };
    case "rep":
      // Which rep is the manager's choice too (it was the first rep offered, whatever the path was for).
      return { type: "rep", repId: "" };
    case "nurture":
      return { type: "nurture" };
    case "disqualify":
      return { type: "disqualify" };
  }
}

export function defaultFilter(type: TFilter["type"]): TFilter {
  switch (type) {
    case "match":
      return { type: "match", field: "industry", require: "any", mode: "preferred" };
    case "seniority":
      return { type: "seniority", ref: "value", thresholds: [{ minValue: 50000, minSeniority: "SENIOR" }], mode: "required" };
    case "available_now":
      return { type: "available_now", mode: "required" };
    case "capacity":
      return { type: "capacity", maxOpenPipelineValue: null, leaveWithinDays: null };
    case "recent_volume":
      return { type: "recent_volume", hours: 24, maxAboveMean: 2, mode: "required" };
  }
}

export function defaultChooser(type: TChooser["type"]): TChooser {
  switch (type) {
    case "round_robin":
      return { type: "round_robin", variant: "strict", maxCatchUp: null };
    case "least_loaded":
      return { type: "least_loaded" };
    case "best_match":
      return { type: "best_match", weights: { skill: 1, industry: 1, segment: 1, language: 0, region: 1, seniority: 0, load: 1, availability: 1 } };
    case "soonest_available":
      return { type: "soonest_available" };
    case "learned":
      return { ...DEFAULT_LEARNED_CHOOSER, segmentBy: [...DEFAULT_LEARNED_CHOOSER.segmentBy] };
  }
}

/**
 * Whether Test a lead's form asks an email question: then its answer is the lead's email (as for a
 * real submission, personFromAnswers) and the panel shows no second email field.
 */
export function formAsksEmail(form: { fields: readonly { type: string }[] } | undefined): boolean {
  return Boolean(form?.fields.some((f) => f.type === "email"));
}

/** Issues at `paths.<index>` or below. */
export function issuesOfPath(issues: readonly TIssue[], index: number): TIssue[] {
  const prefix = `paths.${index}`;
  return issues.filter((i) => i.path === prefix || i.path.startsWith(`${prefix}.`));
}

/** Issues not tied to one path (fallback, policies, the whole list). */
export function generalIssues(issues: readonly TIssue[]): TIssue[] {
  return issues.filter((i) => !/^paths\.\d+/.test(i.path));
}

/** The value at a dotted issue path ("paths.1.destination.strategy.filters.2.backlog.max") of `value`. */
function valueAt(value: unknown, path: string): unknown {
  let at: unknown = value;
  for (const key of path === "" ? [] : path.split(".")) {
    if (at === null || typeof at !== "object") return undefined;
    at = (at as Record<string, unknown>)[key];
  }
  return at;
}

/**
 * The server's issues still true after an edit: an issue is dropped once the value at its path
 * changed (the field was edited), and kept while it is the same.
 */
export function keepUnchangedIssues(issues: readonly TIssue[], before: unknown, after: unknown): TIssue[] {
  return issues.filter((i) => JSON.stringify(valueAt(before, i.path)) === JSON.stringify(valueAt(after, i.path)));
}
