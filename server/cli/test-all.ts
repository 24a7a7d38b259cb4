// `npm test`: every check in order — typecheck (app, then the embed loader's own tsconfig), lint, unit, integration (embedded PGlite, and
// again on a PostgreSQL server when TEST_DATABASE_URL is set), e2e. Output streams as it runs;
// every stage runs even after a failure; the exit code is non-zero if any stage failed.
// It ends with a summary table and, alone on the last line, `N passed, N failed[, N skipped]`
// (tests across unit + integration + e2e).
//
//   npm test                       # everything
//   npm test -- unit integration   # only stages whose name starts with one of these words
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "../..");
const bin = {
  tsc: path.join(root, "node_modules/typescript/bin/tsc"),
  eslint: path.join(root, "node_modules/eslint/bin/eslint.js"),
  vitest: path.join(root, "node_modules/vitest/vitest.mjs"),
  tsx: path.join(root, "node_modules/tsx/dist/cli.mjs"),
};
const reportDir = fs.mkdtempSync(path.join(os.tmpdir(), "switchboard-test-all-"));

interface Counts {
  passed: number;
  failed: number;
  skipped: number;
}

interface Stage {
  name: string;
  label: string;
  args: string[];
  env?: NodeJS.ProcessEnv;
  /** Reads the stage's test counts after it ran; undefined when the stage has no tests. */
  counts?: () => Counts | undefined;
}

interface StageResult {
  stage: Stage;
  code: number;
  seconds: number;
  counts?: Counts;
  countsMissing: boolean;
}

function readJson(file: string): unknown {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8"));
  } catch {
    return undefined;
  }
}

function vitestStage(name: string, project: string, env: NodeJS.ProcessEnv, label: string): Stage {
  const report = path.join(reportDir, `${name}.json`);
  return {
    name,
    label,
    env,
    args: [
      bin.vitest,
      "run",
      "--project",
      project,
      "--passWithNoTests",
      "--reporter=default",
      "--reporter=json",
      `--outputFile.json=${report}`,
    ],
    counts: () => {
      const json = readJson(report) as
        | { numPassedTests?: number; numFailedTests?: number; numPendingTests?: number; numTodoTests?: number }
        | undefined;
      if (!json) return undefined;
      return {
        passed: json.numPassedTests ?? 0,
        failed: json.numFailedTests ?? 0,
        skipped: (json.numPendingTests ?? 0) + (json.numTodoTests ?? 0),
      };
    },
  };
}

function e2eStage(env: NodeJS.ProcessEnv): Stage {
  const report = path.join(reportDir, "e2e.json");
  return {
    name: "e2e",
    label: "e2e (Playwright, production build)",
    env: { ...env, E2E_JSON_REPORT: report },
    args: [bin.tsx, path.join(root, "server/cli/e2e.ts")],
    counts: () => {
      const json = readJson(report) as
        | { stats?: { expected?: number; unexpected?: number; flaky?: number; skipped?: number } }
        | undefined;
      if (!json?.stats) return undefined;
      const s = json.stats;
      return { passed: (s.expected ?? 0) + (s.flaky ?? 0), failed: s.unexpected ?? 0, skipped: s.skipped ?? 0 };
    },
  };
}

function buildStages(): Stage[] {
  // Children write to our stdout, not a TTY of their own: keep colours when we have them.
  const baseEnv: NodeJS.ProcessEnv = { ...process.env };
  if (process.stdout.isTTY && baseEnv.FORCE_COLOR === undefined && baseEnv.NO_COLOR === undefined) baseEnv.FORCE_COLOR = "1";
  const serverUrl = process.env.TEST_DATABASE_URL;
  const embeddedEnv = { ...baseEnv };
  delete embeddedEnv.TEST_DATABASE_URL;

  const stages: Stage[] = [
    { name: "typecheck", label: "typecheck (tsc --noEmit)", args: [bin.tsc, "--noEmit"], env: baseEnv },
    // The embed loader has its own tsconfig (browser globals, ES2019): the root one excludes it.
    { name: "typecheck:embed", label: "typecheck embed loader (tsc --noEmit -p embed)", args: [bin.tsc, "--noEmit", "-p", "embed"], env: baseEnv },
    { name: "lint", label: "lint (eslint .)", args: [bin.eslint, "."], env: baseEnv },
    vitestStage("unit", "unit", { ...baseEnv, NODE_ENV: "test" }, "unit (vitest)"),
    vitestStage(
      serverUrl ? "integration:pglite" : "integration",
      "integration",
      { ...embeddedEnv, NODE_ENV: "test" },
      "integration (vitest, embedded PGlite)",
    ),
  ];
  if (serverUrl) {
    stages.push(
      vitestStage(
        "integration:postgres",
        "integration",
        { ...baseEnv, NODE_ENV: "test", TEST_DATABASE_URL: serverUrl },
        `integration (vitest, PostgreSQL server ${redact(serverUrl)})`,
      ),
    );
  }
  stages.push(e2eStage(baseEnv));

  const filters = process.argv.slice(2).filter((a) => !a.startsWith("-"));
  return filters.length === 0 ? stages : stages.filter((s) => filters.some((f) => s.name.startsWith(f)));
}

function redact(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = "***";
    return u.toString();
  } catch {
    return "(invalid url)";
  }
}

let current: ChildProcess | undefined;
let interrupted = false;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    if (interrupted) process.exit(130);
    interrupted = true;
    console.error(`\n[test] ${signal}: stopping the current stage (again to force)`);
    // A terminal's Ctrl-C already reached the child (same process group); forward SIGTERM for
    // the case where only we were signalled.
    if (signal === "SIGTERM") current?.kill("SIGTERM");
  });
}

function runStage(stage: Stage): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, stage.args, { cwd: root, env: stage.env, stdio: "inherit" });
    current = child;
    child.on("error", (error) => {
      console.error(`[test] could not start ${stage.name}: ${error.message}`);
      resolve(1);
    });
    child.on("exit", (code, signal) => {
      current = undefined;
      resolve(code ?? (signal ? 128 + (os.constants.signals[signal] ?? 0) : 1));
    });
  });
}

function pad(value: string, width: number, right = false): string {
  return right ? value.padStart(width) : value.padEnd(width);
}

function printSummary(results: StageResult[]): Counts {
  const total: Counts = { passed: 0, failed: 0, skipped: 0 };
  const nameWidth = Math.max(5, ...results.map((r) => r.stage.name.length));
  const header = `${pad("Stage", nameWidth)}  ${pad("Result", 6)}  ${pad("Passed", 6, true)}  ${pad("Failed", 6, true)}  ${pad("Skipped", 7, true)}  ${pad("Time", 7, true)}`;
  console.log(`\n${"=".repeat(header.length)}\nTest summary\n${"=".repeat(header.length)}`);
  console.log(header);
  console.log("-".repeat(header.length));
  for (const r of results) {
    const c = r.counts;
    if (c) {
      total.passed += c.passed;
      total.failed += c.failed;
      total.skipped += c.skipped;
    }
    const cell = (n: number | undefined) => (n === undefined ? "-" : String(n));
    console.log(
      `${pad(r.stage.name, nameWidth)}  ${pad(r.code === 0 ? "PASS" : "FAIL", 6)}  ${pad(cell(c?.passed), 6, true)}  ${pad(cell(c?.failed), 6, true)}  ${pad(cell(c?.skipped), 7, true)}  ${pad(`${r.seconds.toFixed(1)}s`, 7, true)}`,
    );
  }
  console.log("-".repeat(header.length));
  const failedStages = results.filter((r) => r.code !== 0);
  for (const r of failedStages) {
    const why = r.countsMissing ? "exited before reporting test results" : `exit code ${r.code}`;
    console.log(`FAILED: ${r.stage.label} — ${why}`);
  }
  console.log(failedStages.length === 0 ? "All stages passed." : `${failedStages.length} of ${results.length} stages failed.`);
  return total;
}

async function main(): Promise<number> {
  const stages = buildStages();
  const results: StageResult[] = [];
  for (const [index, stage] of stages.entries()) {
    if (interrupted) break;
    console.log(`\n━━━ [${index + 1}/${stages.length}] ${stage.label} ━━━\n`);
    const started = Date.now();
    const code = await runStage(stage);
    const counts = stage.counts?.();
    results.push({
      stage,
      code,
      seconds: (Date.now() - started) / 1000,
      counts,
      countsMissing: Boolean(stage.counts) && counts === undefined,
    });
  }
  const total = printSummary(results);
  fs.rmSync(reportDir, { recursive: true, force: true });
  const anyFailed = interrupted || results.some((r) => r.code !== 0);
  // Must stay the very last line of output.
  console.log(`${total.passed} passed, ${total.failed} failed${total.skipped > 0 ? `, ${total.skipped} skipped` : ""}`);
  return anyFailed ? 1 : 0;
}

process.exitCode = await main();
