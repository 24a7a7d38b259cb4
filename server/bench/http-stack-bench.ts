// Through the real HTTP stack: 2 production app processes (`server/cli/serve.ts`, i.e. `npm start`:
// Next's server, the API key check, the leads route) on one PostgreSQL database, shaped as the
// README's deployment on a server database ("Processes"): web processes with JOBS_IN_PROCESS=false
// and 2 `npm run worker` processes for the jobs (BENCH_HTTP_WORKERS=n another number;
// BENCH_HTTP_JOBS=in-process runs the workers inside the two web processes instead, npm start's
// default); BENCH_HTTP_CPU_PROF=<dir> writes CPU profiles of the first web process and the first
// worker for the whole run (cpu-profile-preload.mjs); BENCH_HTTP_ALERT_TIMELINE=1 prints leads
// sent / alerts arrived per 5 s and the alerts' lag. A strict pool of reps (the routing bench's),
// mail by SMTP to a capture server. In one run, at 16-way concurrency spread over both processes:
//   GET /api/health   — Next's floor for a route handler with one database query;
//   POST /api/bench-floor — a bare route handler doing one insert (bench-floor-route.ts, on only
//                           with this run's BENCH_FLOOR_TOKEN): the floor for a route that writes;
//   POST /api/v1/leads — a lead with a form (validated, scored) and routed in its transaction;
// then, with the workers running, how long from each POST until its rep alert reached the SMTP
// server (handed to the mail transport), and the pool's invariants. Figures only, never asserted.
import { spawn, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import { mkdirSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { DbHandle } from "../db/client";
import { createApiKey } from "../services/api-keys/api-keys";
import { describeTallies, readPoolInvariants } from "../testing/concurrency/pool-invariants";
import { seedStrictPool, type TStrictPoolOptions } from "../testing/concurrency/strict-pool-fixture";
import { testDefinition, testScoring, validAnswers } from "../testing/fixtures/submission-fixtures";
import { startSmtpCaptureServer } from "../testing/smtp-capture-server";
import { fmt, percentile, runConcurrent, type TLatencySummary } from "./stats";
import { freePort } from "../testing/free-port";
import { hostBusyCpuMs, processTreeCpuMs, processesNamedCpuMs } from "./process-cpu";

const root = path.resolve(import.meta.dirname, "../..");
const tsxBin = path.join(root, "node_modules/tsx/dist/cli.mjs");

export interface THttpStackFigures {
  health: TLatencySummary;
  floor: TLatencySummary;
  leads: TLatencySummary;
  errors: number;
  /** ms from a POST's start until its rep alert reached the SMTP server; missing = never arrived. */
  alerts: { p50: number; p95: number; received: number; missing: number };
  /** CPU ms per request of the 2 web processes in each lane, and of the worker per lead; null off Linux. */
  cpu: { health: number | null; floor: number | null; leads: number | null; workerPerLead: number | null };
  /** Where the host's CPU went per request while each lane ran (ms; null off Linux or when PostgreSQL is not on this host). */
  budget: { floor: TCpuBudget; leads: TCpuBudget; leadsUntilAlerts: TCpuBudget };
  lines: string[];
}

const fmtMs = (v: number | null) => (v === null ? "–" : fmt(v));

/** CPU ms per request, by process: the 2 web processes, the worker, PostgreSQL's processes, this bench process (the HTTP client and the SMTP capture server), the rest of the host, and the host in all. */
export interface TCpuBudget {
  web: number | null;
  worker: number | null;
  database: number | null;
  bench: number;
  other: number | null;
  host: number | null;
}

type TCpuSnapshot = { web: number | null; worker: number | null; database: number | null; bench: number; host: number | null };

/** CPU per request between two snapshots, by process; "other" is what the host used beyond the processes named. */
function budgetBetween(before: TCpuSnapshot, after: TCpuSnapshot, requests: number): TCpuBudget {
  const per = (a: number | null, b: number | null) => (a === null || b === null ? null : (b - a) / requests);
  // PostgreSQL on another host: none of its processes here (0 CPU is not a figure).
  const database = after.database === null || after.database === 0 ? null : per(before.database, after.database);
  const web = per(before.web, after.web);
  const worker = per(before.worker, after.worker);
  const bench = (after.bench - before.bench) / requests;
  const host = per(before.host, after.host);
  const known = [web, worker ?? 0, database, bench];
  const other = host === null || known.some((v) => v === null) ? null : host - known.reduce<number>((sum, v) => sum + v!, 0);
  return { web, worker, database, bench, other, host };
}

function describeBudget(label: string, b: TCpuBudget): string {
  return `  ${label}: host ${fmtMs(b.host)} ms = web ${fmtMs(b.web)} + worker ${fmtMs(b.worker)} + PostgreSQL ${fmtMs(b.database)} + this bench (HTTP client, SMTP capture) ${fmtMs(b.bench)} + other processes ${fmtMs(b.other)}`;
}
const sumOrNull = (values: (number | null)[]) => (values.some((v) => v === null) ? null : values.reduce<number>((a, v) => a + v!, 0));


/** The environment that makes a child write a CPU profile into `dir` when it is stopped (see cpu-profile-preload.mjs). */
function profiled(env: NodeJS.ProcessEnv, dir: string | undefined): NodeJS.ProcessEnv {
  if (!dir) return env;
  return { ...env, PROF_DIR: path.resolve(dir), NODE_OPTIONS: `${env.NODE_OPTIONS ?? ""} --import ${path.join(import.meta.dirname, "cpu-profile-preload.mjs")}`.trim() };
}

async function startApp(env: NodeJS.ProcessEnv, port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, [tsxBin, path.join(root, "server/cli/serve.ts"), "--no-prepare", "-p", String(port)], { cwd: root, env: { ...env, PORT: String(port) }, detached: true, stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  child.stderr!.on("data", (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-2000)));
  for (let attempt = 0; attempt < 240; attempt++) {
    if (child.exitCode !== null) throw new Error(`app process exited (${child.exitCode}): ${stderr}`);
    if (await fetch(`http://127.0.0.1:${port}/api/health`).then((r) => r.ok, () => false)) return child;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`app process on ${port} not healthy within 120 s: ${stderr}`);
}

/** `npm run worker`: resolves once it says it is running. */
async function startWorker(env: NodeJS.ProcessEnv): Promise<ChildProcess> {
  const child = spawn(process.execPath, [tsxBin, path.join(root, "server/cli/worker.ts")], { cwd: root, env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`worker not running within 120 s: ${output}`)), 120_000);
    const onData = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-2000);
      if (output.includes("[worker] running")) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout!.on("data", onData);
    child.stderr!.on("data", onData);
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`worker exited (${code}): ${output}`));
    });
  });
  child.stdout!.resume();
  return child;
}

async function stopApp(child: ChildProcess): Promise<void> {
  if (!child.pid || child.exitCode !== null) return;
  const exited = new Promise((r) => child.once("exit", r));
  process.kill(-child.pid, "SIGTERM");
  await exited;
}

/**
 * Worker processes beside the 2 web processes: BENCH_HTTP_WORKERS, else 2, as README "Processes"
 * shows (one worker for two web processes lets a burst's alerts fall seconds behind its POSTs on
 * a 2-core host: README "Benchmarks").
 */
export function workerCountOf(value: string | undefined): number {
  if (value === undefined || value === "") return 2;
  const count = Number(value);
  if (!Number.isInteger(count) || count < 1 || count > 8) throw new Error(`BENCH_HTTP_WORKERS must be a whole number from 1 to 8, not "${value}"`);
  return count;
}

function line(label: string, s: TLatencySummary): string {
  return `  ${label.padEnd(34)} p50 ${fmt(s.p50)} ms · p99 ${fmt(s.p99)} ms · ${fmt(s.throughputPerS, 0)}/s`;
}

/**
 * Needs a production build (.next) and a throw-away PostgreSQL database at `url`, migrated.
 * `parentEnv`: the environment the app processes inherit (the CLI passes its own).
 */
export async function runHttpStackBench(handle: DbHandle, url: string, parentEnv: NodeJS.ProcessEnv, total = 800, concurrency = 16): Promise<THttpStackFigures> {
  const options: TStrictPoolOptions = { reps: 7, smallOpenCap: 40, dailyCap: 60, bigOpenCap: 100_000, form: { definition: testDefinition, scoring: testScoring() } };
  const pool = await seedStrictPool(handle.db, options);
  const { key } = await createApiKey(handle.db, { workspaceId: pool.workspaceId, name: "bench", scopes: ["leads:write"] });
  await handle.db.$executeRawUnsafe(`CREATE TABLE IF NOT EXISTS bench_baseline (id bigserial PRIMARY KEY, payload text NOT NULL)`);
  const floorToken = crypto.randomBytes(32).toString("base64url");
  const smtp = await startSmtpCaptureServer();
  const ports = [await freePort(), await freePort()];
  const env: NodeJS.ProcessEnv = {
    ...parentEnv,
    NODE_ENV: "production",
    DATABASE_URL: url,
    PGLITE_DIR: "",
    TEST_DATABASE_URL: "",
    APP_URL: `http://127.0.0.1:${ports[0]}`,
    AUTH_SECRET: crypto.randomBytes(32).toString("base64"),
    CALENDAR_ENCRYPTION_KEY: crypto.randomBytes(32).toString("base64"),
    RESEND_API_KEY: "",
    MAIL_TRANSPORT: "smtp",
    SMTP_URL: smtp.url,
    SEED_ON_EMPTY: "",
    BENCH_FLOOR_TOKEN: floorToken,
    NEXT_TELEMETRY_DISABLED: "1",
    RATE_LIMIT_API_KEY_PER_MINUTE: "1000000",
    RATE_LIMIT_EMAILS_PER_RECIPIENT_PER_HOUR: "1000000",
    RATE_LIMIT_EMAILS_PER_ADDRESS_PER_HOUR: "1000000",
  };
  const jobsInProcess = parentEnv.BENCH_HTTP_JOBS === "in-process";
  env.JOBS_IN_PROCESS = jobsInProcess ? "true" : "false";
  const profileDir = parentEnv.BENCH_HTTP_CPU_PROF;
  // The profiles are written when the processes stop: a missing folder would lose them silently.
  if (profileDir) mkdirSync(profileDir, { recursive: true });
  const apps = await Promise.all(ports.map((port, i) => startApp(i === 0 ? profiled(env, profileDir) : env, port)));
  const workers = jobsInProcess ? 0 : workerCountOf(parentEnv.BENCH_HTTP_WORKERS);
  for (let i = 0; i < workers; i++) apps.push(await startWorker(i === 0 ? profiled(env, profileDir) : env));
  const base = (i: number) => `http://127.0.0.1:${ports[i % ports.length]}`;
  const started = new Map<string, number>();
  let errors = 0;
  let firstError = "";
  const health = async (i: number) => {
    const response = await fetch(`${base(i)}/api/health`);
    if (!response.ok) {
      errors++;
      firstError ||= `health ${response.status}`;
    }
    await response.arrayBuffer();
  };
  const floor = async (i: number) => {
    const response = await fetch(`${base(i)}/api/bench-floor`, { method: "POST", headers: { authorization: `Bearer ${floorToken}` }, body: `row ${i}` });
    if (response.status !== 201) {
      errors++;
      firstError ||= `floor ${response.status}`;
    }
    await response.arrayBuffer();
  };
  const postLead = (offset: number) => async (i: number) => {
    const n = offset + i;
    const t0 = performance.now();
    const response = await fetch(`${base(i)}/api/v1/leads`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${key}` },
      body: JSON.stringify({ form: pool.formSlug, answers: validAnswers({ email: `lead${n}@bench-${n % 97}.example.com`, name: `Lead ${n}` }), source: "bench" }),
    });
    const text = await response.text();
    if (response.status !== 201) {
      errors++;
      firstError ||= `leads ${response.status} ${text.slice(0, 200)}`;
      return;
    }
    const id = (JSON.parse(text) as { lead?: { id?: string } }).lead?.id;
    if (id && offset > 0) started.set(id, t0);
  };
  try {
    await runConcurrent(80, concurrency, health); // warm-up: Next compiles nothing, but JIT and pools warm
    await runConcurrent(80, concurrency, floor);
    await runConcurrent(80, concurrency, postLead(0));
    const webCpu = () => sumOrNull(apps.slice(0, ports.length).map((a) => processTreeCpuMs(a.pid)));
    const workerCpu = () => (jobsInProcess ? null : sumOrNull(apps.slice(ports.length).map((a) => processTreeCpuMs(a.pid))));
    const benchCpu = () => {
      const usage = process.cpuUsage();
      return (usage.user + usage.system) / 1000;
    };
    const snapshot = (): TCpuSnapshot => ({ web: webCpu(), worker: workerCpu(), database: processesNamedCpuMs("postgres"), bench: benchCpu(), host: hostBusyCpuMs() });
    const cpuPerRequest = async <T>(run: () => Promise<T>) => {
      const before = snapshot();
      const figures = await run();
      const budget = budgetBetween(before, snapshot(), total);
      return { figures, before, budget, webMs: budget.web, workerMs: budget.worker };
    };
    const healthRun = await cpuPerRequest(() => runConcurrent(total, concurrency, health));
    const floorRun = await cpuPerRequest(() => runConcurrent(total, concurrency, floor));
    const leadRun = await cpuPerRequest(() => runConcurrent(total, concurrency, postLead(1_000_000)));
    const [healthFigures, floorFigures, leadFigures] = [healthRun.figures, floorRun.figures, leadRun.figures];
    const cpu = { health: healthRun.webMs, floor: floorRun.webMs, leads: leadRun.webMs, workerPerLead: leadRun.workerMs };

    const alerts = await alertLatencies(smtp.messages, started, parentEnv.BENCH_HTTP_ALERT_TIMELINE === "1");
    // The leads' whole work: from the first POST until the last alert reached the SMTP server (the worker's jobs run on after the POSTs).
    const pipeline = budgetBetween(leadRun.before, snapshot(), total);
    const invariants = await readPoolInvariants(handle.db, pool);
    const lines = [
      `Through the HTTP stack: 2 production app processes (serve.ts = npm start) ${jobsInProcess ? "with the job workers in-process" : `with JOBS_IN_PROCESS=false + ${workers} npm run worker process${workers === 1 ? "" : "es"}`} on one PostgreSQL, ${total} requests each at ${concurrency}-way`,
      line("GET /api/health (one query)", healthFigures),
      line("POST /api/bench-floor (one insert)", floorFigures),
      line("POST /api/v1/leads (form, routed)", leadFigures),
      `  leads p99 = ${fmt(leadFigures.p99 / healthFigures.p99, 2)}× the health p99 · leads/s per process ${fmt(leadFigures.throughputPerS / 2, 0)} = ${fmt(leadFigures.throughputPerS / floorFigures.throughputPerS, 2)}× the one-insert route's, ${fmt(leadFigures.throughputPerS / healthFigures.throughputPerS, 2)}× health's · errors ${errors}${firstError ? ` (first: ${firstError})` : ""}`,
      `  CPU per request in the 2 web processes (user + system, /proc): health ${fmtMs(cpu.health)} ms · one-insert ${fmtMs(cpu.floor)} ms · leads ${fmtMs(cpu.leads)} ms = ${cpu.leads !== null && cpu.floor ? fmt(cpu.leads / cpu.floor, 2) : "–"}× the one-insert route's${cpu.workerPerLead !== null ? ` · the worker ${fmtMs(cpu.workerPerLead)} ms per lead while the leads ran` : ""}`,
      `  Where the host's CPU went per request (/proc; the host has ${os.cpus().length} cores, so it serves at most ${os.cpus().length * 1000} CPU ms a second):`,
      describeBudget("one-insert route, while the POSTs ran         ", floorRun.budget),
      describeBudget("routed lead, while the POSTs ran              ", leadRun.budget),
      describeBudget("routed lead, until the last alert was at SMTP ", pipeline),
      `  POST → rep alert at the SMTP server: p50 ${fmt(alerts.p50, 0)} ms · p95 ${fmt(alerts.p95, 0)} ms (${alerts.received} of ${started.size} alerts, ${alerts.missing} missing after waiting)`,
      `  pool: spread among uncapped reps ${invariants.uncappedSpread} · cap violations ${invariants.capViolations} · double owners ${invariants.doubleOwners} · leads without one owner ${invariants.leadsWithoutOneOwner} of ${invariants.leads}`,
      ...describeTallies(invariants.reps).map((l) => `    ${l}`),
    ];
    return { health: healthFigures, floor: floorFigures, leads: leadFigures, errors, alerts, cpu, budget: { floor: floorRun.budget, leads: leadRun.budget, leadsUntilAlerts: pipeline }, lines };
  } finally {
    await Promise.all(apps.map(stopApp));
    await smtp.close();
  }
}

/** Waits (up to 60 s) for every lead's alert; the lead id is in the alert's link to the lead. */
async function alertLatencies(messages: readonly { text: string; receivedAt: string }[], started: Map<string, number>, printTimeline: boolean) {
  const deadline = Date.now() + 60_000;
  const arrived = new Map<string, number>();
  const offset = Date.now() - performance.now();
  let seen = 0;
  for (;;) {
    for (; seen < messages.length; seen++) {
      const message = messages[seen]!;
      const id = /\/leads\/([A-Za-z0-9_-]+)/.exec(message.text)?.[1];
      if (id && started.has(id) && !arrived.has(id)) arrived.set(id, new Date(message.receivedAt).getTime() - offset);
    }
    if (arrived.size >= started.size || Date.now() > deadline) break;
    await new Promise((r) => setTimeout(r, 250));
  }
  const latencies = [...arrived].map(([id, at]) => at - started.get(id)!).sort((a, b) => a - b);
  if (printTimeline) {
    const t0 = Math.min(...started.values());
    const sentBy = new Map<number, number>(), arrivedBy = new Map<number, number>();
    for (const t of started.values()) sentBy.set(Math.floor((t - t0) / 5000), (sentBy.get(Math.floor((t - t0) / 5000)) ?? 0) + 1);
    for (const t of arrived.values()) arrivedBy.set(Math.floor((t - t0) / 5000), (arrivedBy.get(Math.floor((t - t0) / 5000)) ?? 0) + 1);
    // The lag of the alerts of the leads sent in each span: constant lag is a late start, a growing one a worker slower than the POSTs.
    const lagsBy = new Map<number, number[]>();
    for (const [id, at] of arrived) {
      const span = Math.floor((started.get(id)! - t0) / 5000);
      const lags = lagsBy.get(span) ?? [];
      lags.push(at - started.get(id)!);
      lagsBy.set(span, lags);
    }
    const lagOf = (k: number) => {
      const lags = (lagsBy.get(k) ?? []).sort((a, b) => a - b);
      return lags.length > 0 ? ` (lag p50 ${fmt(percentile(lags, 50), 0)} ms)` : "";
    };
    console.log("per 5 s: sent/arrived", [...new Set([...sentBy.keys(), ...arrivedBy.keys()])].sort((a, b) => a - b).map((k) => `${k * 5}s:${sentBy.get(k) ?? 0}/${arrivedBy.get(k) ?? 0}${lagOf(k)}`).join(" "));
    const first = Math.min(...arrived.values());
    console.log(`first alert at the SMTP server ${fmt(first - t0, 0)} ms after the first POST started`);
  }
  return { p50: percentile(latencies, 50), p95: percentile(latencies, 95), received: arrived.size, missing: started.size - arrived.size };
}
