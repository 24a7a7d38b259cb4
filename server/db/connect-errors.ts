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
