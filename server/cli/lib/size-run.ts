// `npm run size` (and the size part of `npm run bench`): the hosted form's weight and speed in one
// run, printed, never asserted (issue 10's figures):
// (a) the embed loader, gzipped: built first (./embed-build.ts, well under a second), then
//     public/embed.js measured;
// (b) first-load JS of /f/<slug>, gzipped, against the floor: a minimal App Router app (one
//     server-rendered page, no client code) built in this run by the same Next.js into
//     .size-baseline/ (gitignored), so the ratio is the form's cost over Next's own;
// (c) largest contentful paint of /f/demo, hosted and as embed.js frames it (?embed=1), in
//     Chromium: a production server on a fresh embedded database with the demo seed, one warm-up
//     load, then SIZE_LCP_RUNS loads in fresh browser contexts (empty cache); medians printed.
// The app's .next build is reused when it is newer than every source file (SIZE_BUILD=1 forces a
// build, SIZE_SKIP_BUILD=1 reuses any build); the floor is rebuilt whenever the app is (or Next.js
// changed). SIZE_SKIP_LCP=1 leaves out (c); SIZE_LCP_RUNS (default 5); CHROMIUM_PATH as for e2e.
import { spawn, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import { buildEmbed, describeBuild } from "./embed-build";
import { findChromium } from "./find-chromium";
import { firstLoadBytes, kilobytes, median, parseRouteBundleStats, ratio, routeChunks, sizeTable, verdict, type TSizeRow } from "../../bench/size-figures";
import { freePort } from "../../testing/free-port";

const root = path.resolve(import.meta.dirname, "../../..");
const floorDir = path.join(root, ".size-baseline");
const nextBin = path.join(root, "node_modules/next/dist/bin/next");
const tsxBin = path.join(root, "node_modules/tsx/dist/cli.mjs");
const SOURCES = ["app", "components", "server", "prisma", "embed", "proxy.ts", "instrumentation.ts", "next.config.js", "postcss.config.mjs", "package-lock.json"];
const CHROMIUM_FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];
const FORM_ROUTE = "/f/[slug]";
/** The hosted page and the page as embed.js frames it (chromeless; no host origin, so no messages). */
const LCP_PAGES = ["/f/demo", "/f/demo?embed=1"];

const log = (message: string) => console.log(`[size] ${message}`);

function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env, stdio: ["ignore", "inherit", "inherit"] });
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${path.basename(args[0] ?? command)} ${args.slice(1).join(" ")} failed (exit ${code})`))));
  });
}

function newestSourceTime(entry: string): number {
  const full = path.join(root, entry);
  if (!fs.existsSync(full) || /(^|\/)(node_modules|generated)$|\.test\.tsx?$/.test(entry)) return 0;
  const stat = fs.statSync(full);
  if (stat.isFile()) return stat.mtimeMs;
  return Math.max(0, ...fs.readdirSync(full).map((name) => newestSourceTime(path.join(entry, name))));
}

function buildTime(dir: string): number | null {
  const id = path.join(dir, ".next/BUILD_ID");
  return fs.existsSync(id) ? fs.statSync(id).mtimeMs : null;
}

/** The app's production build (.next): reused when newer than every source file; true when reused. */
export async function ensureAppBuild(): Promise<boolean> {
  const built = buildTime(root);
  const isFresh = built !== null && (process.env.SIZE_SKIP_BUILD === "1" || (process.env.SIZE_BUILD !== "1" && built > Math.max(...SOURCES.map(newestSourceTime))));
  const why = process.env.SIZE_SKIP_BUILD === "1" ? "SIZE_SKIP_BUILD=1" : "newer than every source file; SIZE_BUILD=1 rebuilds";
  if (isFresh) log(`reusing the app build of ${new Date(built!).toISOString()} (${why})`);
  else {
    log("building the app (next build)");
    await run(process.execPath, [nextBin, "build"], root, { ...process.env, NEXT_TELEMETRY_DISABLED: "1" });
  }
  return isFresh;
}

async function ensureBuilds(): Promise<void> {
  const isFresh = await ensureAppBuild();
  const nextVersion = (JSON.parse(fs.readFileSync(path.join(root, "node_modules/next/package.json"), "utf8")) as { version: string }).version;
  const floorMarker = path.join(floorDir, "next-version");
  if (isFresh && buildTime(floorDir) !== null && fs.existsSync(floorMarker) && fs.readFileSync(floorMarker, "utf8") === nextVersion) {
    log(`reusing the floor app build in .size-baseline/ (Next.js ${nextVersion})`);
    return;
  }
  log("building the floor: a minimal App Router app in .size-baseline/ (same Next.js)");
  fs.rmSync(floorDir, { recursive: true, force: true });
  fs.mkdirSync(path.join(floorDir, "app"), { recursive: true });
  fs.writeFileSync(path.join(floorDir, "package.json"), `${JSON.stringify({ private: true, type: "module" })}\n`);
  // Its own (empty) config: without one, Next.js would find the app's next.config.js above it.
  fs.writeFileSync(path.join(floorDir, "next.config.mjs"), "export default {};\n");
  fs.writeFileSync(path.join(floorDir, "app/layout.jsx"), 'export default function RootLayout({ children }) {\n  return (\n    <html lang="en">\n      <body>{children}</body>\n    </html>\n  );\n}\n');
  fs.writeFileSync(path.join(floorDir, "app/page.jsx"), "export default function Page() {\n  return <p>Hello</p>;\n}\n");
  await run(process.execPath, [nextBin, "build"], floorDir, { ...process.env, NEXT_TELEMETRY_DISABLED: "1" });
  fs.writeFileSync(floorMarker, nextVersion);
}

function gzipSizeIn(dir: string): (chunk: string) => number {
  return (chunk) => zlib.gzipSync(fs.readFileSync(path.join(dir, chunk)), { level: 9 }).length;
}

function firstLoadOf(dir: string, route: string): number {
  const stats = parseRouteBundleStats(JSON.parse(fs.readFileSync(path.join(dir, ".next/diagnostics/route-bundle-stats.json"), "utf8")));
  return firstLoadBytes(routeChunks(stats, route), gzipSizeIn(dir));
}

function loaderRow(): TSizeRow {
  const loader = path.join(root, "public/embed.js");
  if (!fs.existsSync(loader)) return { measure: "embed loader, gzipped", value: "not built (no public/embed.js)", goal: "≤ 1.5 KB", verdict: "–" };
  const bytes = zlib.gzipSync(fs.readFileSync(loader), { level: 9 }).length;
  return { measure: "embed loader /embed.js, gzipped", value: `${kilobytes(bytes)} (${bytes} B)`, goal: "≤ 1.5 KB", verdict: verdict(bytes, 1.5 * 1024) };
}


async function waitForHealth(baseUrl: string, server: ChildProcess): Promise<void> {
  for (let attempt = 0; attempt < 180; attempt++) {
    if (server.exitCode !== null) throw new Error(`the app server exited (code ${server.exitCode})`);
    const ok = await fetch(`${baseUrl}/api/health`).then((r) => r.ok, () => false);
    if (ok) return;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error("the app server did not become healthy within 90 s");
}

type TLcp = { path: string; values: number[] };

/** LCP in ms of each page, one value per measured load; a note instead when there is no browser. */
async function measureLcp(pagePaths: string[], runs: number): Promise<TLcp[] | { note: string }> {
  const browser = findChromium({ chromiumPath: process.env.CHROMIUM_PATH || undefined, searchPath: process.env.PATH });
  if ("error" in browser) return { note: "no Chromium (apt-get install chromium)" };
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "switchboard-size-"));
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    AUTH_SECRET: crypto.randomBytes(32).toString("base64"),
    CALENDAR_ENCRYPTION_KEY: crypto.randomBytes(32).toString("base64"),
    PGLITE_DIR: path.join(dataDir, "pglite"),
    APP_URL: baseUrl,
    DATABASE_URL: "",
    TEST_DATABASE_URL: "",
    RESEND_API_KEY: "",
    MAIL_TRANSPORT: "smtp",
    SMTP_URL: "smtp://127.0.0.1:1",
    SEED_ON_EMPTY: "",
    NEXT_TELEMETRY_DISABLED: "1",
    RATE_LIMIT_FORM_READS_PER_MINUTE: "100000",
    PORT: String(port),
  };
  let server: ChildProcess | undefined;
  try {
    log("seeding the demo workspace in a temporary embedded database");
    await run(process.execPath, [tsxBin, path.join(root, "server/cli/db-seed.ts"), "--allow-production"], root, env);
    server = spawn(process.execPath, [tsxBin, path.join(root, "server/cli/serve.ts"), "--no-prepare", "-p", String(port)], { cwd: root, env, detached: true, stdio: "ignore" });
    await waitForHealth(baseUrl, server);
    const { chromium } = await import("playwright-core");
    const chrome = await chromium.launch({ executablePath: browser.found, args: CHROMIUM_FLAGS });
    try {
      const results: TLcp[] = [];
      for (const pagePath of pagePaths) {
        const values: number[] = [];
        for (let i = 0; i <= runs; i++) {
          const context = await chrome.newContext();
          const page = await context.newPage();
          await page.goto(`${baseUrl}${pagePath}`, { waitUntil: "load" });
          const lcp = await page.evaluate(
            () => new Promise<number>((resolve) => new PerformanceObserver((list) => resolve(list.getEntries().at(-1)!.startTime)).observe({ type: "largest-contentful-paint", buffered: true })),
          );
          if (i > 0) values.push(lcp); // the first load warms the server up
          await context.close();
        }
        results.push({ path: pagePath, values });
      }
      return results;
    } finally {
      await chrome.close();
    }
  } finally {
    if (server?.pid && server.exitCode === null) {
      const exited = new Promise((r) => server!.once("exit", r));
      process.kill(-server.pid, "SIGTERM");
      await exited;
    }
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

export async function runSizeFigures(): Promise<string[]> {
  await ensureBuilds();
  log(describeBuild(await buildEmbed())); // the loader as npm run build makes it (esbuild, well under a second)
  const form = firstLoadOf(root, FORM_ROUTE);
  const floor = firstLoadOf(floorDir, "/");
  const appFloor = firstLoadOf(root, "/_not-found");
  const formRatio = ratio(form, floor);
  const runs = Number(process.env.SIZE_LCP_RUNS ?? 5);
  const lcp = process.env.SIZE_SKIP_LCP === "1" ? { note: "skipped (SIZE_SKIP_LCP=1)" } : await measureLcp(LCP_PAGES, runs);
  const lcpRows: TSizeRow[] = "note" in lcp
    ? [{ measure: "LCP of the hosted form, Chromium", value: lcp.note, goal: "≤ 1000 ms", verdict: "–" }]
    : lcp.map(({ path: pagePath, values }) => {
        const middle = median(values);
        const value = middle === null ? "no figure" : `${Math.round(middle)} ms (${values.map((v) => Math.round(v)).join(", ")})`;
        return { measure: `LCP ${pagePath}, Chromium, median`, value, goal: "≤ 1000 ms", verdict: verdict(middle, 1000) };
      });
  const rows: TSizeRow[] = [
    loaderRow(),
    { measure: `first-load JS ${FORM_ROUTE}, gzipped`, value: kilobytes(form), goal: "", verdict: "–" },
    { measure: "floor: minimal App Router page, gzipped", value: kilobytes(floor), goal: "", verdict: "–" },
    { measure: "form / floor", value: `${formRatio.toFixed(2)}×`, goal: "≤ 1.15×", verdict: verdict(formRatio, 1.15) },
    { measure: "this app's own floor (/_not-found) / floor", value: `${ratio(appFloor, floor).toFixed(2)}×`, goal: "", verdict: "–" },
    ...lcpRows,
  ];
  return [`Size of the hosted form (gzip -9; ${os.cpus().length} cores)`, ...sizeTable(rows)];
}
