// Replay: the workspace's last N real (non-spam) leads decided with the published config
// ("before") and with a draft ("after"), compared per rep (compareRouting). Nothing is written:
// everything is read in one READ ONLY transaction and decided in memory.
//
// Approximations (shown to the user):
// - Each lead is decided at its own submittedAt (working hours, local time, out of office), in
//   submission order; rotation pointers and the account-owner registry start from today's and are
//   carried forward per run (a clone each), but rep loads (open leads, pipeline, today's volume)
//   are as of now and do not grow during the run.
// - A learned pool decides a stored lead from the posterior counts its decision recorded, drawing
//   with the sharpness it recorded (1 for records from before it was: plain Thompson sampling).
// - "Before" is the decision stored on the lead's first ROUTED assignment when there is one (what
//   really happened, whatever config version decided it); otherwise it is recomputed with the
//   published config. "After" keeps that stored decision too when the draft sends the lead down
//   the same path to the same destination (so an unchanged round-robin does not show moves only
//   because its pointer has advanced since); otherwise it is the draft's fresh decision.
import { isDeepStrictEqual } from "node:util";
import type { Db, DbTx } from "../../db/client";
import { AppError } from "../../errors";
import { compareRouting, destinationKey } from "../../domain/routing/replay";
import { companyDomain } from "../../domain/routing/route-to-team";
import { ZRoutingConfig, type TRoutingConfig } from "../../domain/routing/routing-config";
import { decideLeadRouting, toRoutingLead } from "../../domain/routing/routing-lead";
import type { TPoolRotation, TRoutingDecision } from "../../domain/routing/routing-types";
import { readStoredDecision } from "../../domain/routing/stored-decision";
import type { TPoolLearning } from "../../domain/routing/learned/learned-types";
import { learnedPools } from "../../domain/routing/learned/learned-pools";
import { learnedOdds } from "../../domain/routing/learned/learned-odds";
import { recordedSharpness } from "../../domain/routing/learned/learned-chooser";
import { leadRecordOf } from "./load-routing-inputs";
import { loadRoutingState, type TRoutingState } from "./load-routing-state";
import { getPublishedRouting } from "./routing-settings";
import { routingNames } from "./routing-names";

export const REPLAY_APPROXIMATION =
  "Each lead is decided at the time it was submitted, in order, with round-robin pointers carried forward; rep loads (open leads, pipeline, today's volume) are today's.";

export interface TReplayLeadRow {
  leadId: string;
  label: string;
  submittedAt: Date;
  before: { key: string; pathName: string | null; isStored: boolean };
  after: { key: string; pathName: string | null };
  /** The draft's learned pick: each qualified rep's expected rate and chance of being chosen (seeded draws). */
  odds: { repId: string; name: string; expected: number; probability: number }[] | null;
}

const leadInclude = {
  person: { select: { email: true, name: true, company: true } },
  assignments: { where: { kind: "ROUTED" as const }, orderBy: { assignedAt: "asc" as const }, take: 1, select: { decision: true } },
};

type TLeadRow = Awaited<ReturnType<typeof loadLeads>>[number];

function loadLeads(tx: DbTx, workspaceId: string, lastN: number) {
  return tx.lead.findMany({ where: { workspaceId, isSpam: false }, orderBy: [{ submittedAt: "desc" }, { id: "desc" }], take: lastN, include: leadInclude });
}

type TDecide = (row: TLeadRow, rotations: Record<string, TPoolRotation>, accountOwners: Record<string, string>) => { decision: TRoutingDecision; isStored: boolean };

/** Decides every lead in order, carrying rotation pointers and account owners forward (in memory). */
function runConfig(rows: readonly TLeadRow[], state: TRoutingState, owners: Record<string, string>, decide: TDecide): { decisions: TRoutingDecision[]; isStored: boolean[] } {
  const rotations: Record<string, TPoolRotation> = structuredClone(state.rotations);
  const accountOwners = { ...owners };
  const decisions: TRoutingDecision[] = [];
  const isStored: boolean[] = [];
  for (const row of rows) {
    const { decision, isStored: stored } = decide(row, rotations, accountOwners);
    for (const rotation of decision.rotationUpdates ?? []) rotations[rotation.poolId] = rotation;
    const owner = decision.accountOwnerToRecord;
    if (owner && !Object.hasOwn(accountOwners, owner.domain)) accountOwners[owner.domain] = owner.repId;
    decisions.push(decision);
    isStored.push(stored);
  }
  return { decisions, isStored };
}

function decider(config: TRoutingConfig, version: number, state: TRoutingState, useStored: "always" | "same_destination"): TDecide {
  return (row, rotations, accountOwners) => {
    const stored = storedDecision(row);
    if (stored && useStored === "always") return { decision: stored, isStored: true };
    const { learning, learnedSharpness } = learningFor(stored, config, state.learning);
    const fresh = decideLeadRouting({
      config,
      configVersion: version,
      lead: toRoutingLead(leadRecordOf(row), config),
      reps: state.reps,
      teams: state.teams,
      rotations,
      accountOwners,
      learning,
      ...(learnedSharpness ? { learnedSharpness } : {}),
      now: row.submittedAt,
    });
    // The draft sends the lead down the same path to the same destination as really happened:
    // keep what happened, so pointers that moved since do not show as moves.
    const isSame = stored?.outcome === "assigned" && fresh.outcome === "assigned" && stored.pathId === fresh.pathId && isDeepStrictEqual(stored.destination, JSON.parse(JSON.stringify(fresh.destination)));
    return isSame && stored ? { decision: stored, isStored: true } : { decision: fresh, isStored: false };
  };
}

/**
 * A learned pool re-derives a stored decision from the counts it recorded (learningUsed), not from
 * today's counters, and draws with the sharpness it recorded (recordedSharpness: 1 before it was);
 * other pools read today's. Decided with another segment definition, the recorded slice does not
 * apply and today's counters are used.
 */
function learningFor(
  stored: TRoutingDecision | null,
  config: TRoutingConfig,
  current: Record<string, TPoolLearning> | undefined,
): { learning: Record<string, TPoolLearning> | undefined; learnedSharpness?: Record<string, number> } {
  const used = stored?.learningUsed;
  if (!stored || !used || !learnedPools(config).some((p) => p.poolId === used.poolId && p.definition === used.definition)) return { learning: current };
  const sharpness = recordedSharpness(stored);
  return { learning: { ...current, [used.poolId]: used.learning }, ...(sharpness === undefined ? {} : { learnedSharpness: { [used.poolId]: sharpness } }) };
}

function storedDecision(row: TLeadRow): TRoutingDecision | null {
  const decision = readStoredDecision(row.assignments[0]?.decision);
  return decision ? { ...decision, leadId: row.id } : null;
}

/** Fewer draws than Test a lead (up to 500 leads): the chance is shown to the nearest few percent. */
const REPLAY_ODDS_DRAWS = 400;

function oddsOf(decision: TRoutingDecision, config: TRoutingConfig, row: TLeadRow, state: TRoutingState, names: ReturnType<typeof routingNames>): TReplayLeadRow["odds"] {
  if (!decision.learningUsed) return null;
  const team = state.teams.find((t) => t.id === decision.teamId)?.repIds ?? [];
  const odds = learnedOdds(decision, config, toRoutingLead(leadRecordOf(row), config), team, REPLAY_ODDS_DRAWS);
  return odds?.map((o) => ({ repId: o.repId, name: names.repName(o.repId), expected: o.expected, probability: o.probability })) ?? null;
}

export async function replayRouting(db: Db, workspaceId: string, input: { draft: unknown; lastN: number }) {
  if (!Number.isInteger(input.lastN) || input.lastN < 1 || input.lastN > 500) {
    throw new AppError("VALIDATION", "Replay between 1 and 500 leads", [{ path: "lastN", message: "Choose between 1 and 500 leads" }]);
  }
  const parsed = ZRoutingConfig.safeParse(input.draft);
  if (!parsed.success) {
    throw new AppError("VALIDATION", "The routing draft is not valid", parsed.error.issues.map((i) => ({ path: i.path.join("."), message: i.message })));
  }
  const draft = parsed.data;
  const now = new Date();

  const loaded = await db.$transaction(async (tx) => {
    await tx.$executeRaw`SET TRANSACTION READ ONLY`;
    const published = await getPublishedRouting(tx, workspaceId);
    if (!published) throw new AppError("BAD_REQUEST", "Publish a routing config first: replay compares the draft with it.");
    const rows = (await loadLeads(tx, workspaceId, input.lastN)).reverse();
    const publishedState = await loadRoutingState(tx, workspaceId, published.config, now);
    const draftState = await loadRoutingState(tx, workspaceId, draft, now);
    const domains = [...new Set(rows.map((r) => companyDomain(r.person?.email ?? null)).filter((d): d is string => d !== null))];
    const ownerRows = domains.length > 0 ? await tx.accountOwner.findMany({ where: { workspaceId, domain: { in: domains } } }) : [];
    return { published, rows, publishedState, draftState, owners: Object.fromEntries(ownerRows.map((o) => [o.domain, o.repId])) };
  });

  const { published, rows, publishedState, draftState, owners } = loaded;
  const before = runConfig(rows, publishedState, owners, decider(published.config, published.version, publishedState, "always"));
  const after = runConfig(rows, draftState, owners, decider(draft, 0, draftState, "same_destination"));
  const names = routingNames(new Map([...publishedState.repNames, ...draftState.repNames]), new Map([...publishedState.teamNames, ...draftState.teamNames]));
  const summary = compareRouting(before.decisions, after.decisions, names);

  const leads: TReplayLeadRow[] = rows.map((row, i) => ({
    leadId: row.id,
    label: row.contactName ?? row.person?.name ?? row.contactCompany ?? row.person?.company ?? row.person?.email ?? `Lead ${row.id.slice(-6)}`,
    submittedAt: row.submittedAt,
    before: { key: destinationKey(before.decisions[i]!), pathName: before.decisions[i]!.pathName, isStored: before.isStored[i]! },
    after: { key: destinationKey(after.decisions[i]!), pathName: after.decisions[i]!.pathName },
    odds: oddsOf(after.decisions[i]!, draft, row, draftState, names),
  }));
  return { summary, leads, publishedVersion: published.version, storedBefore: before.isStored.filter(Boolean).length, approximation: REPLAY_APPROXIMATION };
}
