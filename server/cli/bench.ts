// npm run bench — prints figures and ratios measured in this run (never pass/fail):
// form evaluation (µs/op) and submission latency/throughput at 16-way concurrency against a bare
// single-row insert, on embedded PGlite and, with BENCH_DATABASE_URL (or TEST_DATABASE_URL), on
// a PostgreSQL server (a throw-away database is created and dropped). Routing: the pure decision
// for 10/100/1,000 reps; on the server, submit → assigned with 2 app processes against a bare
// insert and a lock + lead + job-row floor, the lock-held time, then a 5,000-lead run's spread and
// cap violations (its own throw-away database); then through the HTTP stack: 2 `npm start`
// processes (the production build is made or reused) serving POST /api/v1/leads against GET
// /api/health, and POST → rep alert at an SMTP server (BENCH_SKIP_HTTP=1 leaves it out). Then the
// hosted form's size figures (npm run size: loader, first-load JS vs a minimal page, LCP;
// BENCH_SKIP_SIZE=1 leaves them out), and last issue 9's yardstick table: goal against this run.
// Booking: slots p99 (pure) and 50 attempts at one slot from 2 processes on the server;
// BENCH_BOOKING_ONLY=1 runs those two alone. BENCH_DECISION_ONLY=1 runs the pure routing decision
// lanes alone (rules choosers, then the learned chooser); BENCH_ROUTING_ONLY=1 the server's
// submit → assigned lane alone, with the lock's profile (BENCH_ROUTED_LEADS=N routes N leads
// instead of 5,000); BENCH_ROUND_TRIPS_ONLY=1 lists the statements of one routed POST
// /api/v1/leads and what one statement costs this process through Prisma against a bare pg pool
// (the server lane prints both too); BENCH_ANALYTICS_ONLY=1 runs the analytics lane
// alone (needs the PostgreSQL server).
import crypto from "node:crypto";
import os from "node:os";
import pg from "pg";
import { yardstickTable, type TYardstickInput } from "../bench/routing-yardstick";
import { runScript } from "./lib/run-script";

async function withServerDatabase<T>(baseUrl: string, run: (url: string) => Promise<T>): Promise<T> {
  const name = `sb_bench_${crypto.randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect().catch((error: unknown) => {
    // The URL names a database to connect to and create the run's own database from (e.g. …/postgres).
    const code = (error as { code?: string }).code;
    if (code === "3D000") throw new Error(`BENCH_DATABASE_URL names a database that does not exist (${new URL(baseUrl).pathname.slice(1)}): point it at an existing one, e.g. postgresql://postgres@127.0.0.1:5432/postgres; the bench creates and drops its own`);
    throw error;
  });
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

/**
 * Runs a synchronous lane and says how many garbage collections paused it and the longest pauses:
 * on a busy machine they decide a decision lane's p99 (a pause lands in a few of 400 samples).
 */
async function withGcPauses<T>(run: () => T): Promise<{ result: T; gc: string }> {
  const { PerformanceObserver } = await import("node:perf_hooks");
  const pauses: number[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) pauses.push(entry.duration);
  });
  observer.observe({ entryTypes: ["gc"] });
  const result = run();
  await new Promise((resolve) => setTimeout(resolve, 20)); // GC entries are delivered after the lane
  observer.disconnect();
  pauses.sort((a, b) => b - a);
  const longest = pauses.slice(0, 4).map((p) => p.toFixed(1)).join(", ");
  return { result, gc: `  GC during the lane (warm-up, measured decisions, allocation probe): ${pauses.length} pauses, longest ${longest || "–"} ms` };
}

const httpOnly = process.env.BENCH_HTTP_ONLY === "1";
const bookingOnly = process.env.BENCH_BOOKING_ONLY === "1";

await runScript(async () => {
  const { connectPglite } = await import("../db/client");
  const { applyMigrations } = await import("../db/migrate");
  const { runFormEvaluationBench } = await import("../bench/form-evaluation-bench");
  const { runSubmissionBench } = await import("../bench/submission-bench");
  const { runRoutingDecisionBench } = await import("../bench/routing-decision-bench");
  const { runLearnedDecisionBench } = await import("../bench/learned-decision-bench");
  const { runSlotsBench } = await import("../bench/booking-bench");
  const { runSizeFigures } = await import("./lib/size-run");
  const print = (lines: string[]) => console.log(`${lines.join("\n")}\n`);

  if (process.env.BENCH_DECISION_ONLY === "1") {
    // The pure decision alone (no database, no build): for profiling it, e.g. with node --cpu-prof.
    const decisions = await withGcPauses(() => runRoutingDecisionBench());
    print([...decisions.result.lines, decisions.gc]);
    const learned = await withGcPauses(() => runLearnedDecisionBench());
    print([...learned.result.lines, learned.gc]);
    print(yardstickTable({ decision1000: decisions.result.bySize.get(1000) }));
    return;
  }
  if (process.env.BENCH_ROUTING_ONLY === "1") {
    // Submit → assigned on the server alone, with the lock's profile (needs BENCH_DATABASE_URL).
    const serverUrl = process.env.BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL;
    if (!serverUrl) throw new Error("BENCH_ROUTING_ONLY needs BENCH_DATABASE_URL=postgresql://…");
    const yardstick: TYardstickInput = {};
    await runRoutingSubmitLane(serverUrl, yardstick);
    print(yardstickTable(yardstick));
    return;
  }
  if (process.env.BENCH_ROUND_TRIPS_ONLY === "1") {
    // The statements of one routed POST /api/v1/leads, listed (needs BENCH_DATABASE_URL).
    const serverUrl = process.env.BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL;
    if (!serverUrl) throw new Error("BENCH_ROUND_TRIPS_ONLY needs BENCH_DATABASE_URL=postgresql://…");
    print(await roundTripLines(serverUrl));
    return;
  }
  if (bookingOnly) {
    // Issue 11's two figures alone: the pure slot function, and contention on the server.
    print(runSlotsBench());
    const serverUrl = process.env.BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL;
    if (!serverUrl) console.log("Booking contention skipped: set BENCH_DATABASE_URL=postgresql://… to include it.\n");
    else await runBookingContentionLane(serverUrl);
    return;
  }
  if (process.env.BENCH_ANALYTICS_ONLY === "1") {
    const serverUrl = process.env.BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL;
    if (!serverUrl) throw new Error("BENCH_ANALYTICS_ONLY=1 needs BENCH_DATABASE_URL=postgresql://… (the analytics lane runs on the PostgreSQL server)");
    await runAnalyticsLane(serverUrl);
    return;
  }
  const yardstick: TYardstickInput = {};
  if (!httpOnly) {
    print(runFormEvaluationBench());

    const pglite = await connectPglite();
    try {
      await applyMigrations(pglite.adapterFactory);
      print(await runSubmissionBench(pglite, "embedded PGlite (in memory)"));
    } finally {
      await pglite.close();
    }

    const decisions = await withGcPauses(() => runRoutingDecisionBench());
    print([...decisions.result.lines, decisions.gc]);
    const learned = await withGcPauses(() => runLearnedDecisionBench());
    print([...learned.result.lines, learned.gc]);
    yardstick.decision1000 = decisions.result.bySize.get(1000);
    print(runSlotsBench());
  }

  const serverUrl = process.env.BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL;
  if (!serverUrl) console.log("PostgreSQL server lane skipped: set BENCH_DATABASE_URL=postgresql://… to include it.\n");
  else await runServerLane(serverUrl, yardstick);
  print(yardstickTable(yardstick));

  if (process.env.BENCH_SKIP_SIZE === "1") console.log("Size figures skipped (BENCH_SKIP_SIZE=1): npm run size prints them.");
  else print(await runSizeFigures());
});

/** Analytics at 100,000 leads on a throw-away database of the server. */
async function runAnalyticsLane(serverUrl: string): Promise<void> {
  const { connectPostgres } = await import("../db/client");
  const { applyMigrations } = await import("../db/migrate");
  const { runAnalyticsBench } = await import("../bench/analytics-bench");
  await withServerDatabase(serverUrl, async (url) => {
    const server = await connectPostgres(url, 5);
    try {
      await applyMigrations(server.adapterFactory);
    } finally {
      await server.close();
    }
    console.log(`${(await runAnalyticsBench(url, process.env)).join("\n")}\n`);
  });
}

async function runServerLane(serverUrl: string, yardstick: TYardstickInput): Promise<void> {
  if (!httpOnly) await runServerRoutingLanes(serverUrl, yardstick);

  // ── Analytics at 100,000 leads (BENCH_SKIP_ANALYTICS=1 leaves it out) ─────────────────────
  if (process.env.BENCH_SKIP_ANALYTICS === "1") console.log("Analytics lane skipped (BENCH_SKIP_ANALYTICS=1).\n");
  else if (!httpOnly) await runAnalyticsLane(serverUrl);

  // ── Through the HTTP stack: 2 `npm start` processes (needs the production build) ───────────
  if (process.env.BENCH_SKIP_HTTP === "1") console.log("HTTP-stack lane skipped (BENCH_SKIP_HTTP=1).\n");
  else await runHttpLane(serverUrl, yardstick);
  if (!httpOnly) await runBookingContentionLane(serverUrl);
}

async function runHttpLane(serverUrl: string, yardstick: TYardstickInput): Promise<void> {
  const { connectPostgres } = await import("../db/client");
  const { applyMigrations } = await import("../db/migrate");
  const print = (lines: string[]) => console.log(`${lines.join("\n")}\n`);
  const { ensureAppBuild } = await import("./lib/size-run");
  const { runHttpStackBench } = await import("../bench/http-stack-bench");
  await ensureAppBuild();
  await withServerDatabase(serverUrl, async (url) => {
    const server = await connectPostgres(url, 5);
    try {
      await applyMigrations(server.adapterFactory);
      const http = await runHttpStackBench(server, url, process.env);
      print(http.lines);
      const hostMsPerLead = http.budget.leads.host;
      yardstick.http = {
        healthP99: http.health.p99,
        healthPerS: http.health.throughputPerS,
        floorPerS: http.floor.throughputPerS,
        leadsP99: http.leads.p99,
        leadsPerS: http.leads.throughputPerS,
        errors: http.errors,
        ...(hostMsPerLead ? { hostCpu: { msPerLead: hostMsPerLead, cores: os.cpus().length } } : {}),
      };
      yardstick.alertP95 = http.alerts.received > 0 ? http.alerts.p95 : undefined;
    } finally {
      await server.close();
    }
  });
}

/** Booking under contention: 50 attempts at one slot of one rep from 2 processes. */
async function runBookingContentionLane(serverUrl: string): Promise<void> {
  const { connectPostgres } = await import("../db/client");
  const { applyMigrations } = await import("../db/migrate");
  const { runBookingContentionBench } = await import("../bench/booking-bench");
  const print = (lines: string[]) => console.log(`${lines.join("\n")}\n`);
  await withServerDatabase(serverUrl, async (url) => {
    const server = await connectPostgres(url, 5);
    try {
      await applyMigrations(server.adapterFactory);
    } finally {
      await server.close();
    }
    print(await runBookingContentionBench(url));
  });
}

/** The statements of one routed POST /api/v1/leads, in a throw-away database. */
async function roundTripLines(serverUrl: string): Promise<string[]> {
  const { connectPostgres } = await import("../db/client");
  const { applyMigrations } = await import("../db/migrate");
  const { countRoutedLeadRoundTrips } = await import("../bench/round-trips");
  const { runClientOverheadBench } = await import("../bench/client-overhead");
  const { runLeadReadBench } = await import("../bench/lead-read-bench");
  const { closeAppRateLimits } = await import("../services/rate-limit/rate-limits");
  return withServerDatabase(serverUrl, async (url) => {
    const server = await connectPostgres(url, 4);
    try {
      await applyMigrations(server.adapterFactory);
      // The API key's rate limit takes its point in this database's rate_limits table, as in production.
      process.env.DATABASE_URL = url;
      const strict = await countRoutedLeadRoundTrips(server, url);
      const learned = await countRoutedLeadRoundTrips(server, url, { learned: true });
      return [...strict.lines, ...learned.lines, "", ...(await runClientOverheadBench(server, url)), "", ...(await runLeadReadBench(server, url))];
    } finally {
      // Before the database is dropped: its idle connections would otherwise report the drop as errors.
      await closeAppRateLimits();
      await server.close();
    }
  });
}

async function runServerRoutingLanes(serverUrl: string, yardstick: TYardstickInput): Promise<void> {
  const { connectPostgres } = await import("../db/client");
  const { applyMigrations } = await import("../db/migrate");
  const { runSubmissionBench } = await import("../bench/submission-bench");
  const print = (lines: string[]) => console.log(`${lines.join("\n")}\n`);
  print(await roundTripLines(serverUrl));
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
  await runRoutingSubmitLane(serverUrl, yardstick);
}

async function runRoutingSubmitLane(serverUrl: string, yardstick: TYardstickInput): Promise<void> {
  const { connectPostgres } = await import("../db/client");
  const { applyMigrations } = await import("../db/migrate");
  const { runRoutingSubmitBench } = await import("../bench/routing-submit-bench");
  const print = (lines: string[]) => console.log(`${lines.join("\n")}\n`);
  const routedTotal = Number(process.env.BENCH_ROUTED_LEADS || 5000);
  await withServerDatabase(serverUrl, async (url) => {
    const server = await connectPostgres(url, 20);
    try {
      await applyMigrations(server.adapterFactory);
      const routing = await runRoutingSubmitBench(server, url, 800, 16, routedTotal);
      print(routing.lines);
      Object.assign(yardstick, { lockHeld: routing.lockHeld, routed: routing.routed, floor: routing.floor, invariants: routing.invariants });
    } finally {
      await server.close();
    }
  });
}
