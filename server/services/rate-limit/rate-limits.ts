// Every rate limit of the product, on rate-limiter-flexible. On a PostgreSQL server the counters
// live in one table ("rate_limits", created by a Prisma migration; the library is told
// tableCreated) shared by every app process; on the embedded database (one process by design)
// they live in memory. Keys are hashed: the table holds no addresses or emails.
//
// Client addresses come from X-Forwarded-For as rewritten by server/cli/serve.ts from the socket
// (see server/http/trusted-headers.ts), never from what a client wrote.
import crypto from "node:crypto";
import pg from "pg";
import { RateLimiterMemory, RateLimiterPostgres, RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";
import { env, type TEnv } from "../../env";
import { RateLimitError } from "./rate-limit-error";

export const RATE_LIMIT_TABLE = "rate_limits";

export interface TRateLimitConfig {
  apiKeyPerMinute: number;
  formSubmissionsPer10Min: number;
  formReadsPerMinute: number;
  /** Failed password sign-ins per account and per address; 5× this per day. */
  signInPer15Min: number;
  /** Sign-in links and invites to one recipient. */
  emailsPerRecipientPerHour: number;
  /** Sign-in links and invites asked for from one address. */
  emailsPerAddressPerHour: number;
}

export type TRateLimitStore = { kind: "memory" } | { kind: "postgres"; pool: pg.Pool };

/**
 * What is left of a key's limit after a point was taken, from the library's own answer to that
 * take (no extra query): for the RateLimit-Limit / -Remaining / -Reset headers. Over several
 * windows, the one with the fewest points left.
 */
export interface TRateLimitQuota {
  /** Points per window. */
  limit: number;
  /** Points left in the window (0 once over the limit). */
  remaining: number;
  /** Whole seconds until the window starts again (at least 1). */
  resetS: number;
}

export interface TLimiter {
  /**
   * Takes one point for the key made of `parts` and answers what is left of the limit (the
   * library's answer to the take: no extra query); throws RateLimitError when over the limit, which
   * carries the same quota with 0 left.
   */
  consume(...parts: string[]): Promise<TRateLimitQuota>;
  /** Gives one point back (a successful sign-in does not count against its address). */
  reward(...parts: string[]): Promise<void>;
  /** Forgets the key (a successful sign-in clears its account's failures). */
  reset(...parts: string[]): Promise<void>;
}

export interface TRateLimits {
  /** Per API key. */
  apiKey: TLimiter;
  /** Per (address, form). */
  formSubmission: TLimiter;
  formRead: TLimiter;
  /** Form step beacons (analytics), per (address, form): the form-read allowance. */
  formEvents: TLimiter;
  /** The public, token-bound booking API, per address: slots (the form-read allowance) … */
  bookingRead: TLimiter;
  /** … and booking, preferred times, reschedule and cancel (the form-submission allowance). */
  bookingWrite: TLimiter;
  /** Password sign-in: per account and per address, 15-minute and daily windows. */
  signInAccount: TLimiter;
  signInAddress: TLimiter;
  /** Sign-in links and invites: per recipient and per requesting address. */
  emailRecipient: TLimiter;
  emailAddress: TLimiter;
}

const MINUTE = 60;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export function rateLimitConfigFromEnv(config: TEnv = env()): TRateLimitConfig {
  return {
    apiKeyPerMinute: config.RATE_LIMIT_API_KEY_PER_MINUTE,
    formSubmissionsPer10Min: config.RATE_LIMIT_FORM_SUBMISSIONS_PER_10_MIN,
    formReadsPerMinute: config.RATE_LIMIT_FORM_READS_PER_MINUTE,
    signInPer15Min: config.RATE_LIMIT_SIGN_IN_PER_15_MIN,
    emailsPerRecipientPerHour: config.RATE_LIMIT_EMAILS_PER_RECIPIENT_PER_HOUR,
    emailsPerAddressPerHour: config.RATE_LIMIT_EMAILS_PER_ADDRESS_PER_HOUR,
  };
}

interface TWindow {
  points: number;
  durationS: number;
  /** Once over the limit, refuse for this long (default: until the window ends). */
  blockS?: number;
}

function hashKey(parts: string[]): string {
  return crypto.createHash("sha256").update(parts.join("\u0000")).digest("base64url").slice(0, 32);
}

function makeStoreLimiter(store: TRateLimitStore, keyPrefix: string, window: TWindow, isJanitor: boolean): RateLimiterAbstract {
  const options = { keyPrefix, points: window.points, duration: window.durationS, blockDuration: window.blockS ?? 0 };
  if (store.kind === "memory") return new RateLimiterMemory(options);
  return new RateLimiterPostgres({
    ...options,
    storeClient: store.pool,
    storeType: "pool",
    tableName: RATE_LIMIT_TABLE,
    tableCreated: true,
    // One limiter per process deletes expired rows now and then (they all share the table).
    clearExpiredByTimeout: isJanitor,
  } as ConstructorParameters<typeof RateLimiterPostgres>[0]);
}

/** The library's limiters by name; shared by every bundle of the process (see appRateLimits). */
type TStoreLimiters = Map<string, RateLimiterAbstract>;

/** One limiter over one or more windows (e.g. 15 minutes and a day): refused when any refuses. */
function makeLimiter(store: TRateLimitStore, shared: TStoreLimiters, name: string, windows: TWindow[], message: string, isJanitor = false): TLimiter {
  const stores = windows.map((window, i) => {
    const keyPrefix = `${name}:${i}`;
    let made = shared.get(keyPrefix);
    if (!made) {
      made = makeStoreLimiter(store, keyPrefix, window, isJanitor && i === 0);
      shared.set(keyPrefix, made);
    }
    return made;
  });
  // The library answers every take with the points left and the time to the window's end: no extra query.
  const consume = async (...parts: string[]): Promise<TRateLimitQuota> => {
    const key = hashKey(parts);
    const results = await Promise.allSettled(stores.map((s) => s.consume(key)));
    let retryAfterMs = 0;
    let quota: TRateLimitQuota | undefined;
    for (const [i, result] of results.entries()) {
      if (result.status === "rejected" && !(result.reason instanceof RateLimiterRes)) throw result.reason;
      const answer = result.status === "fulfilled" ? result.value : (result.reason as RateLimiterRes);
      if (result.status === "rejected") retryAfterMs = Math.max(retryAfterMs, answer.msBeforeNext);
      const window = { limit: windows[i]!.points, remaining: result.status === "rejected" ? 0 : Math.max(0, answer.remainingPoints), resetS: Math.max(1, Math.ceil(answer.msBeforeNext / 1000)) };
      if (!quota || window.remaining < quota.remaining || (window.remaining === quota.remaining && window.resetS > quota.resetS)) quota = window;
    }
    if (results.some((r) => r.status === "rejected")) {
      const retryAfterS = Math.max(1, Math.ceil(retryAfterMs / 1000));
      throw new RateLimitError(retryAfterS, message, { ...quota!, resetS: retryAfterS });
    }
    return quota!;
  };
  return {
    consume,
    async reward(...parts) {
      const key = hashKey(parts);
      await Promise.all(stores.map((s) => s.reward(key)));
    },
    async reset(...parts) {
      const key = hashKey(parts);
      await Promise.all(stores.map((s) => s.delete(key)));
    },
  };
}

/**
 * Consumes every (limiter, key) pair, even when one refuses (each counts the attempt); throws one
 * RateLimitError with the longest wait when any refused.
 */
export async function consumeAll(pairs: ReadonlyArray<readonly [TLimiter, string[]]>): Promise<void> {
  const results = await Promise.allSettled(pairs.map(([limit, parts]) => limit.consume(...parts)));
  let refused: RateLimitError | undefined;
  for (const result of results) {
    if (result.status === "fulfilled") continue;
    if (!(result.reason instanceof RateLimitError)) throw result.reason;
    if (!refused || result.reason.retryAfterS > refused.retryAfterS) refused = result.reason;
  }
  if (refused) throw refused;
}

export function createRateLimits(store: TRateLimitStore, config: TRateLimitConfig, shared: TStoreLimiters = new Map()): TRateLimits {
  const limiter = (name: string, windows: TWindow[], message: string, isJanitor = false) => makeLimiter(store, shared, name, windows, message, isJanitor);
  const signIn = (n: number): TWindow[] => [
    { points: n, durationS: 15 * MINUTE, blockS: 15 * MINUTE },
    { points: 5 * n, durationS: DAY },
  ];
  const signInMessage = "Too many sign-in attempts";
  return {
    apiKey: limiter("api-key", [{ points: config.apiKeyPerMinute, durationS: MINUTE }], "Too many requests for this API key", true),
    formSubmission: limiter("form-submission", [{ points: config.formSubmissionsPer10Min, durationS: 10 * MINUTE }], "Too many submissions; try again later"),
    formRead: limiter("form-read", [{ points: config.formReadsPerMinute, durationS: MINUTE }], "Too many requests; try again later"),
    formEvents: limiter("form-events", [{ points: config.formReadsPerMinute, durationS: MINUTE }], "Too many requests; try again later"),
    bookingRead: limiter("booking-read", [{ points: config.formReadsPerMinute, durationS: MINUTE }], "Too many requests; try again later"),
    bookingWrite: limiter("booking-write", [{ points: config.formSubmissionsPer10Min, durationS: 10 * MINUTE }], "Too many booking requests; try again later"),
    signInAccount: limiter("sign-in-account", signIn(config.signInPer15Min), signInMessage),
    signInAddress: limiter("sign-in-address", signIn(config.signInPer15Min), signInMessage),
    emailRecipient: limiter("email-recipient", [{ points: config.emailsPerRecipientPerHour, durationS: HOUR }], "Too many emails to this address"),
    emailAddress: limiter("email-address", [{ points: config.emailsPerAddressPerHour, durationS: HOUR }], "Too many emails requested"),
  };
}

/** Limits that never refuse: benchmarks and tests of other behaviour. */
export function unlimitedRateLimits(): TRateLimits {
  const max = 1_000_000_000;
  return createRateLimits({ kind: "memory" }, {
    apiKeyPerMinute: max,
    formSubmissionsPer10Min: max,
    formReadsPerMinute: max,
    signInPer15Min: max,
    emailsPerRecipientPerHour: max,
    emailsPerAddressPerHour: max,
  });
}

// Next.js loads a module once per bundle layer (pages and server actions, route handlers…), so
// this file and RateLimitError can exist more than once in one process. The library's limiters
// (their counters, for the memory store) are shared through globalThis; each copy of this module
// wraps them itself, so errors are always its own RateLimitError.
const globalForLimits = globalThis as unknown as {
  __switchboardRateLimitStore?: { store: TRateLimitStore; config: TRateLimitConfig; shared: TStoreLimiters };
};
let local: TRateLimits | undefined;

/** This process's limits: shared through PostgreSQL on a server database, in memory on PGlite. */
export function appRateLimits(): TRateLimits {
  if (local) return local;
  if (!globalForLimits.__switchboardRateLimitStore) {
    const config = env();
    let store: TRateLimitStore = { kind: "memory" };
    if (config.DATABASE_URL) {
      const pool = new pg.Pool({ connectionString: config.DATABASE_URL, max: 3 });
      // An idle connection dropped by the server must not crash the process; the next query reconnects.
      pool.on("error", (error) => console.error(`[rate-limit] idle connection error: ${error.name}`));
      store = { kind: "postgres", pool };
    }
    globalForLimits.__switchboardRateLimitStore = { store, config: rateLimitConfigFromEnv(config), shared: new Map() };
  }
  const { store, config, shared } = globalForLimits.__switchboardRateLimitStore;
  local = createRateLimits(store, config, shared);
  return local;
}

/** Closes this process's limit store (its PostgreSQL pool) and forgets it: the next appRateLimits() opens a new one. For a tool that drops the database it pointed at (the bench). */
export async function closeAppRateLimits(): Promise<void> {
  const current = globalForLimits.__switchboardRateLimitStore;
  globalForLimits.__switchboardRateLimitStore = undefined;
  local = undefined;
  if (current?.store.kind === "postgres") await current.store.pool.end();
}
