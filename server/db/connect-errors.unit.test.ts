import { describe, expect, it } from "vitest";
import { describeConnectError } from "./connect-errors";

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
