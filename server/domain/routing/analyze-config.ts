// Checks of a routing config for the path editor and `PUT /api/v1/routing` (errors block saving,
// warnings are shown). Messages name the path and read for a manager, paths are dotted
// ("paths.2.when.conditions.0.ref") like the API's 422 details.
//   errors:   unknown team or rep, a condition or filter reading something that does not exist
//             (answers.<key> neither a form field nor in the config's apiAnswerKeys, unknown score
//             dimension, unknown ref), a missing
//             fallback, duplicate path ids, a skills filter with nothing to match, a rule without a
//             value its operator can use (rule-value-problem.ts: it would never match, or a
//             negation would match every lead); people outside
//             the workspace: a fallback owner or reviewer who is not a member, a rep destination or
//             fallback rep whose user left (the one membership check of the dashboard's publish
//             and `PUT /api/v1/routing`); people whose role cannot hold the place
//             (member-role-in-routing.ts): a fallback owner or reviewer who is not a Sales manager,
//             Admin or Owner, an active rep destination or fallback rep whose user cannot work
//             leads (a Marketer), and such a rep among the members of a path's team (the team
//             services refuse them as new members; one can be left from before, or from a role
//             change). An inactive rep is never sent leads, so it may stay named.
//   warnings: a path an earlier path shadows (earlier condition always true, the same condition,
//             or one the later condition implies), a path that can never match, an empty team,
//             recent-volume windows that differ between paths
import type { TCondition, TConditionRule } from "../conditions/condition";
import { ruleValueProblem } from "../conditions/rule-value-problem";
import type { TFieldError } from "../reps/issues-to-details";
import type { TRole } from "../auth/roles";
import { canNeverMatch, implies, isAlwaysTrue } from "./condition-analysis";
import { refProblem, withApiAnswerKeys, type TRefContext } from "./lead-refs";
import { canManageRoutedLeads, canRepProfileHoldPlaces, MANAGER_ROLES_TEXT, roleWithArticle } from "./member-role-in-routing";
import type { TRoutingConfigDraft, TRoutingPath } from "./routing-config";

export interface TMemberRole {
  role: TRole;
  /** The member's name (or email), for messages. */
  name: string;
}

export interface TRepUser {
  userId: string;
  isActive: boolean;
}

export interface TAnalyzeContext extends TRefContext {
  teamIds: readonly string[];
  repIds: readonly string[];
  /** User ids of the workspace's members: the fallback owner and the reviewer must be among them. */
  memberUserIds: readonly string[];
  /** Each member's role (user id → role and name): the fallback owner and the reviewer must manage leads; unchecked when absent. */
  memberRoles?: Readonly<Record<string, TMemberRole>>;
  /** Each rep profile's user and whether it is active (rep id → …): an active rep destination must work leads; unchecked when absent. */
  repUsers?: Readonly<Record<string, TRepUser>>;
  /** Rep profiles whose user is no longer a member (kept for history): never a destination. */
  formerMemberRepIds?: readonly string[];
  /** Members per team id, to warn about empty teams. */
  teamMembers?: Readonly<Record<string, readonly string[]>>;
  /** Multiple-choice field keys: `answers.<key> equals a` and `equals b` can both hold. */
  listFieldKeys?: readonly string[];
  /** The workspace's nurture sequences (a nurture path may name one); unchecked when absent. */
  nurtureSequenceIds?: readonly string[];
}

export interface TConfigAnalysis {
  errors: TFieldError[];
  warnings: TFieldError[];
}

function walkRules(condition: TCondition, at: string, visit: (rule: TConditionRule, at: string) => void): void {
  if (condition.kind === "rule") visit(condition, at);
  else condition.conditions.forEach((c, i) => walkRules(c, `${at}.conditions.${i}`, visit));
}

/** The rule's position as the editor labels it ("Rule 2.1"): a lone rule is the editor's rule 1. */
function rulePosition(ruleAt: string): string {
  return [...ruleAt.matchAll(/conditions\.(\d+)/g)].map((m) => Number(m[1]) + 1).join(".") || "1";
}

export interface TPathRef {
  ref: string;
  /** Dotted path of the ref ("paths.2.when.conditions.0.ref", "paths.2.destination.strategy.filters.1.ref"). */
  at: string;
  /** 1-based number of the team filter that reads it; absent for the path's conditions. */
  filter?: number;
}

/** Every ref a path reads (its conditions, then its team filters), each checked by refProblem. */
export function pathRefs(path: TRoutingPath, at: string): TPathRef[] {
  const refs: TPathRef[] = [];
  walkRules(path.when, `${at}.when`, (rule, ruleAt) => refs.push({ ref: rule.ref, at: `${ruleAt}.ref` }));
  if (path.destination.type !== "team") return refs;
  path.destination.strategy.filters.forEach((filter, i) => {
    if ((filter.type === "match" || filter.type === "seniority") && filter.ref !== undefined) {
      refs.push({ ref: filter.ref, at: `${at}.destination.strategy.filters.${i}.ref`, filter: i + 1 });
    }
  });
  return refs;
}

/** The member behind an active rep profile whose role cannot work leads (a Marketer); null when routing may name the rep. */
export function repWhoCannotWorkLeads(repId: string, ctx: Pick<TAnalyzeContext, "memberRoles" | "repUsers">): TMemberRole | null {
  const rep = ctx.repUsers?.[repId];
  const member = rep ? ctx.memberRoles?.[rep.userId] : undefined;
  return rep && member && !canRepProfileHoldPlaces(member.role, rep.isActive) ? member : null;
}

/** "is a Marketer and cannot work leads (make them a Sales rep, or choose another rep)" */
const cannotWorkLeads = (member: TMemberRole) => `is ${roleWithArticle(member.role)} and cannot work leads (make them ${roleWithArticle("REP")}, or choose another rep)`;

/** "is a Marketer and cannot work leads (make them a Sales rep, or remove them from the team)" */
const cannotWorkTeamLeads = (member: TMemberRole) => `is ${roleWithArticle(member.role)} and cannot work leads (make them ${roleWithArticle("REP")}, or remove them from the team)`;

/** "must be a Sales manager, Admin or Owner (Sam Rep is a Sales rep)" for a member who cannot own the fallback queue or review; null when they can (or are unknown). */
function mustManageLeads(userId: string, ctx: TAnalyzeContext): string | null {
  const member = ctx.memberRoles?.[userId];
  return member && !canManageRoutedLeads(member.role) ? `must be a ${MANAGER_ROLES_TEXT} (${member.name} is ${roleWithArticle(member.role)})` : null;
}

function checkPath(path: TRoutingPath, at: string, ctx: TAnalyzeContext, errors: TFieldError[]): void {
  const label = `Path “${path.name}”`;
  const refs = pathRefs(path, at);
  const refError = ({ ref, at: refAt, filter }: TPathRef) => {
    const problem = refProblem(ref, ctx);
    if (problem) errors.push({ path: refAt, message: filter === undefined ? `${label}: ${problem}` : `${label}, filter ${filter}: ${problem}` });
  };
  refs.filter((r) => r.filter === undefined).forEach(refError);
  // A rule without a value its operator can use never matches (a negation: matches every lead).
  walkRules(path.when, `${at}.when`, (rule, ruleAt) => {
    const problem = ruleValueProblem(rule);
    if (problem) errors.push({ path: `${ruleAt}.value`, message: `${label}, rule ${rulePosition(ruleAt)}: ${problem}` });
  });
  const dest = path.destination;
  // An empty id is a choice not made yet (the editor's new path, a draft's JSON), not an unknown one: "a team that does not exist ()".
  if (dest.type === "rep" && dest.repId.trim() === "") {
    errors.push({ path: `${at}.destination.repId`, message: `${label} has no rep chosen: choose the rep it assigns leads to` });
  } else if (dest.type === "rep" && !ctx.repIds.includes(dest.repId)) {
    errors.push({ path: `${at}.destination.repId`, message: `${label} assigns leads to a rep who does not exist (${dest.repId})` });
  } else if (dest.type === "rep" && ctx.formerMemberRepIds?.includes(dest.repId)) {
    errors.push({ path: `${at}.destination.repId`, message: `${label} assigns leads to a rep who is no longer a member of this workspace` });
  } else if (dest.type === "rep") {
    const member = repWhoCannotWorkLeads(dest.repId, ctx);
    if (member) errors.push({ path: `${at}.destination.repId`, message: `${label} assigns leads to ${member.name}, who ${cannotWorkLeads(member)}` });
  }
  if (dest.type === "nurture" && dest.sequenceId !== undefined && ctx.nurtureSequenceIds && !ctx.nurtureSequenceIds.includes(dest.sequenceId)) {
    errors.push({ path: `${at}.destination.sequenceId`, message: `${label} enrols leads in a nurture sequence that does not exist (${dest.sequenceId})` });
  }
  if (dest.type !== "team") return;
  if (dest.teamId.trim() === "") {
    errors.push({ path: `${at}.destination.teamId`, message: `${label} has no team chosen: choose the team it sends leads to` });
  } else if (!ctx.teamIds.includes(dest.teamId)) {
    errors.push({ path: `${at}.destination.teamId`, message: `${label} sends leads to a team that does not exist (${dest.teamId})` });
  } else {
    // The team's routing would send its members leads: each active one must work leads.
    for (const repId of ctx.teamMembers?.[dest.teamId] ?? []) {
      const member = repWhoCannotWorkLeads(repId, ctx);
      if (member) errors.push({ path: `${at}.destination.teamId`, message: `${label} sends leads to a team with ${member.name}, who ${cannotWorkTeamLeads(member)}` });
    }
  }
  dest.strategy.filters.forEach((filter, i) => {
    const filterAt = `${at}.destination.strategy.filters.${i}`;
    refs.filter((r) => r.filter === i + 1).forEach(refError);
    if (filter.type === "match" && filter.field === "skills" && !filter.ref && !(filter.values && filter.values.length > 0)) {
      errors.push({ path: `${filterAt}.values`, message: `${label}, filter ${i + 1}: list the skills to match` });
    }
  });
}

function shadowWarning(paths: readonly TRoutingPath[], index: number): string | null {
  const later = paths[index] as TRoutingPath;
  for (const earlier of paths.slice(0, index)) {
    const why = isAlwaysTrue(earlier.when)
      ? `“${earlier.name}” comes first and matches every lead`
      : implies(later.when, earlier.when)
        ? `every lead it matches is matched first by “${earlier.name}”`
        : null;
    if (why === null) continue;
    const terminal = earlier.destination.type === "nurture" || earlier.destination.type === "disqualify";
    return terminal
      ? `Path “${later.name}” is never reached: ${why}`
      : `Path “${later.name}” only gets leads when “${earlier.name}” has no eligible rep: ${why}`;
  }
  return null;
}

export function analyzeRoutingConfig(config: TRoutingConfigDraft, workspace: TAnalyzeContext): TConfigAnalysis {
  // Answers of leads sent without a form are readable once the config lists their keys.
  const ctx = withApiAnswerKeys(workspace, config);
  const errors: TFieldError[] = [];
  const warnings: TFieldError[] = [];
  const listRefs = new Set((ctx.listFieldKeys ?? []).map((k) => `answers.${k}`));
  const firstIndex = new Map<string, number>();

  config.paths.forEach((path, index) => {
    const at = `paths.${index}`;
    const first = firstIndex.get(path.id);
    if (first !== undefined) {
      errors.push({ path: `${at}.id`, message: `Paths ${first + 1} and ${index + 1} both use the id “${path.id}”` });
    } else firstIndex.set(path.id, index);
    checkPath(path, at, ctx, errors);
    if (canNeverMatch(path.when, listRefs)) {
      warnings.push({ path: `${at}.when`, message: `Path “${path.name}” can never match: its conditions contradict each other` });
    } else {
      const shadow = shadowWarning(config.paths, index);
      if (shadow) warnings.push({ path: `${at}.when`, message: shadow });
    }
    const dest = path.destination;
    const members = dest.type === "team" ? ctx.teamMembers?.[dest.teamId] : undefined;
    if (dest.type === "team" && members !== undefined && members.length === 0) {
      warnings.push({ path: `${at}.destination.teamId`, message: `Path “${path.name}” sends leads to a team with no members: they go to the next path` });
    }
  });

  const windows = new Set(
    config.paths.flatMap((p) => (p.destination.type === "team" ? p.destination.strategy.filters.flatMap((f) => (f.type === "recent_volume" ? [f.hours] : [])) : [])),
  );
  if (windows.size > 1) {
    warnings.push({ path: "paths", message: `Volume balancing uses different windows (${[...windows].join(", ")} hours); the longest is counted for every path` });
  }

  const fallback = config.fallback;
  if (!fallback || fallback.ownerUserId.trim() === "" || fallback.queueName.trim() === "") {
    errors.push({ path: "fallback", message: "Add a fallback queue and its manager: leads that no path can place go there" });
  } else {
    if (fallback.ownerRepId !== undefined && !ctx.repIds.includes(fallback.ownerRepId)) {
      errors.push({ path: "fallback.ownerRepId", message: `The fallback queue's rep does not exist (${fallback.ownerRepId})` });
    } else if (fallback.ownerRepId !== undefined && ctx.formerMemberRepIds?.includes(fallback.ownerRepId)) {
      errors.push({ path: "fallback.ownerRepId", message: "The fallback queue's rep is no longer a member of this workspace" });
    } else if (fallback.ownerRepId !== undefined) {
      const member = repWhoCannotWorkLeads(fallback.ownerRepId, ctx);
      if (member) errors.push({ path: "fallback.ownerRepId", message: `The fallback queue's rep, ${member.name}, ${cannotWorkLeads(member)}` });
    }
    const notOwner = mustManageLeads(fallback.ownerUserId, ctx);
    if (!ctx.memberUserIds.includes(fallback.ownerUserId)) {
      errors.push({ path: "fallback.ownerUserId", message: "The fallback queue's owner must be a member of this workspace" });
    } else if (notOwner) {
      errors.push({ path: "fallback.ownerUserId", message: `The fallback queue's owner ${notOwner}` });
    }
  }
  const reviewer = config.policies.review?.reviewerUserId;
  const notReviewer = reviewer === undefined ? null : mustManageLeads(reviewer, ctx);
  if (reviewer !== undefined && reviewer.trim() === "") {
    errors.push({ path: "policies.review.reviewerUserId", message: "High-value review has no reviewer chosen: choose the manager who reviews high-value leads" });
  } else if (reviewer !== undefined && !ctx.memberUserIds.includes(reviewer)) {
    errors.push({ path: "policies.review.reviewerUserId", message: "The reviewer must be a member of this workspace" });
  } else if (notReviewer) {
    errors.push({ path: "policies.review.reviewerUserId", message: `The reviewer of high-value leads ${notReviewer}` });
  }
  return { errors, warnings };
}
