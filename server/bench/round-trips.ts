// The database round trips of ONE routed `POST /api/v1/leads` (API key, form, routing), counted on
// the wire: every statement a `pg` client of this process sends (Prisma's pool, the rate limiter's
// pool), pg-boss's own maintenance connections left out. Phases: before the transaction, inside
// it before the workspace routing lock, under the lock (until COMMIT), after commit. Unlike
// latencies this figure is not noisy: it is the one to compare before/after a change.
// With `learned`, the pool chooses by learning (outcome counters read before the lock, this week's
// load in the locked statement): the same statements under the lock as the strict pool's.
//   npm run bench prints it in the server lane; alone: node --import tsx server/cli/round-trips.ts <database url>
import pg from "pg";
import type { DbHandle } from "../db/client";
import { handleCreateLead } from "../api/rest/handle-leads";
import { createApiKey } from "../services/api-keys/api-keys";
import { openRoutingProcess } from "../testing/concurrency/routing-process";
import { ZRoutingConfig } from "../domain/routing/routing-config";
import { learnedPools } from "../domain/routing/learned/learned-pools";
import { counterWeek } from "../domain/routing/learned/beta-posterior";
import { publishRouting } from "../services/routing/routing-settings";
import { seedStrictPool, strictPoolConfig, type TStrictPool } from "../testing/concurrency/strict-pool-fixture";
import { testDefinition, testScoring, validAnswers } from "../testing/fixtures/submission-fixtures";

type TPhase = "before the transaction" | "in the transaction, before the lock" | "under the lock (until COMMIT)" | "after commit";

export interface TRoundTrips {
  statements: { phase: TPhase; sql: string }[];
  byPhase: Record<TPhase, number>;
  lines: string[];
}

const PHASES: TPhase[] = ["before the transaction", "in the transaction, before the lock", "under the lock (until COMMIT)", "after commit"];

/** Records every statement sent by a pg client of this process (pg-boss's own connections excepted) while `run` runs. */
async function recordStatements(run: () => Promise<void>): Promise<string[]> {
  const proto = pg.Client.prototype as unknown as { query: (...args: unknown[]) => unknown };
  const original = proto.query;
  const seen: string[] = [];
  proto.query = function (this: { connectionParameters?: { application_name?: string } }, ...args: unknown[]) {
    const first = args[0];
    const text = typeof first === "string" ? first : ((first as { text?: string } | undefined)?.text ?? "");
    if (!String(this.connectionParameters?.application_name ?? "").startsWith("pgboss")) seen.push(text);
    return original.apply(this, args);
  };
  try {
    await run();
  } finally {
    proto.query = original;
  }
  return seen;
}

const oneLine = (sql: string) => sql.replace(/\s+/g, " ").trim().slice(0, 140);

/** Publishes the pool with a learned chooser (no warm-up, a floor share) and a week of outcome counters per rep. */
async function makeLearned(db: DbHandle["db"], pool: TStrictPool, now: Date): Promise<void> {
  const input = strictPoolConfig(pool.teamId, pool.managerUserId);
  const path = input.paths[0]!;
  if (path.destination.type !== "team") throw new Error("the strict pool sends leads to a team");
  const config = ZRoutingConfig.parse({ ...input, paths: [{ ...path, destination: { ...path.destination, strategy: { ...path.destination.strategy, chooser: { type: "learned", outcome: "won", segmentBy: ["industry"], floorShare: 0.5, warmUpOutcomes: 0 } } } }] });
  await publishRouting(db, { workspaceId: pool.workspaceId, userId: pool.managerUserId, config, note: "learned pool" });
  const [learned] = learnedPools(config);
  await db.learnedOutcomeCounter.createMany({
    data: pool.reps.map((rep, i) => ({ workspaceId: pool.workspaceId, poolId: learned!.poolId, definition: learned!.definition, repId: rep.id, segmentKey: "unknown", week: counterWeek(now) - 1, successes: i + 1, failures: 5 })),
  });
}

/** Seeds a strict (or `learned`) pool in the (migrated) database of `handle`, posts two leads and counts the second's statements. */
export async function countRoutedLeadRoundTrips(handle: DbHandle, url: string, options: { learned?: boolean } = {}): Promise<TRoundTrips> {
  const pool = await seedStrictPool(handle.db, { reps: 7, smallOpenCap: 40, dailyCap: 60, bigOpenCap: 100_000, form: { definition: testDefinition, scoring: testScoring() } });
  if (options.learned) await makeLearned(handle.db, pool, new Date());
  const { key } = await createApiKey(handle.db, { workspaceId: pool.workspaceId, name: "round trips", scopes: ["leads:write"] });
  const app = await openRoutingProcess(url, 4);
  try {
    const post = async (n: number) => {
      const request = new Request("http://bench.local/api/v1/leads", {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${key}` },
        body: JSON.stringify({ form: pool.formSlug, answers: validAnswers({ email: `trip${n}@bench-${n}.example.com`, name: `Lead ${n}` }), source: "bench" }),
      });
      const response = await handleCreateLead(app.handle.db, request, new Date(), app.deps);
      if (response.status !== 201) throw new Error(`POST /api/v1/leads answered ${response.status}: ${await response.text()}`);
    };
    await post(1); // warm: caches, prepared connections, the key's lastUsedAt
    await app.queue.runDue("routing.assigned"); // and the worker's side
    const sent = await recordStatements(() => post(2));
    // The worker's side of the same lead: its routing.assigned job (claim, lead read, alert stored and handed to the dev transport).
    const afterCommit = (await recordStatements(() => app.queue.runDue("routing.assigned").then(() => undefined))).map(oneLine);
    let phase: TPhase = "before the transaction";
    const statements: TRoundTrips["statements"] = [];
    for (const sql of sent) {
      if (/^\s*BEGIN/i.test(sql)) phase = "in the transaction, before the lock";
      if (/pg_advisory_xact_lock|switchboard_routing_read/.test(sql)) phase = "under the lock (until COMMIT)";
      statements.push({ phase, sql: oneLine(sql) });
      if (/^\s*(COMMIT|ROLLBACK)/i.test(sql)) phase = "after commit";
    }
    const byPhase = Object.fromEntries(PHASES.map((p) => [p, statements.filter((s) => s.phase === p).length])) as Record<TPhase, number>;
    const lines = [
      `Round trips of one routed POST /api/v1/leads (API key, form, 7-rep ${options.learned ? "learned" : "strict round-robin"} pool): ${statements.length} statements — ${PHASES.map((p) => `${p} ${byPhase[p]}`).join(" · ")}`,
      ...statements.map((s, i) => `  ${String(i + 1).padStart(2)}. [${s.phase}] ${s.sql}`),
      `  then its routing.assigned job (a worker; pg-boss's own fetch and completion not counted): ${afterCommit.length} statements`,
      ...afterCommit.map((sql, i) => `  ${String(i + 1).padStart(2)}. ${sql}`),
    ];
    return { statements, byPhase, lines };
  } finally {
    await app.close();
  }
}
