// npm run bench — prints figures and ratios measured in this run (never pass/fail):
// form evaluation (µs/op) and submission latency/throughput at 16-way concurrency against a bare
// single-row insert, on embedded PGlite and, with BENCH_DATABASE_URL (or TEST_DATABASE_URL), on
// a PostgreSQL server (a throw-away database is created and dropped). Routing: the pure decision
// for 10/100/1,000 reps; on the server, submit → assigned with 2 app processes against a bare
// insert, then the pool's spread and cap violations (its own throw-away database). Last, the
// hosted form's size figures (npm run size: loader, first-load JS vs a minimal page, LCP);
// BENCH_SKIP_SIZE=1 leaves them out.
import crypto from "node:crypto";
import pg from "pg";
import { runScript } from "./lib/run-script";

async function withServerDatabase<T>(baseUrl: string, run: (url: string) => Promise<T>): Promise<T> {
  const name = `sb_bench_${crypto.randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  try {
    return await run(url.toString());
  } finally {
    const cleanup = new pg.Client({ connectionString: baseUrl });
    await cleanup.connect();
    await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await cleanup.end();
  }
}

await runScript(async () => {
  const { connectPglite } = await import("../db/client");
  const { applyMigrations } = await import("../db/migrate");
  const { runFormEvaluationBench } = await import("../bench/form-evaluation-bench");
  const { runSubmissionBench } = await import("../bench/submission-bench");
  const { runRoutingDecisionBench } = await import("../bench/routing-decision-bench");
  const { runSizeFigures } = await import("./lib/size-run");
  const print = (lines: string[]) => console.log(`${lines.join("\n")}\n`);

  print(runFormEvaluationBench());

  const pglite = await connectPglite();
  try {
    await applyMigrations(pglite.adapterFactory);
    print(await runSubmissionBench(pglite, "embedded PGlite (in memory)"));
  } finally {
    await pglite.close();
  }

  print(runRoutingDecisionBench());

  const serverUrl = process.env.BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL;
  if (!serverUrl) console.log("PostgreSQL server lane skipped: set BENCH_DATABASE_URL=postgresql://… to include it.\n");
  else await runServerLane(serverUrl);

  if (process.env.BENCH_SKIP_SIZE === "1") console.log("Size figures skipped (BENCH_SKIP_SIZE=1): npm run size prints them.");
  else print(await runSizeFigures());
});

async function runServerLane(serverUrl: string): Promise<void> {
  const { connectPostgres } = await import("../db/client");
  const { applyMigrations } = await import("../db/migrate");
  const { runSubmissionBench } = await import("../bench/submission-bench");
  const { runRoutingSubmitBench } = await import("../bench/routing-submit-bench");
  const print = (lines: string[]) => console.log(`${lines.join("\n")}\n`);
  await withServerDatabase(serverUrl, async (url) => {
    const server = await connectPostgres(url, 20);
    try {
      await applyMigrations(server.adapterFactory);
      print(await runSubmissionBench(server, "PostgreSQL server"));
    } finally {
      await server.close();
    }
  });

  // ── Routing on the server (the pure decision bench ran above) ───────────────
  await withServerDatabase(serverUrl, async (url) => {
    const server = await connectPostgres(url, 20);
    try {
      await applyMigrations(server.adapterFactory);
      print(await runRoutingSubmitBench(server, url));
    } finally {
      await server.close();
    }
  });
}
