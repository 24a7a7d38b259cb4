// The Credentials check against a real database: every attempt costs one bcrypt compare, so an
// unknown email cannot be told apart by how long the answer takes (we test that the compare runs).
import bcrypt from "bcryptjs";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { useTestDb } from "../testing/use-test-db";
import { authorizePassword } from "./authorize-password";
import { hashPassword } from "./passwords";

const testDb = useTestDb();
const lane = process.env.TEST_DATABASE_URL ? "postgres" : "pglite";

beforeEach(async () => {
  await testDb.db.user.create({ data: { email: "ada@example.com", name: "Ada", passwordHash: await hashPassword("correct horse battery") } });
  await testDb.db.user.create({ data: { email: "link-only@example.com", name: "Lin" } });
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe(`authorizePassword (${lane})`, () => {
  it("attack: password sign-in skips bcrypt for unknown users", async () => {
    const compare = vi.spyOn(bcrypt, "compare");
    expect(await authorizePassword(testDb.db, { email: "nobody@example.com", password: "guess-1234" })).toBeNull();
    expect(compare).toHaveBeenCalledTimes(1);
    // An account without a password (magic links only) costs the same compare too.
    expect(await authorizePassword(testDb.db, { email: "link-only@example.com", password: "guess-1234" })).toBeNull();
    expect(compare).toHaveBeenCalledTimes(2);
    // The dummy hash is a real bcrypt hash of the same cost as stored ones.
    const dummy = compare.mock.calls[0]![1];
    expect(dummy).toMatch(/^\$2[aby]\$10\$/);
  });

  it("a wrong password and an unknown email get the same answer; the right password gets the user", async () => {
    const compare = vi.spyOn(bcrypt, "compare");
    expect(await authorizePassword(testDb.db, { email: "ada@example.com", password: "wrong password" })).toBeNull();
    expect(await authorizePassword(testDb.db, { email: "nobody@example.com", password: "wrong password" })).toBeNull();
    expect(await authorizePassword(testDb.db, { email: "ADA@example.com", password: "correct horse battery" })).toMatchObject({ email: "ada@example.com", name: "Ada" });
    expect(compare).toHaveBeenCalledTimes(3);
  });
});
