// Fixed-window rate limiting shared by every app process: one atomic upsert per request on
// RateLimitBucket (key, windowStart) returns the window's new count. Old windows are pruned now
// and then by whichever request happens to be first in a new window.
import crypto from "node:crypto";
import type { Db } from "../../db/client";
import { AppError } from "../../errors";

export interface TRateLimitInput {
  key: string;
  limit: number;
  windowMs: number;
  now: Date;
  /** Chance (0..1) that a request opening a new window also deletes windows older than a day. */
  pruneChance?: number;
}

export interface TRateLimitResult {
  ok: boolean;
  /** Seconds until the current window ends (0 when ok). */
  retryAfterS: number;
}

const PRUNE_OLDER_THAN_MS = 24 * 60 * 60 * 1000;

/** Thrown by services when a limit is exceeded; transports add a Retry-After header. */
export class RateLimitError extends AppError {
  constructor(readonly retryAfterS: number) {
    super("RATE_LIMITED", "Too many requests; try again later");
  }
}

/** A short, stable, non-reversible token for an IP address (keys never hold raw IPs). */
export function hashIp(ip: string): string {
  return crypto.createHash("sha256").update(ip).digest("hex").slice(0, 16);
}

export async function consumeRateLimit(db: Db, input: TRateLimitInput): Promise<TRateLimitResult> {
  const { key, limit, windowMs, now } = input;
  const startMs = Math.floor(now.getTime() / windowMs) * windowMs;
  const windowStart = new Date(startMs).toISOString();
  // "windowStart" is timestamp(3) without time zone holding UTC (Prisma's convention).
  const rows = await db.$queryRaw<{ count: number }[]>`
    INSERT INTO "RateLimitBucket" ("key", "windowStart", "count")
    VALUES (${key}, (${windowStart}::timestamptz AT TIME ZONE 'UTC'), 1)
    ON CONFLICT ("key", "windowStart") DO UPDATE SET "count" = "RateLimitBucket"."count" + 1
    RETURNING "count"`;
  const count = Number(rows[0]?.count ?? 1);
  if (count === 1 && Math.random() < (input.pruneChance ?? 0.02)) {
    await pruneRateLimitBuckets(db, now);
  }
  if (count <= limit) return { ok: true, retryAfterS: 0 };
  return { ok: false, retryAfterS: Math.max(1, Math.ceil((startMs + windowMs - now.getTime()) / 1000)) };
}

/** Deletes windows that started more than a day before `now`. */
export async function pruneRateLimitBuckets(db: Db, now: Date): Promise<number> {
  const cutoff = new Date(now.getTime() - PRUNE_OLDER_THAN_MS).toISOString();
  return db.$executeRaw`DELETE FROM "RateLimitBucket" WHERE "windowStart" < (${cutoff}::timestamptz AT TIME ZONE 'UTC')`;
}
