// Submit → assigned on a PostgreSQL server with 2 app processes (routing-app-server.ts, each the
// real submission handler over HTTP): 16 concurrent POSTs spread over both, against a bare
// single-row insert on the same database at the same concurrency, in the same run. Then reads the
// pool back: per-pool spread (max − min assignments) and cap violations.
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import type { DbHandle } from "../db/client";
import { HONEYPOT_FIELD } from "../domain/forms/submission-contract";
import { describeTallies, readPoolInvariants } from "../testing/concurrency/pool-invariants";
import { seedStrictPool, type TStrictPoolOptions } from "../testing/concurrency/strict-pool-fixture";
import { testDefinition, testScoring, validAnswers } from "../testing/fixtures/submission-fixtures";
import { runCommitFloorBench } from "./commit-floor";
import { seedWorkspaceHistory } from "./workspace-history";
import { describeLockProfiles, type TLockProfile } from "./lock-profile";
import { fmt, percentile, runConcurrent, type TLatencySummary } from "./stats";
import type { TBatchHeld } from "../services/routing/lock-timing";

const SERVER = path.join(import.meta.dirname, "routing-app-server.ts");
/** Earlier leads added for the with-history phase (a month of a busy workspace; loading them takes ~30 s here). */
const HISTORY_LEADS = 20_000;

function percentileOf(sorted: number[]): { p50: number; p99: number } {
  return { p50: percentile(sorted, 50), p99: percentile(sorted, 99) };
}

interface TAppProcess {
  port: number;
  child: ChildProcess;
}

function startAppProcess(url: string): Promise<TAppProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", SERVER, url, "17"], { stdio: ["ignore", "pipe", "pipe"] });
    let err = "";
    child.stderr!.on("data", (chunk: Buffer) => (err += chunk.toString()));
    child.stdout!.on("data", (chunk: Buffer) => {
      const port = /listening (\d+)/.exec(chunk.toString())?.[1];
      if (port) resolve({ port: Number(port), child });
    });
    child.on("exit", (code) => reject(new Error(`app process exited with ${code}: ${err.slice(-1000)}`)));
  });
}

function stopAppProcess(app: TAppProcess): Promise<void> {
  return new Promise((resolve) => {
    if (app.child.exitCode !== null) return resolve();
    app.child.once("exit", () => resolve());
    app.child.kill("SIGTERM");
  });
}

function line(label: string, s: TLatencySummary, baseline?: TLatencySummary): string {
  const ratio = baseline ? `   p50 ${fmt(s.p50 / baseline.p50, 1)}× · throughput ${fmt(s.throughputPerS / baseline.throughputPerS, 2)}× the baseline` : "";
  return `  ${label.padEnd(30)} p50 ${fmt(s.p50)} ms · p99 ${fmt(s.p99)} ms · ${fmt(s.throughputPerS, 0)}/s${ratio}`;
}

export interface TRoutingSubmitFigures {
  lines: string[];
  routed: TLatencySummary;
  floor: TLatencySummary;
  lockHeld: { p50: number; p99: number };
  invariants: { uncappedSpread: number; capViolations: number; doubleOwners: number; leadsWithoutOneOwner: number; leads: number };
}

/** `total` requests per comparison phase; `routedTotal` routed leads (default 5,000: the invariants run). */
export async function runRoutingSubmitBench(handle: DbHandle, url: string, total = 800, concurrency = 16, routedTotal = 5000): Promise<TRoutingSubmitFigures> {
  const options: TStrictPoolOptions = { reps: 7, smallOpenCap: 40, dailyCap: 60, bigOpenCap: 100_000, form: { definition: testDefinition, scoring: testScoring() } };
  const pool = await seedStrictPool(handle.db, options);
  // Store-only submissions go to a form of their own, so the pool holds routed leads only.
  const storeOnly = await seedStrictPool(handle.db, options);
  await handle.db.$executeRawUnsafe(`CREATE TABLE IF NOT EXISTS bench_baseline (id bigserial PRIMARY KEY, payload text NOT NULL)`);
  const apps = await Promise.all([startAppProcess(url), startAppProcess(url)]);
  let failures = 0;
  let firstFailure = "";
  const post = (mode: "route" | "store", emailOf?: (i: number) => string) => async (i: number) => {
    const app = apps[i % apps.length]!;
    const email = emailOf?.(i) ?? `${mode}${i}@bench-${i % 89}.example.com`;
    const body = JSON.stringify({ answers: validAnswers({ email, name: `Lead ${i}` }), context: { fillTimeMs: 20_000, source: "api" }, [HONEYPOT_FIELD]: "" });
    const slug = mode === "route" ? pool.formSlug : storeOnly.formSlug;
    const response = await fetch(`http://127.0.0.1:${app.port}/${mode}/${slug}`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-forwarded-for": `10.1.${(i >> 8) & 255}.${i & 255}` },
      body,
    });
    if (response.status !== 201) {
      failures++;
      firstFailure ||= `${response.status} ${(await response.text()).slice(0, 200)}`;
    } else await response.arrayBuffer();
  };
  const floor = async (i: number) => {
    const app = apps[i % apps.length]!;
    const response = await fetch(`http://127.0.0.1:${app.port}/bare/${pool.workspaceId}`, { method: "POST", body: `floor ${i}` });
    if (response.status !== 201) throw new Error(`bare insert answered ${response.status}`);
    await response.arrayBuffer();
  };
  const lockProfiles = async () => (await Promise.all(apps.map(async (app) => (await (await fetch(`http://127.0.0.1:${app.port}/lock-profiles`)).json()) as TLockProfile[]))).flat();
  const lockSamples = async () => (await Promise.all(apps.map(async (app) => (await (await fetch(`http://127.0.0.1:${app.port}/lock-samples`)).json()) as number[]))).flat().sort((a, b) => a - b);
  const lockHolds = async () => (await Promise.all(apps.map(async (app) => (await (await fetch(`http://127.0.0.1:${app.port}/lock-holds`)).json()) as TBatchHeld[]))).flat();
  const insert = async (i: number) => {
    await handle.db.$executeRaw`INSERT INTO bench_baseline (payload) VALUES (${`row ${i}`})`;
  };
  /**
   * The same routing after the workspace gained HISTORY_LEADS earlier leads: new people (per-lead
   * reads must not grow with the history), then every 4th POST a returning person in nurture (the
   * exit of their enrolment is extra work under the lock, found by index).
   */
  const runWithHistory = async (): Promise<string[]> => {
    const timed = async (emailOf: (i: number) => string) => {
      await lockSamples(); // forget what ran before
      const routed = await runConcurrent(total, concurrency, post("route", emailOf));
      const lock = percentileOf(await lockSamples());
      await lockHolds();
      await lockProfiles();
      return { routed, lock };
    };
    const describe = (label: string, r: Awaited<ReturnType<typeof timed>>, before?: Awaited<ReturnType<typeof timed>>) =>
      `  ${label.padEnd(44)} routed p50 ${fmt(r.routed.p50)} ms · p99 ${fmt(r.routed.p99)} ms · lock held per lead p50 ${fmt(r.lock.p50)} ms · p99 ${fmt(r.lock.p99)} ms${before ? ` = p50 ${fmt(r.lock.p50 / before.lock.p50, 2)}× the lock's before` : ""}`;
    const before = await timed((i) => `fresh${i}@bench-${i % 89}.example.com`);
    const history = await seedWorkspaceHistory(handle.db, pool.workspaceId, HISTORY_LEADS, new Date());
    await runConcurrent(40, concurrency, post("route", (i) => `warm${i}@bench-${i % 89}.example.com`));
    const afterNew = await timed((i) => `later${i}@bench-${i % 89}.example.com`);
    const afterReturning = await timed((i) => (i % 4 === 0 ? history.returningEmail(3 * i + 1) : `again${i}@bench-${i % 89}.example.com`));
    const exited = await handle.db.nurtureEnrollment.count({ where: { workspaceId: pool.workspaceId, status: "EXITED", exitReason: "routed_to_sales" } });
    return [
      `The same workspace with history: ${total} routed POSTs each, before and after adding ${history.leads.toLocaleString("en-US")} earlier leads (one person each, ${history.activeEnrollments.toLocaleString("en-US")} in nurture):`,
      describe("before (new people)", before),
      describe("after (new people)", afterNew, before),
      describe(`after (every 4th returning from nurture: ${exited} exits)`, afterReturning, before),
    ];
  };
  try {
    await runConcurrent(40, concurrency, insert); // warm-up
    await runConcurrent(40, concurrency, (i) => post("store")(1_000_000 + i));
    await runConcurrent(40, concurrency, floor);
    const baseline = await runConcurrent(total, concurrency, insert);
    const locked = await runConcurrent(total, concurrency, floor);
    const stored = await runConcurrent(total, concurrency, post("store"));
    const floorLines = await runCommitFloorBench(handle, url);
    await lockSamples(); // forget the warm-up's
    await lockProfiles();
    await lockHolds();
    const routed = await runConcurrent(routedTotal, concurrency, post("route"));
    const held = await lockSamples();
    const profiles = await lockProfiles();
    const holds = await lockHolds();
    const holdMs = holds.map((h) => h.ms).sort((a, b) => a - b);
    const leadsPerHold = holds.map((h) => h.leads).sort((a, b) => a - b);
    const result = await readPoolInvariants(handle.db, pool);
    const historyLines = await runWithHistory();
    const lines = [
      `Submit → assigned on PostgreSQL server, ${routedTotal} routed POSTs (${total} for the others) at ${concurrency}-way concurrency over 2 app processes (node:http + handleSubmission; the HTTP-stack lane below runs \`npm start\`)`,
      line("POST submission + routing", routed, baseline),
      `  ${"".padEnd(30)} = p99 ${fmt(routed.p99 / locked.p99, 1)}× and throughput ${fmt(routed.throughputPerS / locked.throughputPerS, 2)}× the floor below (same workspace lock)`,
      line("POST submission, store only", stored, baseline),
      line("floor: lock + row + job row", locked, baseline),
      line("baseline: bare insert", baseline),
      `  workspace lock held per routed lead (acquired → commit returned, a batch's ÷ its leads): p50 ${fmt(percentile(held, 50))} ms · p99 ${fmt(percentile(held, 99))} ms · max ${fmt(held.at(-1) ?? Number.NaN)} ms over ${held.length} leads`,
      `  lock holds (group commit: one hold and one commit per batch of a process's waiting leads): ${holds.length} for ${held.length} leads · held per hold p50 ${fmt(percentile(holdMs, 50))} ms · p99 ${fmt(percentile(holdMs, 99))} ms · leads per hold p50 ${percentile(leadsPerHold, 50)} · max ${leadsPerHold.at(-1) ?? 0}`,
      ...describeLockProfiles(profiles),
      ...floorLines.map((l) => `  ${l}`),
      `  routing adds ${fmt(routed.p50 - stored.p50)} ms at p50 over storing alone; non-201 answers: ${failures}${firstFailure ? ` (first: ${firstFailure})` : ""}`,
      `After the run, one strict pool of ${options.reps} reps (rep 1 open cap ${options.smallOpenCap}, rep 2 daily cap ${options.dailyCap}):`,
      `  spread (max − min) among reps below their caps: ${result.uncappedSpread} · over all reps: ${result.overallSpread} · cap violations: ${result.capViolations} · double owners: ${result.doubleOwners} · leads without exactly one owner (e.g. routing deferred to the job, which does not run here): ${result.leadsWithoutOneOwner} of ${result.leads} · fallbacks: ${result.fallbacks}`,
      ...describeTallies(result.reps).map((l) => `    ${l}`),
      ...historyLines,
    ];
    return { lines, routed, floor: locked, lockHeld: { p50: percentile(held, 50), p99: percentile(held, 99) }, invariants: result };
  } finally {
    await Promise.all(apps.map(stopAppProcess));
  }
}
