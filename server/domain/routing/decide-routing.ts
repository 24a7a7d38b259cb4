// decideRouting: the pure routing decision. Paths in order; the first whose condition matches
// AND that places the lead wins. A matched path whose pool has no eligible rep (or whose named
// rep cannot take it) is recorded as "no eligible rep" and the next path is tried; when no path
// places the lead, the fallback queue gets it — never a lost lead. Nurture and disqualify paths
// always place the lead — except for a lead graduating from nurture (input.graduation): its nurture
// paths are skipped, so it reaches a sales path or the fallback, and NURTURE_GRADUATED (with the
// engagement) leads its reasons. Nothing is persisted here: the service writes `rotationUpdates` and
// `accountOwnerToRecord` in its transaction; a test lead or a replay just ignores them.
import { evaluateCondition } from "../conditions/evaluate-condition";
import { describeDestination } from "./describe-strategy";
import { leadRefResolver } from "./lead-refs";
import type { TReasonCode } from "./reason-codes";
import { companyDomain, routeToRep, routeToTeam, type TRouteContext, type TRouteResult } from "./route-to-team";
import type { TRoutingPath } from "./routing-config";
import type { TPathTried, TRoutingDecision, TRoutingInput } from "./routing-types";
import { decisionWith, withSkippedSegments, type TSkippedSegment } from "./skipped-segments";

export function decideRouting(input: TRoutingInput): TRoutingDecision {
  const decision = decidePaths(input);
  return input.graduation ? decisionWith(decision, { reasons: [input.graduation, ...decision.reasons] }) : decision;
}

function decidePaths(input: TRoutingInput): TRoutingDecision {
  const { config, lead, now } = input;
  const ctx: TRouteContext = {
    input,
    repsById: byId(input.reps),
    teamsById: byId(input.teams),
    resolve: leadRefResolver(lead, now),
  };
  const names = {
    repName: (id: string) => ctx.repsById.get(id)?.name ?? id,
    teamName: (id: string) => ctx.teamsById.get(id)?.name ?? id,
  };
  const base = {
    leadId: lead.id ?? null,
    configVersion: input.configVersion,
    evaluatedAtIso: now.toISOString(),
    queue: null,
    rotationUpdates: [],
    accountOwnerToRecord: null,
    teamId: null,
    repId: null,
    strategy: null,
  };
  const pathsTried: TPathTried[] = [];
  // Each matched pool's skipped reps, in path order: the decision's `skipped` (a placeholder in the
  // records below, for its place) is made from them when read (skipped-segments.ts).
  const segments: TSkippedSegment[] = [];

  for (const path of config.paths) {
    if (!evaluateCondition(path.when, ctx.resolve)) {
      pathsTried.push({ pathId: path.id, pathName: path.name, matched: false });
      continue;
    }
    const matched: TReasonCode = { code: "PATH_MATCHED", pathId: path.id, pathName: path.name };
    const pathBase = { ...base, pathId: path.id, pathName: path.name, destination: path.destination, strategyDescription: describeDestination(path.destination, names) };
    const dest = path.destination;
    if (dest.type === "nurture" && input.graduation) {
      pathsTried.push({ pathId: path.id, pathName: path.name, matched: true, result: "skipped: graduated from nurture" });
      continue;
    }
    if (dest.type === "nurture" || dest.type === "disqualify") {
      const outcome = dest.type === "nurture" ? "nurture" : "disqualified";
      pathsTried.push({ pathId: path.id, pathName: path.name, matched: true, result: outcome });
      const reason: TReasonCode = dest.type === "nurture" ? { code: "NURTURE" } : { code: "DISQUALIFIED" };
      return withSkippedSegments({ ...pathBase, outcome, reasons: [matched, reason], skipped: [], pathsTried }, segments);
    }
    const result: TRouteResult = dest.type === "rep" ? routeToRep(path.id, dest.repId, ctx) : routeToTeam(path.id, dest, ctx);
    if (result.skipped) segments.push(result.skipped);
    if (result.kind === "none") {
      pathsTried.push({ pathId: path.id, pathName: path.name, matched: true, result: "no eligible rep", reason: result.reason });
      continue;
    }
    pathsTried.push({ pathId: path.id, pathName: path.name, matched: true, result: "assigned" });
    return withSkippedSegments({
      ...pathBase,
      outcome: "assigned",
      repId: result.repId,
      teamId: dest.type === "team" ? dest.teamId : null,
      strategy: dest.type === "team" ? dest.strategy : null,
      reasons: [matched, ...result.reasons],
      skipped: [],
      pathsTried,
      rotationUpdates: result.rotation ? [result.rotation] : [],
      accountOwnerToRecord: ownerToRecord(input, result.repId),
    }, segments);
  }

  return fallbackDecision(input, base, segments, pathsTried);
}

/** Entries by id (memoised per array: the roster is not changed in place, so the map is a pure function of it). */
const indexes = new WeakMap<readonly { id: string }[], ReadonlyMap<string, { id: string }>>();
function byId<T extends { id: string }>(items: readonly T[]): ReadonlyMap<string, T> {
  let index = indexes.get(items);
  if (!index) indexes.set(items, (index = new Map(items.map((item) => [item.id, item]))));
  return index as ReadonlyMap<string, T>;
}

function ownerToRecord(input: TRoutingInput, repId: string): TRoutingDecision["accountOwnerToRecord"] {
  const domain = companyDomain(input.lead.email);
  if (domain === null || Object.hasOwn(input.accountOwners, domain)) return null;
  return { domain, repId };
}

function fallbackDecision(
  input: TRoutingInput,
  base: Omit<TRoutingDecision, "outcome" | "pathId" | "pathName" | "destination" | "strategyDescription" | "reasons" | "skipped" | "pathsTried">,
  segments: readonly TSkippedSegment[],
  pathsTried: TPathTried[],
): TRoutingDecision {
  const { fallback } = input.config;
  return withSkippedSegments({
    ...base,
    outcome: "fallback",
    pathId: null,
    pathName: null,
    destination: null,
    strategyDescription: `Fallback queue: ${fallback.queueName}`,
    repId: fallback.ownerRepId ?? null,
    queue: { name: fallback.queueName, ownerUserId: fallback.ownerUserId },
    reasons: [{ code: "FALLBACK", queueName: fallback.queueName }],
    skipped: [],
    pathsTried,
  }, segments);
}

/** The paths a lead would reach, in order (for the editor's "which path?" preview). */
export function matchingPaths(paths: readonly TRoutingPath[], input: Pick<TRoutingInput, "lead" | "now">): string[] {
  const resolve = leadRefResolver(input.lead, input.now);
  return paths.filter((p) => evaluateCondition(p.when, resolve)).map((p) => p.id);
}
