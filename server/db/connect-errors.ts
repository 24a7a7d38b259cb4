// A PostgreSQL server that cannot be used (not running, wrong host, missing database, refused
// login) stops a start or a migration with one line that says what to fix: never the driver's
// error with its stack, never the password of DATABASE_URL.

/** Printed by runScript (server/cli/lib/run-script.ts) without a stack. */
export class DatabaseUnavailableError extends Error {}

const CONNECT_FAILURES: Record<string, string> = {
  ECONNREFUSED: "connection refused (is PostgreSQL running there?)",
  ENOTFOUND: "host not found",
  EAI_AGAIN: "host not found (name lookup failed)",
  ETIMEDOUT: "no answer (timed out)",
  EHOSTUNREACH: "host unreachable",
  ENETUNREACH: "network unreachable",
  ECONNRESET: "the connection was closed by the server",
};

/** host:port and database name of a connection string; never its user's password. */
export function describeConnectionTarget(connectionString: string): { where: string; database: string; user: string } {
  try {
    const url = new URL(connectionString);
    const host = url.hostname || "localhost";
    return {
      where: `${host}:${url.port || "5432"}`,
      database: decodeURIComponent(url.pathname.replace(/^\//, "")) || decodeURIComponent(url.username) || "postgres",
      user: decodeURIComponent(url.username) || "(default user)",
    };
  } catch {
    return { where: "(unreadable address)", database: "(unknown)", user: "(unknown)" };
  }
}

/** Why a first connection failed, in words (error: what `pg` threw). */
export function describeConnectError(error: unknown, connectionString: string): string {
  const { where, database, user } = describeConnectionTarget(connectionString);
  const code = (error as { code?: unknown })?.code;
  const message = error instanceof Error ? error.message : String(error);
  if (typeof code === "string" && CONNECT_FAILURES[code]) return `cannot reach the database in DATABASE_URL (${where}): ${CONNECT_FAILURES[code]}`;
  if (/timeout/i.test(message)) return `cannot reach the database in DATABASE_URL (${where}): ${CONNECT_FAILURES.ETIMEDOUT}`;
  if (code === "3D000") return `database "${database}" does not exist on ${where} — create it first (createdb ${database})`;
  if (code === "28P01" || code === "28000") return `the database server at ${where} refused user "${user}" — check the user and password in DATABASE_URL`;
  if (code === "42501") return `user "${user}" may not connect to database "${database}" on ${where} — grant CONNECT or use another user`;
  const safe = message.split(connectionString).join("DATABASE_URL");
  return `cannot use the database in DATABASE_URL (${where}): ${safe}`;
}

type TQueryable = { query: (sql: string) => Promise<unknown> };

/**
 * One `SELECT 1` on the pool before anything else talks to the server, so a failure is explained
 * from the driver's own error code (Prisma's schema engine reports only an English sentence).
 */
export async function probePostgres(pool: TQueryable, connectionString: string): Promise<void> {
  try {
    await pool.query("SELECT 1");
  } catch (error) {
    throw new DatabaseUnavailableError(`Switchboard cannot start: ${describeConnectError(error, connectionString)}`);
  }
}

/**
 * SQLSTATEs of a server that cannot serve this connection now, though it may in a moment: too many
 * connections (53300), starting up or shutting down (57P01–57P03), any connection failure (class 08).
 */
const UNAVAILABLE_STATES: Record<string, string> = {
  "53300": "too many connections",
  "57P01": "the server is shutting down",
  "57P02": "the server crashed and is restarting",
  "57P03": "the server cannot accept connections now (starting up or shutting down)",
};

/** The same, as Prisma reports it (its codes, or its driver adapter's error kinds). */
const PRISMA_UNAVAILABLE: Record<string, string> = {
  P1001: "cannot reach the database server",
  P1002: "the database server did not answer in time",
  P1017: "the server closed the connection",
  P2024: "no free connection in the pool in time",
  P2037: "too many connections",
  TooManyConnections: "too many connections",
  DatabaseNotReachable: "cannot reach the database server",
  ConnectionClosed: "the server closed the connection",
  SocketTimeout: "the database server did not answer in time",
};

/** What `pg` and pg-pool throw, without a code, when a connection cannot be had or is lost. */
const DRIVER_MESSAGES: [RegExp, string][] = [
  [/^timeout exceeded when trying to connect$/, "no free connection in the pool in time"],
  [/^Connection terminated due to connection timeout$/, "the database server did not answer in time"],
  [/^Connection terminated unexpectedly$/, "the server closed the connection"],
];

function unavailableReasonOf(error: object): string | null {
  const { code, message, meta } = error as { code?: unknown; message?: unknown; meta?: { driverAdapterError?: { cause?: { originalCode?: unknown; code?: unknown; kind?: unknown } } } };
  const cause = meta?.driverAdapterError?.cause;
  const state = [code, cause?.originalCode, cause?.code].find((c): c is string => typeof c === "string" && /^[0-9A-Z]{5}$/.test(c) && !c.startsWith("P"));
  if (state && UNAVAILABLE_STATES[state]) return `${state} ${UNAVAILABLE_STATES[state]}`;
  if (state?.startsWith("08")) return `${state} connection failure`;
  if (typeof code === "string" && CONNECT_FAILURES[code]) return `${code} ${CONNECT_FAILURES[code]}`;
  if (typeof code === "string" && PRISMA_UNAVAILABLE[code]) return `${code} ${PRISMA_UNAVAILABLE[code]}`;
  if (typeof cause?.kind === "string" && PRISMA_UNAVAILABLE[cause.kind]) return `${cause.kind} ${PRISMA_UNAVAILABLE[cause.kind]}`;
  // Prisma's interactive transaction could not get its connection within maxWait (P2028 also names other failures).
  if (code === "P2028" && typeof message === "string" && /Unable to start a transaction in the given time/.test(message)) return "P2028 no connection for a transaction in time";
  const known = typeof message === "string" ? DRIVER_MESSAGES.find(([pattern]) => pattern.test(message)) : undefined;
  return known ? known[1] : null;
}

/**
 * Why the database could not serve a request just now — no connection to be had (pool timeout,
 * refused, too many connections, the server starting or stopping) or one lost — in a few words for
 * a log line (a code and no value from the request), or null for any other error. A request that
 * failed so may be retried: its transaction committed or rolled back, never half. Looks through
 * `cause` (a CommitUnconfirmedError wraps the connection error).
 */
export function databaseUnavailableReason(error: unknown): string | null {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && typeof current === "object" && current !== null; depth += 1) {
    const reason = unavailableReasonOf(current);
    if (reason) return reason;
    current = (current as { cause?: unknown }).cause;
  }
  return null;
}
