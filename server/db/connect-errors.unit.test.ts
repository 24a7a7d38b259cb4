import { describe, expect, it } from "vitest";
import { databaseUnavailableReason, describeConnectError } from "./connect-errors";

const url = "postgresql://app:s3cret-pass@db.internal:6543/switchboard";
const withCode = (code: string, message = "boom") => Object.assign(new Error(message), { code });

describe("describeConnectError: what a self-hoster reads when DATABASE_URL cannot be used", () => {
  it.each([
    [withCode("ECONNREFUSED", "connect ECONNREFUSED 10.0.0.1:6543"), "cannot reach the database in DATABASE_URL (db.internal:6543): connection refused (is PostgreSQL running there?)"],
    [withCode("ENOTFOUND", "getaddrinfo ENOTFOUND db.internal"), "cannot reach the database in DATABASE_URL (db.internal:6543): host not found"],
    [withCode("ETIMEDOUT"), "cannot reach the database in DATABASE_URL (db.internal:6543): no answer (timed out)"],
    [new Error("Connection terminated due to connection timeout"), "cannot reach the database in DATABASE_URL (db.internal:6543): no answer (timed out)"],
    [withCode("3D000", 'database "switchboard" does not exist'), 'database "switchboard" does not exist on db.internal:6543 — create it first (createdb switchboard)'],
    [withCode("28P01", 'password authentication failed for user "app"'), 'the database server at db.internal:6543 refused user "app" — check the user and password in DATABASE_URL'],
    [new Error(`odd failure for ${url}`), "cannot use the database in DATABASE_URL (db.internal:6543): odd failure for DATABASE_URL"],
  ])("%s", (error, expected) => {
    const text = describeConnectError(error, url);
    expect(text).toBe(expected);
    expect(text).not.toContain("s3cret-pass");
  });

  it("the default port is named when the URL has none", () => {
    expect(describeConnectError(withCode("ECONNREFUSED"), "postgresql://postgres@127.0.0.1/x")).toContain("(127.0.0.1:5432)");
  });
});

describe("databaseUnavailableReason: a database that cannot serve a request just now (503, retry) or anything else (null)", () => {
  // What Prisma 7 with @prisma/adapter-pg throws, as seen against PostgreSQL 15 (P2037 on a model query, P2010 on a raw one).
  const prisma = (code: string, cause: Record<string, unknown>) => Object.assign(new Error("Invalid `prisma.x()` invocation"), { code, meta: { driverAdapterError: { name: "DriverAdapterError", cause } } });
  it.each<[string, unknown, string | null]>([
    ["pg-pool's wait for a connection", new Error("timeout exceeded when trying to connect"), "no free connection in the pool in time"],
    ["a new connection timed out", new Error("Connection terminated due to connection timeout"), "the database server did not answer in time"],
    ["the connection was lost", new Error("Connection terminated unexpectedly"), "the server closed the connection"],
    ["refused", withCode("ECONNREFUSED", "connect ECONNREFUSED 127.0.0.1:5432"), "ECONNREFUSED connection refused (is PostgreSQL running there?)"],
    ["53300 from pg", withCode("53300", 'too many connections for role "app"'), "53300 too many connections"],
    ["57P03 from pg", withCode("57P03", "the database system is starting up"), "57P03 the server cannot accept connections now (starting up or shutting down)"],
    ["class 08 from pg", withCode("08006"), "08006 connection failure"],
    ["53300 through Prisma (P2037)", prisma("P2037", { originalCode: "53300", kind: "TooManyConnections" }), "53300 too many connections"],
    ["53300 through Prisma's raw query (P2010)", prisma("P2010", { originalCode: "53300", kind: "TooManyConnections" }), "53300 too many connections"],
    ["57P03 through Prisma (kind postgres)", prisma("P2010", { kind: "postgres", code: "57P03" }), "57P03 the server cannot accept connections now (starting up or shutting down)"],
    ["unreachable through Prisma (P1001)", prisma("P1001", { kind: "DatabaseNotReachable", host: "127.0.0.1", port: 1 }), "P1001 cannot reach the database server"],
    ["no transaction in time (P2028)", withCode("P2028", "Transaction API error: Unable to start a transaction in the given time."), "P2028 no connection for a transaction in time"],
    ["wrapped (a commit not confirmed)", new Error("The transaction committed, but its flush to disk was not confirmed", { cause: withCode("57P01") }), "57P01 the server is shutting down"],
    // Real bugs and the caller's own mistakes stay what they are.
    ["a unique violation", withCode("23505", "duplicate key"), null],
    ["a missing table", prisma("P2010", { kind: "postgres", code: "42P01" }), null],
    ["a Prisma unique violation", withCode("P2002"), null],
    ["a transaction that ran too long (P2028)", withCode("P2028", "Transaction API error: Transaction already closed: timeout"), null],
    ["a TypeError", new TypeError("cannot read properties of undefined"), null],
    ["a string", "timeout exceeded when trying to connect", null],
  ])("%s", (_name, error, expected) => expect(databaseUnavailableReason(error)).toBe(expected));
});
