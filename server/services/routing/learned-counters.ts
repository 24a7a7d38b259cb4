// The learned pools' outcome counters (LearnedOutcomeCounter), kept current two ways:
//   updateLearnedCounters  an after-outcome hook, in the outcome's transaction: when a lead of a
//                          learned pool resolves (or changes resolution: lost, then won), its
//                          rep × segment × week cell moves by one — a handful of short statements;
//   rebuildPoolLearning    a job after a pool's definition changes (outcome, segment attributes, or
//                          a pool newly learned): the pool's counters recomputed from the stored
//                          outcomes of the leads it holds, counters of other definitions deleted.
// A lead counts for the pool of its current assignment's decision (path × team) and that
// assignment's rep. Both take the pool's advisory lock, so a hook never interleaves a rebuild.
import type { Db, DbTx } from "../../db/client";
import { leadResolution, learnedPools, sameResolution, type TLeadResolution, type TLearnedPool } from "../../domain/routing/learned/learned-pools";
import { leadSegment } from "../../domain/routing/learned/lead-segment";
import { rotationPoolId, type TRoutingConfig } from "../../domain/routing/routing-config";
import { toRoutingLead } from "../../domain/routing/routing-lead";
import type { TAfterOutcomeRecorded } from "../outcomes/outcome-types";
import { leadRecordOf, loadStoredLead } from "./load-routing-inputs";
import { getPublishedRouting } from "./routing-settings";

interface TDelta {
  repId: string;
  segmentKey: string;
  week: number;
  successes: number;
  failures: number;
}

async function lockPool(tx: DbTx, workspaceId: string, poolId: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`learning:${workspaceId}:${poolId}`}))`;
}

async function addCounts(tx: DbTx, workspaceId: string, pool: Pick<TLearnedPool, "poolId" | "definition">, deltas: readonly TDelta[], now: Date): Promise<void> {
  if (deltas.length === 0) return;
  await tx.$executeRaw`
    INSERT INTO "LearnedOutcomeCounter" ("workspaceId", "poolId", "definition", "repId", "segmentKey", "week", "successes", "failures", "updatedAt")
    SELECT ${workspaceId}, ${pool.poolId}, ${pool.definition}, d."repId", d."segmentKey", d."week", d."successes", d."failures", ${now}
      FROM jsonb_to_recordset(${JSON.stringify(deltas)}::jsonb) AS d("repId" text, "segmentKey" text, "week" int, "successes" int, "failures" int)
    ON CONFLICT ("workspaceId", "poolId", "definition", "repId", "segmentKey", "week") DO UPDATE
      SET "successes" = GREATEST(0, "LearnedOutcomeCounter"."successes" + EXCLUDED."successes"),
          "failures" = GREATEST(0, "LearnedOutcomeCounter"."failures" + EXCLUDED."failures"),
          "updatedAt" = EXCLUDED."updatedAt"`;
}

const delta = (repId: string, segmentKey: string, r: TLeadResolution, sign: 1 | -1): TDelta => ({
  repId,
  segmentKey,
  week: r.week,
  successes: r.isSuccess ? sign : 0,
  failures: r.isSuccess ? 0 : sign,
});

/** The learned pool (of the published config) a decision's path × team is, or null. */
function poolOf(config: Pick<TRoutingConfig, "paths">, decision: unknown): TLearnedPool | null {
  const d = decision as { pathId?: unknown; teamId?: unknown } | null;
  if (!d || typeof d.pathId !== "string" || typeof d.teamId !== "string") return null;
  const poolId = rotationPoolId(d.pathId, d.teamId);
  return learnedPools(config).find((p) => p.poolId === poolId) ?? null;
}

/** The after-outcome hook (AFTER_OUTCOME_RECORDED): the lead's cell moves when its resolution does. */
export const updateLearnedCounters: TAfterOutcomeRecorded = async (tx, outcome) => {
  const assignment = await tx.leadAssignment.findFirst({ where: { leadId: outcome.leadId, isCurrent: true }, select: { repId: true, decision: true } });
  if (!assignment?.repId) return;
  const published = await getPublishedRouting(tx, outcome.workspaceId);
  const pool = published ? poolOf(published.config, assignment.decision) : null;
  if (!published || !pool) return;
  const rows = await tx.leadOutcome.findMany({ where: { leadId: outcome.leadId }, select: { id: true, stage: true, occurredAt: true } });
  const before = leadResolution(rows.filter((r) => r.id !== outcome.id), pool.chooser.outcome);
  const after = leadResolution(rows, pool.chooser.outcome);
  if (sameResolution(before, after)) return;
  const lead = toRoutingLead(await loadStoredLead(tx, outcome.leadId), published.config);
  const segmentKey = leadSegment(lead, pool.chooser.segmentBy).key;
  await lockPool(tx, outcome.workspaceId, pool.poolId);
  const deltas = [...(before ? [delta(assignment.repId, segmentKey, before, -1)] : []), ...(after ? [delta(assignment.repId, segmentKey, after, 1)] : [])];
  // One row per cell (lost, then won in the same week: one statement may touch a row once).
  if (deltas.length === 2 && deltas[0]!.week === deltas[1]!.week) deltas.splice(0, 2, { ...deltas[1]!, successes: deltas[0]!.successes + deltas[1]!.successes, failures: deltas[0]!.failures + deltas[1]!.failures });
  await addCounts(tx, outcome.workspaceId, pool, deltas, outcome.recordedAt);
};

const BATCH = 1000;

/**
 * Recomputes a pool's counters for `definition` from the stored outcomes (idempotent). Does nothing
 * when the published config no longer has that pool with that definition (a newer job follows).
 */
export async function rebuildPoolLearning(db: Db, input: { workspaceId: string; poolId: string; definition: string; now: Date }): Promise<{ leads: number; resolved: number } | null> {
  const { workspaceId, poolId } = input;
  const published = await getPublishedRouting(db, workspaceId);
  const pool = published ? learnedPools(published.config).find((p) => p.poolId === poolId && p.definition === input.definition) : undefined;
  if (!published || !pool) return null;
  return db.$transaction(
    async (tx) => {
      await lockPool(tx, workspaceId, poolId);
      const cells = new Map<string, TDelta>();
      let leads = 0;
      let resolved = 0;
      let cursor: string | undefined;
      for (;;) {
        const batch = await tx.leadAssignment.findMany({
          where: { workspaceId, isCurrent: true, repId: { not: null }, AND: [{ decision: { path: ["pathId"], equals: pool.pathId } }, { decision: { path: ["teamId"], equals: pool.teamId } }] },
          orderBy: { id: "asc" },
          take: BATCH,
          ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
          select: { id: true, repId: true, lead: { include: { person: { select: { email: true } }, outcomes: { select: { stage: true, occurredAt: true } } } } },
        });
        for (const a of batch) {
          leads++;
          const r = leadResolution(a.lead.outcomes, pool.chooser.outcome);
          if (!r) continue;
          resolved++;
          const segmentKey = leadSegment(toRoutingLead(leadRecordOf(a.lead), published.config), pool.chooser.segmentBy).key;
          const key = `${a.repId}\u0000${segmentKey}\u0000${r.week}`;
          const cell = cells.get(key) ?? { repId: a.repId!, segmentKey, week: r.week, successes: 0, failures: 0 };
          if (r.isSuccess) cell.successes++;
          else cell.failures++;
          cells.set(key, cell);
        }
        if (batch.length < BATCH) break;
        cursor = batch[batch.length - 1]!.id;
      }
      await tx.learnedOutcomeCounter.deleteMany({ where: { workspaceId, poolId } });
      const all = [...cells.values()];
      for (let i = 0; i < all.length; i += BATCH) await addCounts(tx, workspaceId, pool, all.slice(i, i + BATCH), input.now);
      return { leads, resolved };
    },
    { timeout: 120_000 },
  );
}
