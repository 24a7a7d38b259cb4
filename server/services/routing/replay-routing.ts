// Replay: the workspace's last N real (non-spam) leads decided with the published config
// ("before") and with a draft ("after"), compared per rep (compareRouting), each moved lead with
// why (explainMove). Nothing is written and no lock is taken: everything is read in one READ ONLY,
// REPEATABLE READ transaction (one snapshot for both sides) and decided in memory.
//
// Both sides are decided NOW, the same way, from the same state, so that a lead moves only because
// of the draft. Comparing a lead's stored (historic) decision with a fresh one of the draft showed
// every change of load or rotation since as a "move" (about half the seeded demo's leads for an
// unchanged draft). What happened is kept apart: `historic` counts the leads whose stored decision
// differs from the published config's decision today (historicDrift) — not part of the change.
//
// Approximations (shown to the user as REPLAY_APPROXIMATION):
// - Each lead is decided at its own submittedAt (working hours, local time, out of office, meetings
//   booked through Switchboard — those are read from the oldest lead on), in submission order;
//   rotation pointers and the account-owner registry start from today's, the same for both sides, and are carried forward per side (a clone each), so an earlier lead's move can
//   shift a later lead's round-robin turn (explainMove says so). Rep loads (open leads, pipeline,
//   today's volume) are as of now for both sides and do not grow during the run.
// - A learned pool decides a stored lead from the posterior counts its decision recorded, drawing
//   with the sharpness it recorded (1 for records from before it was: plain Thompson sampling), on
//   both sides alike.
import type { Db, DbTx } from "../../db/client";
import { AppError } from "../../errors";
import { compareRouting, destinationKey, historicDrift, type TDestinationKey } from "../../domain/routing/replay";
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
import { loadLiveLoad, loadRoster, type TRoutingState } from "./load-routing-state";
import { getPublishedRouting } from "./routing-settings";
import { routingNames } from "./routing-names";

export const REPLAY_APPROXIMATION =
  "Both sides are decided now from the same state, so a lead moves only because of the draft: each lead at the time it was submitted, oldest first, starting from today's round-robin pointers and account owners (carried forward lead by lead, so an earlier move can shift a later turn); rep loads (open leads, pipeline, today's volume) are today's and do not grow during the replay.";

export interface TReplaySide {
  key: TDestinationKey;
  pathName: string | null;
}

export interface TReplayLeadRow {
  leadId: string;
  label: string;
  submittedAt: Date;
  /** The published config's decision now. */
  before: TReplaySide;
  /** The draft's decision now, from the same state. */
  after: TReplaySide;
  /** What really happened when the lead arrived (its first routed decision); null when it has none. */
  historic: TReplaySide | null;
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

type TDecide = (row: TLeadRow, stored: TRoutingDecision | null, rotations: Record<string, TPoolRotation>, accountOwners: Record<string, string>) => TRoutingDecision;

/** Decides every lead in order, carrying rotation pointers and account owners forward (in memory, a copy per run). */
function runConfig(rows: readonly TLeadRow[], stored: readonly (TRoutingDecision | null)[], start: Pick<TRoutingState, "rotations">, owners: Record<string, string>, decide: TDecide): TRoutingDecision[] {
  const rotations: Record<string, TPoolRotation> = structuredClone(start.rotations);
  const accountOwners = { ...owners };
  return rows.map((row, i) => {
    const decision = decide(row, stored[i] ?? null, rotations, accountOwners);
    for (const rotation of decision.rotationUpdates ?? []) rotations[rotation.poolId] = rotation;
    const owner = decision.accountOwnerToRecord;
    if (owner && !Object.hasOwn(accountOwners, owner.domain)) accountOwners[owner.domain] = owner.repId;
    return decision;
  });
}

/** The same decision for both sides: `config` from `state` (reps, teams, learning), the lead at its submittedAt. */
function decider(config: TRoutingConfig, version: number, state: TRoutingState): TDecide {
  return (row, stored, rotations, accountOwners) => {
    const { learning, learnedSharpness } = learningFor(stored, config, state.learning);
    return decideLeadRouting({
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
    // One snapshot: both sides start from the same pointers and loads. No routing lock: a dry run.
    await tx.$executeRaw`SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY`;
    const published = await getPublishedRouting(tx, workspaceId);
    if (!published) throw new AppError("BAD_REQUEST", "Publish a routing config first: replay compares the draft with it.");
    const rows = (await loadLeads(tx, workspaceId, input.lastN)).reverse();
    const roster = await loadRoster(tx, workspaceId, now);
    // Each config reads what it needs (its learned pools' counters, its volume window) from the same snapshot.
    // Meetings booked through Switchboard from the oldest lead on: each lead is decided at its submittedAt.
    const busyFrom = rows.reduce<Date>((at, r) => (r.submittedAt < at ? r.submittedAt : at), now);
    const publishedState = (await loadLiveLoad(tx, workspaceId, roster, published.config, now, null, { busyFrom })).state;
    const draftState = (await loadLiveLoad(tx, workspaceId, roster, draft, now, null, { busyFrom })).state;
    const domains = [...new Set(rows.map((r) => companyDomain(r.person?.email ?? null)).filter((d): d is string => d !== null))];
    const ownerRows = domains.length > 0 ? await tx.accountOwner.findMany({ where: { workspaceId, domain: { in: domains } } }) : [];
    return { published, rows, publishedState, draftState, owners: Object.fromEntries(ownerRows.map((o) => [o.domain, o.repId])) };
  });

  const { published, rows, publishedState, draftState, owners } = loaded;
  const historic = rows.map(storedDecision);
  // The same starting pointers and owners for both sides.
  const before = runConfig(rows, historic, publishedState, owners, decider(published.config, published.version, publishedState));
  const after = runConfig(rows, historic, publishedState, owners, decider(draft, 0, draftState));
  const names = routingNames(publishedState.repNames, publishedState.teamNames);
  const summary = compareRouting(before, after, names, { before: published.config.paths, after: draft.paths });
  const side = (d: TRoutingDecision): TReplaySide => ({ key: destinationKey(d), pathName: d.pathName });

  const leads: TReplayLeadRow[] = rows.map((row, i) => ({
    leadId: row.id,
    label: row.contactName ?? row.person?.name ?? row.contactCompany ?? row.person?.company ?? row.person?.email ?? `Lead ${row.id.slice(-6)}`,
    submittedAt: row.submittedAt,
    before: side(before[i]!),
    after: side(after[i]!),
    historic: historic[i] ? side(historic[i]) : null,
    odds: oddsOf(after[i]!, draft, row, draftState, names),
  }));
  return { summary, leads, publishedVersion: published.version, historic: historicDrift(historic, before), approximation: REPLAY_APPROXIMATION };
}
