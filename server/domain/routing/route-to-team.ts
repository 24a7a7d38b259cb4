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
import { applyFilters, baseIneligibility } from "./apply-filters";
import { choose } from "./choosers";
import type { TReasonCode } from "./reason-codes";
import { rotationPoolId, type TDestination } from "./routing-config";
import type { TPoolRotation, TRepState, TRoutingInput, TTeamState } from "./routing-types";

export type TRouteResult =
  | { kind: "assigned"; repId: string; reasons: TReasonCode[]; skipped: { repId: string; reasons: TReasonCode[] }[]; rotation: TPoolRotation | null }
  | { kind: "none"; reason: TReasonCode; skipped: { repId: string; reasons: TReasonCode[] }[] };

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

export function routeToRep(repId: string, ctx: TRouteContext): TRouteResult {
  const problem = baseIneligibility(ctx.repsById.get(repId));
  if (problem) return { kind: "none", reason: { code: "NO_ELIGIBLE_REP", teamId: null, candidates: 1 }, skipped: [{ repId, reasons: [problem] }] };
  return { kind: "assigned", repId, reasons: [{ code: "NAMED_REP", repId }], skipped: [], rotation: null };
}

export function routeToTeam(pathId: string, destination: Extract<TDestination, { type: "team" }>, ctx: TRouteContext): TRouteResult {
  const { input, repsById } = ctx;
  const team = ctx.teamsById.get(destination.teamId);
  if (!team) return { kind: "none", reason: { code: "UNKNOWN_TEAM", teamId: destination.teamId }, skipped: [] };
  if (!team.isActive) return { kind: "none", reason: { code: "TEAM_INACTIVE", teamId: team.id }, skipped: [] };
  const { strategy } = destination;
  const filterCtx = { lead: input.lead, resolve: ctx.resolve, now: input.now };
  const pool = applyFilters(team.repIds, repsById, strategy.filters, filterCtx);

  let ownerNote: TReasonCode | null = null;
  const domain = strategy.accountOwnership ? companyDomain(input.lead.email) : null;
  const ownerId = domain !== null && Object.hasOwn(input.accountOwners, domain) ? input.accountOwners[domain] : undefined;
  if (domain !== null && ownerId !== undefined) {
    if (!team.repIds.includes(ownerId)) {
      ownerNote = { code: "ACCOUNT_OWNER_NOT_IN_POOL", domain, ownerRepId: ownerId };
    } else {
      const owner = applyFilters([ownerId], repsById, strategy.filters, filterCtx, { onlyRequired: true }).qualified[0];
      if (owner) {
        const others = pool.qualified.filter((c) => c.rep.id !== ownerId);
        const skipped = [
          ...pool.skipped.filter((s) => s.repId !== ownerId),
          ...others.map((c) => ({ repId: c.rep.id, reasons: [{ code: "NOT_CHOSEN_ACCOUNT_OWNER", ownerRepId: ownerId, domain } as TReasonCode] })),
        ];
        return { kind: "assigned", repId: ownerId, reasons: [...owner.passed, { code: "ACCOUNT_OWNER", domain }], skipped: inTeamOrder(skipped, team.repIds), rotation: null };
      }
      ownerNote = { code: "ACCOUNT_OWNER_INELIGIBLE", domain, ownerRepId: ownerId };
    }
  }

  const poolId = rotationPoolId(pathId, team.id);
  const choice = choose(strategy.chooser, pool.qualified, {
    poolId,
    teamOrder: team.repIds,
    rotation: Object.hasOwn(input.rotations, poolId) ? input.rotations[poolId] : undefined,
    strategy,
    resolve: ctx.resolve,
    now: input.now,
  });
  if (!choice) return { kind: "none", reason: { code: "NO_ELIGIBLE_REP", teamId: team.id, candidates: team.repIds.length }, skipped: inTeamOrder(pool.skipped, team.repIds) };
  const winner = pool.qualified.find((c) => c.rep.id === choice.repId);
  const skipped = [
    ...pool.skipped,
    ...pool.qualified.flatMap((c) => {
      const reason = choice.notChosen.get(c.rep.id);
      return c.rep.id === choice.repId || !reason ? [] : [{ repId: c.rep.id, reasons: [reason] }];
    }),
  ];
  const reasons = [...(winner?.passed ?? []), ...choice.reasons, ...(ownerNote ? [ownerNote] : [])];
  return { kind: "assigned", repId: choice.repId, reasons, skipped: inTeamOrder(skipped, team.repIds), rotation: choice.rotation };
}

/** Entries sorted by their rep's place in the team (others last, in their given order), in one pass. */
function inTeamOrder<T extends { repId: string }>(entries: T[], order: readonly string[]): T[] {
  const position = new Map<string, number>();
  order.forEach((id, i) => position.set(id, i));
  const slots: T[][] = [];
  const others: T[] = [];
  for (const entry of entries) {
    const at = position.get(entry.repId);
    if (at === undefined) others.push(entry);
    else (slots[at] ??= []).push(entry);
  }
  const sorted: T[] = [];
  for (const bucket of slots) if (bucket) sorted.push(...bucket);
  sorted.push(...others);
  return sorted;
}
