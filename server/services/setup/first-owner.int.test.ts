// First run without the demo seed: the setup token and /setup's service, on a real database.
import { describe, expect, it } from "vitest";
import { verifyPassword } from "../../auth/passwords";
import { AppError } from "../../errors";
import { useTestDb } from "../../testing/use-test-db";
import { createFirstOwner, createOwner, hashSetupToken, issueSetupToken, SETUP_TOKEN_TTL_MS } from "./first-owner";

const testDb = useTestDb();
const owner = { email: "Founder@Acme.example", name: "Fay Founder", password: "a-long-password", workspaceName: "Acme Inc" };

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe("first owner", () => {
  it("an empty database gets a setup token (only its hash is stored); the token creates the owner and is consumed", async () => {
    const now = new Date("2026-12-01T10:00:00Z");
    const token = await issueSetupToken(testDb.db, now);
    expect(token).toMatch(/^[A-Za-z0-9_-]{32}$/);
    const stored = await testDb.db.setupToken.findMany();
    expect(stored).toHaveLength(1);
    expect(stored[0]!.tokenHash).toBe(hashSetupToken(token!));
    expect(JSON.stringify(stored)).not.toContain(token!);

    const created = await createFirstOwner(testDb.db, { ...owner, token: token! }, now);
    expect(created).toMatchObject({ email: "founder@acme.example", workspaceSlug: "acme-inc" });
    const user = await testDb.db.user.findUniqueOrThrow({ where: { email: "founder@acme.example" }, include: { memberships: true } });
    expect(user.memberships).toEqual([expect.objectContaining({ role: "OWNER", workspaceId: created.workspaceId })]);
    expect(user.activeWorkspaceId).toBe(created.workspaceId);
    expect(await verifyPassword(owner.password, user.passwordHash!)).toBe(true);
    expect(await testDb.db.setupToken.count()).toBe(0);
    expect(await issueSetupToken(testDb.db, now)).toBeNull();
  });

  it("attack: /setup without the token — no token, a wrong one or an expired one creates nothing", async () => {
    const now = new Date("2026-12-01T10:00:00Z");
    const token = (await issueSetupToken(testDb.db, now))!;
    for (const attempt of ["", "guessed-token", token.slice(0, -1)]) {
      const error = await refusal(createFirstOwner(testDb.db, { ...owner, token: attempt }, now));
      expect(error.code).toBe("FORBIDDEN");
      expect(error.details[0]).toMatchObject({ path: "token" });
    }
    const later = new Date(now.getTime() + SETUP_TOKEN_TTL_MS + 1);
    expect((await refusal(createFirstOwner(testDb.db, { ...owner, token }, later))).code).toBe("FORBIDDEN");
    expect(await testDb.db.user.count()).toBe(0);
    expect(await testDb.db.workspace.count()).toBe(0);
  });

  it("attack: /setup after an owner exists — a still-unused token no longer works", async () => {
    const first = (await issueSetupToken(testDb.db))!;
    const second = (await issueSetupToken(testDb.db))!; // e.g. a second app process started too
    await createFirstOwner(testDb.db, { ...owner, token: first });
    const error = await refusal(createFirstOwner(testDb.db, { ...owner, email: "intruder@evil.example", token: second }));
    expect(error.code).toBe("NOT_FOUND");
    expect(await testDb.db.user.findUnique({ where: { email: "intruder@evil.example" } })).toBeNull();
    expect(await testDb.db.user.count()).toBe(1);
  });

  it("two people racing with the token get exactly one owner", async () => {
    const token = (await issueSetupToken(testDb.db))!;
    const results = await Promise.allSettled([
      createFirstOwner(testDb.db, { ...owner, token }),
      createFirstOwner(testDb.db, { ...owner, email: "other@acme.example", token }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await testDb.db.user.count()).toBe(1);
  });

  it("bad input is refused with the field paths; nothing is written", async () => {
    const token = (await issueSetupToken(testDb.db))!;
    const error = await refusal(createFirstOwner(testDb.db, { email: "not-an-email", name: "", password: "short", workspaceName: "", token }));
    expect(error.code).toBe("VALIDATION");
    expect(error.details.map((d) => d.path).sort()).toEqual(["email", "name", "password", "workspaceName"]);
    expect(await testDb.db.user.count()).toBe(0);
  });

  it("create-owner adds a workspace with its owner at any time, but never takes over an existing account", async () => {
    await createOwner(testDb.db, owner);
    const second = await createOwner(testDb.db, { ...owner, email: "cto@acme.example" });
    expect(second.workspaceSlug).toBe("acme-inc-2");
    const error = await refusal(createOwner(testDb.db, { ...owner, password: "another-password", workspaceName: "Takeover" }));
    expect(error.code).toBe("CONFLICT");
    const user = await testDb.db.user.findUniqueOrThrow({ where: { email: "founder@acme.example" } });
    expect(await verifyPassword(owner.password, user.passwordHash!)).toBe(true);
  });
});
