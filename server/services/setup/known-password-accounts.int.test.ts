// A production start on a database the demo seed filled: the accounts that still have the public
// demo password are found (prepare-app refuses to start on them); a changed password is not.
import { describe, expect, it } from "vitest";
import { DEMO_PASSWORD, DEMO_PEOPLE } from "../../../prisma/seed/demo-people";
import { seedDemo } from "../../../prisma/seed/seed-demo";
import { hashPassword } from "../../auth/passwords";
import { useTestDb } from "../../testing/use-test-db";
import { accountsWithKnownPassword } from "./known-password-accounts";

const testDb = useTestDb();
const demoEmails = DEMO_PEOPLE.map((person) => person.email);

describe("accounts with the demo's public password", () => {
  it("an empty database has none", async () => {
    expect(await accountsWithKnownPassword(testDb.db, demoEmails, DEMO_PASSWORD)).toEqual([]);
  });

  it("attack: the seeded demo — every demo account signs in with the README's password; one changed is no longer listed", async () => {
    await seedDemo(testDb.db, new Date("2026-12-01T10:00:00Z"));
    const found = await accountsWithKnownPassword(testDb.db, demoEmails, DEMO_PASSWORD);
    expect(found).toEqual([...demoEmails].sort());
    expect(found).toContain("owner@demo.switchboard.dev");

    await testDb.db.user.update({ where: { email: "owner@demo.switchboard.dev" }, data: { passwordHash: await hashPassword("a-new-secret-password") } });
    const after = await accountsWithKnownPassword(testDb.db, demoEmails, DEMO_PASSWORD);
    expect(after).not.toContain("owner@demo.switchboard.dev");
    expect(after).toHaveLength(demoEmails.length - 1);
  });
});
