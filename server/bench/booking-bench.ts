// Booking figures for npm run bench:
// - slots: the pure slot function for one rep over a 14-day horizon with 200 busy events
//   (Mon–Fri 08:00–18:00 New York, 30-minute meetings, 15-minute step), p50/p99 per call;
// - contention (PostgreSQL server): 50 attempts at the same slot of one rep from 2 processes at
//   once (booking-process.ts, 25 concurrent attempts each, each its own lead) → confirmed, 409 and
//   overlapping confirmed pairs counted from the database.
import { spawn } from "node:child_process";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { freeSlots, type TSpan } from "../domain/booking/free-slots";
import { DEFAULT_MEETING_TYPE } from "../domain/booking/meeting-type";
import { fmt, percentile } from "./stats";

const NOW = new Date("2026-12-01T15:00:00Z"); // Tuesday 10:00 in New York: Sarah is at work.

export function runSlotsBench(iterations = 2000): string[] {
  const busy: TSpan[] = Array.from({ length: 200 }, (_, i) => {
    const start = NOW.getTime() + i * 97 * 60_000;
    return { startsAt: new Date(start), endsAt: new Date(start + 45 * 60_000) };
  });
  const input = {
    timeZone: "America/New_York",
    workingHours: [1, 2, 3, 4, 5].map((day) => ({ day, start: "08:00", end: "18:00" })),
    busy,
    bookings: [],
    rules: { ...DEFAULT_MEETING_TYPE, horizonDays: 14, slotStepMinutes: 15, minNoticeMinutes: 0 },
    now: NOW,
  };
  let count = 0;
  for (let i = 0; i < 200; i++) count = freeSlots(input).length; // warm-up
  const times: number[] = [];
  const cpuStarted = process.cpuUsage();
  for (let i = 0; i < iterations; i++) {
    const started = performance.now();
    freeSlots(input);
    times.push(performance.now() - started);
  }
  const cpu = process.cpuUsage(cpuStarted);
  times.sort((a, b) => a - b);
  // Wall-clock percentiles include time the process was not running (a shared machine preempts
  // it): CPU time per call (GC included) and the load average say how much of p99 is the machine.
  return [
    "Booking: slots (pure, one rep, 14-day horizon, 200 busy events, 15-minute step)",
    `  ${count} free slots per call · p50 ${fmt(percentile(times, 50), 3)} ms · p99 ${fmt(percentile(times, 99), 3)} ms (goal < 5 ms) over ${iterations} calls · CPU ${fmt((cpu.user + cpu.system) / iterations / 1000, 3)} ms per call · load average ${os.loadavg()[0]!.toFixed(1)} on ${os.cpus().length} cores`,
  ];
}

const PROCESS = path.join(path.dirname(fileURLToPath(import.meta.url)), "booking-process.ts");

function runProcess(args: string[]): Promise<{ confirmed: number; conflicts: number; errors: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", PROCESS, ...args], { stdio: ["ignore", "pipe", "inherit"] });
    let out = "";
    child.stdout.on("data", (chunk: Buffer) => (out += chunk.toString()));
    child.on("error", reject);
    child.on("exit", (code) => {
      const line = out.trim().split("\n").pop() ?? "";
      if (code !== 0) return reject(new Error(`booking process exited with ${code}`));
      resolve(JSON.parse(line) as { confirmed: number; conflicts: number; errors: number });
    });
  });
}

export async function runBookingContentionBench(url: string, attempts = 50): Promise<string[]> {
  const { openRoutingProcess } = await import("../testing/concurrency/routing-process");
  const { seedDemo } = await import("../../prisma/seed/seed-demo");
  const { submitForm } = await import("../services/submissions/submit-form");
  const { unlimitedRateLimits } = await import("../services/rate-limit/rate-limits");
  const { listSlots } = await import("../services/bookings/list-slots");
  const app = await openRoutingProcess(url, 10);
  try {
    const db = app.handle.db;
    await seedDemo(db);
    const workspace = await db.workspace.findUniqueOrThrow({ where: { slug: "demo" } });
    const sarah = await db.repProfile.findFirstOrThrow({ where: { workspaceId: workspace.id, user: { name: { startsWith: "Sarah" } } } });
    await db.repProfile.update({ where: { id: sarah.id }, data: { maxOpenLeads: null, maxNewLeadsPerDay: null } });
    const leadIds: string[] = [];
    for (let i = 0; i < attempts; i++) {
      const answers = { email: `bench${i}@firstbank.com`, full_name: "Bench", role: "vp", authority: "decision_maker", company: "First Bank", company_size: "200-999", industry: "financial_services", region: "north_america", budget: "50k_150k", timeline: "this_quarter", use_case: ["lead_routing"], consent: true };
      const result = await submitForm(db, { slug: "demo", body: { answers, context: { fillTimeMs: 20_000, source: "api" } }, idempotencyKey: null, ip: "10.9.9.9", now: NOW, rateLimit: unlimitedRateLimits().formSubmission, routing: app.deps });
      leadIds.push(result.response.leadId);
    }
    const owners = await db.lead.findMany({ where: { id: { in: leadIds } }, select: { ownerRepId: true } });
    if (owners.some((o: { ownerRepId: string | null }) => o.ownerRepId !== sarah.id)) throw new Error("every bench lead should be Sarah's");
    const slots = await listSlots(db, { workspaceId: workspace.id, leadId: leadIds[0]!, timeZone: "UTC", now: NOW });
    const start = slots.days[0]!.slots[0]!.start;
    const half = Math.ceil(leadIds.length / 2);
    const common = [url, workspace.id, NOW.toISOString(), start];
    const started = performance.now();
    const results = await Promise.all([runProcess([...common, leadIds.slice(0, half).join(",")]), runProcess([...common, leadIds.slice(half).join(",")])]);
    const ms = performance.now() - started;
    const total = results.reduce((sum, r) => ({ confirmed: sum.confirmed + r.confirmed, conflicts: sum.conflicts + r.conflicts, errors: sum.errors + r.errors }), { confirmed: 0, conflicts: 0, errors: 0 });
    const overlaps = await db.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM "Booking" a JOIN "Booking" b ON a."repId" = b."repId" AND a.id < b.id AND a.status = 'CONFIRMED' AND b.status = 'CONFIRMED' AND tsrange(a."startsAt", a."endsAt") && tsrange(b."startsAt", b."endsAt")`;
    const stored = await db.booking.count({ where: { status: "CONFIRMED", repId: sarah.id } });
    return [
      `Booking: contention on PostgreSQL (${attempts} attempts at one slot of one rep, 2 processes × ${half} concurrent, each attempt its own lead)`,
      `  ${total.confirmed} confirmed, ${total.conflicts} × 409, ${total.errors} errors, ${Number(overlaps[0]?.n ?? 0)} overlapping confirmed pairs; ${stored} confirmed booking(s) stored; ${fmt(ms, 0)} ms including process start`,
    ];
  } finally {
    await app.close();
  }
}
