// End-to-end harness: build the production app, prepare a fresh embedded database in a temp
// folder and seed the demo workspace explicitly (a production start never seeds by itself),
// start `next start` on a free port in its own process group, wait for /api/health, run
// Playwright against it (E2E_BASE_URL), then stop the server and remove the temp folder, also on
// failure and on Ctrl-C. Extra arguments go to `playwright test`.
//
// Mail: production has no dev mailbox, so the app sends by SMTP (MAIL_TRANSPORT=smtp) to a
// capture server started here; Playwright reads what it captured at E2E_MAILBOX_URL.
// First run: a second server on an EMPTY database (E2E_SETUP_BASE_URL; its log, with the
// one-time setup link, at E2E_SETUP_LOG) for the /setup journey; started when e2e/setup* runs.
// Loopback: a third server with APP_URL http://127.0.0.1:<port> (E2E_LOOPBACK_BASE_URL) on a copy
// of the seeded database; started when e2e/loopback* runs.
// Browser: checked first; without Chromium the harness fails at once with one line (how to get one).
//
//   npm run test:e2e                      # build + run every spec
//   E2E_SKIP_BUILD=1 npm run test:e2e     # reuse an existing .next build
//   npm run test:e2e -- e2e/health.spec.ts --headed
//
// Env: E2E_SKIP_BUILD=1, E2E_JSON_REPORT (Playwright JSON report path), E2E_KEEP_DATA=1 (keep
// the temp database folder for inspection), E2E_START_TIMEOUT_MS (default 90000).
import { spawn, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { startE2eMailCapture, type TE2eMailCapture } from "./lib/e2e-mail-capture";
import { findChromium } from "./lib/find-chromium";
import { freePort } from "../testing/free-port";

const root = path.resolve(import.meta.dirname, "../..");
const nextBin = path.join(root, "node_modules/next/dist/bin/next");
const tsxBin = path.join(root, "node_modules/tsx/dist/cli.mjs");
const playwrightBin = path.join(root, "node_modules/@playwright/test/cli.js");
const startTimeoutMs = Number(process.env.E2E_START_TIMEOUT_MS ?? 90_000);

interface TAppServer {
  name: string;
  child: ChildProcess;
  logPath: string;
}

const servers: TAppServer[] = [];
let mail: TE2eMailCapture | undefined;
let tempDir: string | undefined;
let foreground: ChildProcess | undefined; // build, prepare or Playwright, in our process group
let cleanedUp = false;

function log(message: string): void {
  console.log(`[e2e] ${message}`);
}

/** Playwright's own Chromium, when playwright-core knows one (it may not be downloaded). */
async function playwrightChromiumPath(): Promise<string | undefined> {
  try {
    const { chromium } = await import("playwright-core");
    return chromium.executablePath() || undefined;
  } catch {
    return undefined;
  }
}


/** Runs a command to completion with inherited output; resolves to its exit code. */
function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, env, stdio: "inherit" });
    foreground = child;
    child.on("exit", () => {
      if (foreground === child) foreground = undefined;
    });
    child.on("error", (error) => {
      console.error(`[e2e] could not run ${command}: ${error.message}`);
      resolve(1);
    });
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 128 + (os.constants.signals[signal] ?? 0) : 1)));
  });
}

function serverAlive(server: TAppServer): boolean {
  return server.child.exitCode === null && server.child.signalCode === null;
}

function killGroups(signal: NodeJS.Signals): void {
  for (const { child } of servers) {
    if (!child.pid) continue;
    try {
      process.kill(-child.pid, signal);
    } catch {
      // Group already gone.
    }
  }
}

async function stopServers(): Promise<void> {
  if (servers.length === 0) return;
  killGroups("SIGTERM");
  const deadline = Date.now() + 10_000;
  while (servers.some(serverAlive) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  // Children of the group (e.g. workers) may outlive the leader: always finish with SIGKILL.
  killGroups("SIGKILL");
}

let cleanupDone: Promise<void> | undefined;

/** Idempotent: every caller awaits the same run (the signal handler and main's finally race). */
function cleanup(failed: boolean): Promise<void> {
  cleanupDone ??= doCleanup(failed);
  return cleanupDone;
}

async function doCleanup(failed: boolean): Promise<void> {
  await stopServers();
  await mail?.close().catch(() => undefined);
  for (const server of failed ? servers : []) {
    if (!fs.existsSync(server.logPath)) continue;
    const kept = path.join(root, `test-results/e2e-${server.name === "app" ? "server" : server.name}.log`);
    fs.mkdirSync(path.dirname(kept), { recursive: true });
    fs.copyFileSync(server.logPath, kept);
    log(`${server.name} server output kept in ${path.relative(root, kept)}`);
  }
  if (tempDir && process.env.E2E_KEEP_DATA !== "1") fs.rmSync(tempDir, { recursive: true, force: true });
  else if (tempDir) log(`kept the e2e data folder ${tempDir}`);
  cleanedUp = true;
}

function cleanupSync(): void {
  // Last resort on process exit (e.g. an uncaught error): no awaiting possible here.
  killGroups("SIGKILL");
  if (cleanedUp) return;
  if (tempDir && process.env.E2E_KEEP_DATA !== "1") fs.rmSync(tempDir, { recursive: true, force: true });
}

/** Stops the foreground child (it may have had the terminal's signal already) and waits for it. */
async function stopForeground(): Promise<void> {
  const child = foreground;
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  child.kill("SIGTERM");
  const timedOut = await Promise.race([exited.then(() => false), new Promise<boolean>((r) => setTimeout(() => r(true), 15_000))]);
  if (timedOut) {
    child.kill("SIGKILL");
    await exited;
  }
}

let stopping = false;
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    log(`received ${signal}: stopping Playwright and the server`);
    const code = 128 + (os.constants.signals[signal] ?? 0);
    void Promise.all([stopServers(), stopForeground()])
      .then(() => cleanup(true))
      .finally(() => process.exit(code));
  });
}
process.on("exit", cleanupSync);

async function waitForHealth(server: TAppServer, baseUrl: string): Promise<boolean> {
  const deadline = Date.now() + startTimeoutMs;
  let last = "no answer yet";
  while (Date.now() < deadline) {
    if (!serverAlive(server)) {
      log(`the ${server.name} server exited early (code ${server.child.exitCode ?? server.child.signalCode})`);
      return false;
    }
    try {
      const response = await fetch(`${baseUrl}/api/health`, { signal: AbortSignal.timeout(5_000) });
      if (response.status === 200) return true;
      last = `HTTP ${response.status}`;
    } catch (error) {
      last = (error as Error).message;
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  log(`GET ${baseUrl}/api/health did not answer 200 within ${startTimeoutMs / 1000}s (last: ${last})`);
  return false;
}

function pipeWithPrefix(stream: NodeJS.ReadableStream | null, out: NodeJS.WriteStream, logFile: fs.WriteStream, prefix: string): void {
  if (!stream) return;
  let buffered = "";
  stream.setEncoding("utf8");
  stream.on("data", (chunk: string) => {
    logFile.write(chunk);
    buffered += chunk;
    const lines = buffered.split("\n");
    buffered = lines.pop() ?? "";
    for (const line of lines) out.write(`[${prefix}] ${line}\n`);
  });
  stream.on("end", () => {
    if (buffered) out.write(`[${prefix}] ${buffered}\n`);
  });
}

/** Starts server/cli/serve.ts (as `npm start` does) in its own process group, logging to the temp folder. */
function startAppServer(name: string, env: NodeJS.ProcessEnv, port: number, options: { prepare: boolean }): TAppServer {
  // Playwright empties test-results/ when it starts: log to the temp folder, copy on failure.
  const logPath = path.join(tempDir!, `${name}.log`);
  const logFile = fs.createWriteStream(logPath);
  const args = [tsxBin, path.join(root, "server/cli/serve.ts"), ...(options.prepare ? [] : ["--no-prepare"]), "-p", String(port)];
  const child = spawn(process.execPath, args, {
    cwd: root,
    env,
    detached: true, // own process group: we kill the whole group, never by name
    stdio: ["ignore", "pipe", "pipe"],
  });
  pipeWithPrefix(child.stdout, process.stdout, logFile, name);
  pipeWithPrefix(child.stderr, process.stderr, logFile, name);
  const server = { name, child, logPath };
  servers.push(server);
  return server;
}

/** A spec with its own server (setup, loopback) gets it only when that spec may run. */
function wantsServerFor(playwrightArgs: string[], spec: string): boolean {
  const specs = playwrightArgs.filter((a) => !a.startsWith("-") && /\.spec\.ts$|^e2e\//.test(a));
  return specs.length === 0 || specs.some((a) => a.includes(spec));
}

async function main(): Promise<number> {
  const browser = findChromium({
    chromiumPath: process.env.CHROMIUM_PATH || undefined,
    searchPath: process.env.PATH,
    playwrightPath: await playwrightChromiumPath(),
  });
  if ("error" in browser) {
    console.error(`[e2e] ${browser.error}`);
    return 1;
  }
  // The mail capture listens first, so the app's port, probed after it, cannot be one of its ports.
  mail = await startE2eMailCapture();
  log(`capturing mail at ${mail.smtp.url} (served to Playwright at ${mail.mailboxUrl})`);
  const port = await freePort();
  const testClockToken = crypto.randomBytes(32).toString("base64url");
  // "localhost", as a developer opens it: Next.js reports this host to Auth.js for magic links.
  const baseUrl = `http://localhost:${port}`;
  tempDir = fs.mkdtempSync(path.join(os.tmpdir(), "switchboard-e2e-"));

  // Empty strings, not deletions: Next's .env loading never overrides a variable that is set,
  // and server/env.ts treats "" as unset. So a developer's .env.local cannot leak into e2e.
  const appEnv: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    AUTH_SECRET: crypto.randomBytes(32).toString("base64"),
    CALENDAR_ENCRYPTION_KEY: crypto.randomBytes(32).toString("base64"),
    // Specs serve calendar feeds from 127.0.0.1 (e2e/calendars.spec.ts); the guard itself is
    // covered by integration tests.
    OUTBOUND_ALLOW_PRIVATE: "true",
    PGLITE_DIR: path.join(tempDir, "pglite"),
    APP_URL: baseUrl,
    RESEND_API_KEY: "",
    MAIL_TRANSPORT: "smtp",
    SMTP_URL: mail.smtp.url,
    SEED_ON_EMPTY: "",
    // No demo history: the journeys count their own leads (the analytics spec reads its own).
    SEED_HISTORY: "false",
    DATABASE_URL: "",
    TEST_DATABASE_URL: "",
    NEXT_TELEMETRY_DISABLED: "1",
    // Every spec's browser and API request comes from 127.0.0.1: one address for the whole
    // suite, so the per-address limits on form reads and on submissions (and booking writes) to
    // one form are raised here — the suite sends well over 20 leads to the demo form within ten
    // minutes. The limits themselves are covered by integration tests (rate-limits, submit-form).
    RATE_LIMIT_FORM_READS_PER_MINUTE: "100000",
    RATE_LIMIT_FORM_SUBMISSIONS_PER_10_MIN: "100000",
    // The test clock (server/time/clock.ts): specs move it with e2e/test-clock.ts. Only this
    // server has it; the first-run server below is a plain production start (no test clock).
    TEST_CLOCK_TOKEN: testClockToken,
    PORT: String(port),
  };

  const hasBuild = fs.existsSync(path.join(root, ".next/BUILD_ID"));
  if (process.env.E2E_SKIP_BUILD === "1" && hasBuild) {
    log("E2E_SKIP_BUILD=1: reusing the existing .next build");
  } else {
    if (process.env.E2E_SKIP_BUILD === "1") log("E2E_SKIP_BUILD=1 but no build exists: building");
    log("building the embed loader and the production app (npm run build: build-embed + next build)");
    const started = Date.now();
    const embedCode = await run(process.execPath, [tsxBin, path.join(root, "server/cli/build-embed.ts")], appEnv);
    if (embedCode !== 0) {
      log(`the embed loader build failed (exit ${embedCode})`);
      return embedCode;
    }
    const code = await run(process.execPath, [nextBin, "build"], appEnv);
    if (code !== 0) {
      log(`next build failed (exit ${code})`);
      return code;
    }
    log(`built in ${Math.round((Date.now() - started) / 1000)}s`);
  }

  // Seeded first (it migrates too), so prepare-app finds users and prints no setup link.
  log(`seeding the demo workspace in ${appEnv.PGLITE_DIR} (npm run db:seed -- --allow-production)`);
  // A fresh folder, NODE_ENV=production: the demo accounts are what the specs sign in with.
  const seeded = await run(process.execPath, [tsxBin, path.join(root, "server/cli/db-seed.ts"), "--allow-production"], appEnv);
  if (seeded !== 0) {
    log(`server/cli/db-seed.ts failed (exit ${seeded})`);
    return seeded;
  }

  const prepareScript = path.join(root, "server/cli/prepare-app.ts");
  if (fs.existsSync(prepareScript)) {
    log("preparing the app (server/cli/prepare-app.ts)");
    // --allow-demo-accounts: this production build signs in as the demo people on purpose.
    const code = await run(process.execPath, [tsxBin, prepareScript, "--allow-demo-accounts"], appEnv);
    if (code !== 0) {
      log(`server/cli/prepare-app.ts failed (exit ${code})`);
      return code;
    }
  } else {
    log("server/cli/prepare-app.ts not found: starting without a prepare step");
  }

  if (stopping) return 130;
  // APP_URL on 127.0.0.1 (e2e/loopback-*): Next.js renames a loopback host to "localhost" inside
  // requests, which "localhost" above cannot show. Its database is a copy of the seeded one, taken
  // before any server opens it.
  let loopback: { server: TAppServer; baseUrl: string } | undefined;
  if (wantsServerFor(process.argv.slice(2), "loopback")) {
    const loopbackPort = await freePort();
    const loopbackUrl = `http://127.0.0.1:${loopbackPort}`;
    const loopbackDir = path.join(tempDir, "pglite-loopback");
    fs.cpSync(appEnv.PGLITE_DIR!, loopbackDir, { recursive: true });
    log(`starting a second app with APP_URL ${loopbackUrl} on a copy of the seeded database`);
    const loopbackEnv = { ...appEnv, TEST_CLOCK_TOKEN: "", PGLITE_DIR: loopbackDir, APP_URL: loopbackUrl, PORT: String(loopbackPort) };
    loopback = { server: startAppServer("loopback-app", loopbackEnv, loopbackPort, { prepare: false }), baseUrl: loopbackUrl };
  }
  log(`starting the app (server/cli/serve.ts, as npm start) on ${baseUrl}`);
  const started = Date.now();
  const app = startAppServer("app", appEnv, port, { prepare: false });
  let setup: { server: TAppServer; baseUrl: string } | undefined;
  if (wantsServerFor(process.argv.slice(2), "setup")) {
    // A production start on an empty database, prepared by serve.ts itself (migrations, the
    // one-time setup link in its log), exactly as a self-hoster's first `npm start`.
    const setupPort = await freePort();
    const setupUrl = `http://localhost:${setupPort}`;
    const setupEnv = { ...appEnv, TEST_CLOCK_TOKEN: "", PGLITE_DIR: path.join(tempDir, "pglite-empty"), APP_URL: setupUrl, PORT: String(setupPort) };
    log(`starting a second app on an empty database on ${setupUrl} (first-run setup)`);
    setup = { server: startAppServer("setup-app", setupEnv, setupPort, { prepare: true }), baseUrl: setupUrl };
  }
  const extra = [setup, loopback].filter((s) => s !== undefined);
  const healthy = await Promise.all([waitForHealth(app, baseUrl), ...extra.map((s) => waitForHealth(s.server, s.baseUrl))]);
  if (!healthy.every(Boolean)) return 1;
  log(`server${extra.length > 0 ? "s" : ""} healthy after ${((Date.now() - started) / 1000).toFixed(1)}s`);

  if (stopping) return 130;
  const testEnv: NodeJS.ProcessEnv = {
    ...process.env,
    E2E_BASE_URL: baseUrl,
    E2E_MAILBOX_URL: mail.mailboxUrl,
    E2E_TEST_CLOCK_TOKEN: testClockToken,
    CHROMIUM_PATH: browser.found,
    PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: "1",
    ...(setup ? { E2E_SETUP_BASE_URL: setup.baseUrl, E2E_SETUP_LOG: setup.server.logPath } : {}),
    ...(loopback ? { E2E_LOOPBACK_BASE_URL: loopback.baseUrl } : {}),
  };
  return run(process.execPath, [playwrightBin, "test", ...process.argv.slice(2)], testEnv);
}

let exitCode = 1;
try {
  exitCode = await main();
} catch (error) {
  console.error(error);
  exitCode = 1;
} finally {
  await cleanup(exitCode !== 0);
}
process.exit(exitCode);
