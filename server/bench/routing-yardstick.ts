// Issue 9's yardstick, printed at the end of `npm run bench`: each measure against its goal, with
// the figure of this run (or "not measured" when its lane did not run). Pure: formatting only.
import { fmt } from "./stats";

export interface TYardstickInput {
  decision1000?: { p50: number; p99: number };
  lockHeld?: { p50: number; p99: number };
  routed?: { p50: number; p99: number; throughputPerS: number };
  floor?: { p50: number; p99: number; throughputPerS: number };
  /** floorPerS: POST /api/bench-floor, a bare route handler doing one insert, on the same processes. */
  http?: { healthP99: number; healthPerS: number; floorPerS: number; leadsP99: number; leadsPerS: number; errors: number; hostCpu?: THostCpu };
  alertP95?: number;
  invariants?: { leads: number; uncappedSpread: number; capViolations: number; doubleOwners: number };
}

/** The whole host's CPU per routed lead while the HTTP lane ran (web, worker, PostgreSQL, the bench's client), and its cores. */
export interface THostCpu {
  msPerLead: number;
  cores: number;
}

interface TRow {
  measure: string;
  goal: string;
  measured: string;
  isMet: boolean | null;
}

const ms = (n: number) => `${fmt(n, n < 10 ? 2 : 0)} ms`;

export function yardstickRows(f: TYardstickInput): TRow[] {
  const rows: TRow[] = [];
  const add = (measure: string, goal: string, value: string | null, isMet: boolean | null) => rows.push({ measure, goal, measured: value ?? "not measured", isMet: value === null ? null : isMet });
  add("pure decision, 1,000 reps, p99", "< 1 ms", f.decision1000 ? `p50 ${ms(f.decision1000.p50)}, p99 ${ms(f.decision1000.p99)}` : null, f.decision1000 ? f.decision1000.p99 < 1 : null);
  add("workspace lock held per lead, p99", "≤ 5 ms", f.lockHeld ? `p50 ${ms(f.lockHeld.p50)}, p99 ${ms(f.lockHeld.p99)}` : null, f.lockHeld ? f.lockHeld.p99 <= 5 : null);
  add(
    "submit → assigned, 2 processes, 16-way, p99",
    "≤ 100 ms",
    f.routed ? `p50 ${ms(f.routed.p50)}, p99 ${ms(f.routed.p99)}${f.floor ? ` (${fmt(f.routed.p99 / f.floor.p99, 1)}× the lock + lead + job-row floor's p99 ${ms(f.floor.p99)})` : ""}` : null,
    f.routed ? f.routed.p99 <= 100 : null,
  );
  add(
    "leads routed per second, one workspace",
    "≥ 200",
    f.routed ? `${fmt(f.routed.throughputPerS, 0)}/s${f.floor ? ` (${fmt(f.routed.throughputPerS / f.floor.throughputPerS, 2)}× the floor's ${fmt(f.floor.throughputPerS, 0)}/s)` : ""}` : null,
    f.routed ? f.routed.throughputPerS >= 200 : null,
  );
  add(
    "HTTP: POST /api/v1/leads p99 vs GET /api/health p99",
    "≤ 3×",
    f.http ? `${ms(f.http.leadsP99)} vs ${ms(f.http.healthP99)} = ${fmt(f.http.leadsP99 / f.http.healthP99, 2)}×` : null,
    f.http ? f.http.leadsP99 <= 3 * f.http.healthP99 : null,
  );
  add(
    "HTTP: leads per second (2 processes), errors",
    "≥ 150/s, 0",
    f.http ? `${fmt(f.http.leadsPerS, 0)}/s, ${f.http.errors}${f.http.hostCpu ? ` (${cpuCeiling(f.http.hostCpu)})` : ""}` : null,
    f.http ? f.http.leadsPerS >= 150 && f.http.errors === 0 : null,
  );
  add(
    "HTTP: routed leads/s per process vs a one-insert route handler",
    "≥ 0.4×",
    f.http ? `${fmt(f.http.leadsPerS / 2, 0)}/s vs ${fmt(f.http.floorPerS / 2, 0)}/s = ${fmt(f.http.leadsPerS / f.http.floorPerS, 2)}×` : null,
    f.http ? f.http.leadsPerS / f.http.floorPerS >= 0.4 : null,
  );
  add("submit → rep alert handed to the mail transport, p95", "≤ 3 s", f.alertP95 !== undefined ? ms(f.alertP95) : null, f.alertP95 !== undefined ? f.alertP95 <= 3000 : null);
  add(
    "race safety (strict pool, 2 processes)",
    "spread ≤ 1, 0 cap violations, 0 double owners",
    f.invariants ? `${f.invariants.leads} leads: spread ${f.invariants.uncappedSpread}, ${f.invariants.capViolations} cap violations, ${f.invariants.doubleOwners} double owners` : null,
    f.invariants ? f.invariants.uncappedSpread <= 1 && f.invariants.capViolations === 0 && f.invariants.doubleOwners === 0 : null,
  );
  return rows;
}

/** What the host's CPU allows: each lead costs the host msPerLead of CPU, the host has cores × 1,000 ms a second. */
function cpuCeiling({ msPerLead, cores }: THostCpu): string {
  return `host CPU ${ms(msPerLead)} per lead: ${cores} cores serve at most ${fmt((cores * 1000) / msPerLead, 0)}/s`;
}

export function yardstickTable(f: TYardstickInput): string[] {
  const rows = yardstickRows(f);
  const width = (pick: (r: TRow) => string, title: string) => Math.max(title.length, ...rows.map((r) => pick(r).length));
  const [m, g] = [width((r) => r.measure, "measure"), width((r) => r.goal, "goal")];
  const mark = (r: TRow) => (r.isMet === null ? "–" : r.isMet ? "met" : "NOT met");
  return [
    "Issue 9 yardstick (this run)",
    `  ${"measure".padEnd(m)} | ${"goal".padEnd(g)} | measured`,
    `  ${"-".repeat(m)}-|-${"-".repeat(g)}-|---------`,
    ...rows.map((r) => `  ${r.measure.padEnd(m)} | ${r.goal.padEnd(g)} | ${r.measured} (${mark(r)})`),
  ];
}
