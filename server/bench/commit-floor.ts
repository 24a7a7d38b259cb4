// What one statement and one commit cost on this machine, measured one at a time (no concurrency)
// in the bench process: the floor under the routing lock's held time. On a raw `pg` client and
// through Prisma's interactive transaction (the path the routing takes), so Prisma's own share per
// statement shows. The WAL flush is COMMIT of a one-row insert minus COMMIT of a read-only
// transaction (which flushes nothing).
import pg from "pg";
import type { DbHandle } from "../db/client";
import { fmt, percentile } from "./stats";

const ROUNDS = 300;

async function timed(rounds: number, run: () => Promise<void>): Promise<{ p50: number; p99: number }> {
  const durations: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const t0 = performance.now();
    await run();
    durations.push(performance.now() - t0);
  }
  durations.sort((a, b) => a - b);
  return { p50: percentile(durations, 50), p99: percentile(durations, 99) };
}

export async function runCommitFloorBench(handle: DbHandle, url: string): Promise<string[]> {
  await handle.db.$executeRawUnsafe(`CREATE TABLE IF NOT EXISTS bench_commit_floor (id bigserial PRIMARY KEY, payload text NOT NULL)`);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    // Warm both paths.
    for (let i = 0; i < 30; i++) {
      await client.query("SELECT 1");
      await handle.db.$transaction(async (tx) => void (await tx.$queryRaw`SELECT 1`));
    }
    const rawSelect = await timed(ROUNDS, async () => void (await client.query("SELECT $1::int", [1])));
    const commitTimes: { read: number[]; write: number[] } = { read: [], write: [] };
    await timed(ROUNDS, async () => {
      await client.query("BEGIN");
      await client.query("SELECT $1::int", [1]);
      const t0 = performance.now();
      await client.query("COMMIT");
      commitTimes.read.push(performance.now() - t0);
    });
    await timed(ROUNDS, async () => {
      await client.query("BEGIN");
      await client.query("INSERT INTO bench_commit_floor (payload) VALUES ($1)", ["x"]);
      const t0 = performance.now();
      await client.query("COMMIT");
      commitTimes.write.push(performance.now() - t0);
    });
    // Prisma: one $queryRaw inside an interactive transaction, and the whole transaction.
    const inTx: number[] = [];
    const prismaTx = await timed(ROUNDS, () =>
      handle.db.$transaction(async (tx) => {
        const t0 = performance.now();
        await tx.$queryRaw`SELECT ${1}::int`;
        inTx.push(performance.now() - t0);
        await tx.$executeRaw`INSERT INTO bench_commit_floor (payload) VALUES (${"y"})`;
      }),
    );
    const rawTx = await timed(ROUNDS, async () => {
      await client.query("BEGIN");
      await client.query("SELECT $1::int", [1]);
      await client.query("INSERT INTO bench_commit_floor (payload) VALUES ($1)", ["x"]);
      await client.query("COMMIT");
    });
    inTx.sort((a, b) => a - b);
    const read = summary(commitTimes.read);
    const write = summary(commitTimes.write);
    return [
      `One statement at a time on this machine (${ROUNDS} each, no concurrency, same run): the floor under the lock's held time`,
      `  raw pg: SELECT round trip p50 ${fmt(rawSelect.p50)} ms · p99 ${fmt(rawSelect.p99)} ms · COMMIT read-only p50 ${fmt(read.p50)} / p99 ${fmt(read.p99)} ms · COMMIT after a one-row insert p50 ${fmt(write.p50)} / p99 ${fmt(write.p99)} ms (WAL flush ≈ ${fmt(write.p50 - read.p50)} ms at p50)`,
      `  Prisma interactive tx: $queryRaw SELECT p50 ${fmt(percentile(inTx, 50))} ms · p99 ${fmt(percentile(inTx, 99))} ms (${fmt(percentile(inTx, 50) / rawSelect.p50, 1)}× raw pg at p50) · BEGIN + SELECT + INSERT + COMMIT p50 ${fmt(prismaTx.p50)} ms · p99 ${fmt(prismaTx.p99)} ms vs raw pg p50 ${fmt(rawTx.p50)} ms · p99 ${fmt(rawTx.p99)} ms (${fmt(prismaTx.p50 / rawTx.p50, 1)}×)`,
    ];
  } finally {
    await client.end();
  }
}

function summary(values: number[]): { p50: number; p99: number } {
  const sorted = [...values].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p99: percentile(sorted, 99) };
}
