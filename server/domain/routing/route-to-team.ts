// One matched path whose destination is a team (pool) or a named rep: the qualified pool, account
// ownership, the chooser. Returns the pick, or why nobody could take the lead (the caller then
// tries the next path, and finally the fallback).
//
// Account ownership (strategy.accountOwnership): when the lead's email domain is a company domain
// (never free-mail) with an owner in `accountOwners`, and the owner is a member of the team who
// passes the base eligibility and every REQUIRED filter (preferred filters and the pool-relative
// volume balancing do not hold an owner back), the owner gets the lead. That pick does not take a
// rotation turn (rotation state unchanged). Otherwise the chooser runs as usual and the decision
// says why the owner was passed over.
import type { TResolve } from "../conditions/condition";
import { emailDomain, isFreeEmailDomain } from "../conditions/email-domain";
import { baseIneligibility, filterPool } from "./apply-filters";
import { chooseRep } from "./choosers";
import type { TReasonCode } from "./reason-codes";
import { rotationPoolId, type TDestination } from "./routing-config";
import type { TPoolRotation, TRepState, TRoutingInput, TTeamState } from "./routing-types";
import { sharedReason } from "./shared-reasons";
import type { TSkippedSegment } from "./skipped-segments";

/** `skipped`: the path's skipped reps by their place in the pool (skipped-segments.ts); null when the pool was never looked at. */
export type TRouteResult =
  | { kind: "assigned"; repId: string; reasons: TReasonCode[]; skipped: TSkippedSegment | null; rotation: TPoolRotation | null }
  | { kind: "none"; reason: TReasonCode; skipped: TSkippedSegment | null };

export interface TRouteContext {
  input: TRoutingInput;
  repsById: ReadonlyMap<string, TRepState>;
  teamsById: ReadonlyMap<string, TTeamState>;
  resolve: TResolve;
}

/** The lead's company domain: a valid email whose domain is not free-mail; else null. */
export function companyDomain(email: string | null): string | null {
  const domain = email === null ? null : emailDomain(email);
  return domain !== null && !isFreeEmailDomain(domain) ? domain : null;
}

export function routeToRep(pathId: string, repId: string, ctx: TRouteContext): TRouteResult {
  const problem = baseIneligibility(ctx.repsById.get(repId));
  if (problem) return { kind: "none", reason: { code: "NO_ELIGIBLE_REP", teamId: null, candidates: 1 }, skipped: { pathId, repIds: [repId], reasonsAt: [problem] } };
  return { kind: "assigned", repId, reasons: [{ code: "NAMED_REP", repId }], skipped: null, rotation: null };
}

export function routeToTeam(pathId: string, destination: Extract<TDestination, { type: "team" }>, ctx: TRouteContext): TRouteResult {
  const { input, repsById } = ctx;
  const team = ctx.teamsById.get(destination.teamId);
  if (!team) return { kind: "none", reason: { code: "UNKNOWN_TEAM", teamId: destination.teamId }, skipped: null };
  if (!team.isActive) return { kind: "none", reason: { code: "TEAM_INACTIVE", teamId: team.id }, skipped: null };
  const { strategy } = destination;
  const filterCtx = { lead: input.lead, resolve: ctx.resolve, now: input.now };
  const pool = filterPool(team.repIds, repsById, strategy.filters, filterCtx);
  // Every skipped rep's reason sits at its place in the team (pool.skippedAt): the decision's
  // entries are made from it only when read (skipped-segments.ts).
  const { skippedAt } = pool;
  const skipped: TSkippedSegment = { pathId, repIds: team.repIds, reasonsAt: skippedAt };

  let ownerNote: TReasonCode | null = null;
  const domain = strategy.accountOwnership ? companyDomain(input.lead.email) : null;
  const ownerId = domain !== null && Object.hasOwn(input.accountOwners, domain) ? input.accountOwners[domain] : undefined;
  if (domain !== null && ownerId !== undefined) {
    if (!team.repIds.includes(ownerId)) {
      ownerNote = { code: "ACCOUNT_OWNER_NOT_IN_POOL", domain, ownerRepId: ownerId };
    } else {
      const ownerPool = filterPool([ownerId], repsById, strategy.filters, filterCtx, { onlyRequired: true });
      const owner = ownerPool.qualified[0];
      if (owner) {
        const notOwner: TReasonCode = sharedReason({ code: "NOT_CHOSEN_ACCOUNT_OWNER", ownerRepId: ownerId, domain });
        team.repIds.forEach((id, i) => {
          if (id === ownerId) skippedAt[i] = undefined;
        });
        for (const k of pool.positions) if (team.repIds[k] !== ownerId) skippedAt[k] = notOwner;
        const reasons: TReasonCode[] = [...ownerPool.passedOf(owner), { code: "ACCOUNT_OWNER", domain }];
        return { kind: "assigned", repId: ownerId, reasons, skipped, rotation: null };
      }
      ownerNote = { code: "ACCOUNT_OWNER_INELIGIBLE", domain, ownerRepId: ownerId };
    }
  }

  const poolId = rotationPoolId(pathId, team.id);
  const choice = chooseRep(strategy.chooser, pool.qualified, {
    poolId,
    teamOrder: team.repIds,
    rotation: Object.hasOwn(input.rotations, poolId) ? input.rotations[poolId] : undefined,
    strategy,
    resolve: ctx.resolve,
    now: input.now,
    lead: input.lead,
    learning: input.learning && Object.hasOwn(input.learning, poolId) ? input.learning[poolId] : undefined,
    ...(input.learnedSharpness && Object.hasOwn(input.learnedSharpness, poolId) ? { sharpness: input.learnedSharpness[poolId]! } : {}),
  });
  if (!choice) return { kind: "none", reason: { code: "NO_ELIGIBLE_REP", teamId: team.id, candidates: team.repIds.length }, skipped };
  let winner: TRepState | undefined;
  pool.qualified.forEach((rep, k) => {
    if (rep.id === choice.repId) {
      winner ??= rep;
      return;
    }
    const reason = choice.notChosenOf(rep, k);
    if (reason) skippedAt[pool.positions[k]!] = reason;
  });
  const reasons = [...(winner ? pool.passedOf(winner) : []), ...choice.reasons, ...(ownerNote ? [ownerNote] : [])];
  return { kind: "assigned", repId: choice.repId, reasons, skipped, rotation: choice.rotation };
}
