// Workspace isolation and role checks through the real tRPC procedures, and the invite flow,
// against a real database (PGlite by default, PostgreSQL with TEST_DATABASE_URL).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appRouter } from "../../api/root";
import { createCallerFactory } from "../../api/trpc";
import { createJobQueue, type TJobQueue } from "../../jobs/job-queue";
import { createJobRegistry, type TJobRegistry } from "../../workers/registry";
import { contextFor, makeMember, makeWorkspace } from "../../testing/factories";
import { useTestDb } from "../../testing/use-test-db";
import { acceptInviteAsUser, acceptInviteWithNewAccount } from "./accept-invite";
import { env } from "../../env";
import { createInvite } from "./invites";

const createCaller = createCallerFactory(appRouter);
const testDb = useTestDb();
let queue: TJobQueue<TJobRegistry>;

beforeAll(async () => {
  queue = createJobQueue(testDb, { definitions: createJobRegistry() });
  await queue.start();
});
afterAll(async () => {
  await queue?.stop();
});
async function twoWorkspaces() {
  const db = testDb.db;
  const a = await makeWorkspace(db, "Alpha");
  const b = await makeWorkspace(db, "Beta");
  const adminA = await makeMember(db, a.id, "ADMIN", "admin-a");
  const repA = await makeMember(db, a.id, "REP", "rep-a");
  const adminB = await makeMember(db, b.id, "ADMIN", "admin-b");
  const repB = await makeMember(db, b.id, "REP", "rep-b");
  const teamB = await db.team.create({ data: { workspaceId: b.id, name: "Beta pool" } });
  const inviteB = await db.invite.create({
    data: { workspaceId: b.id, email: "x@example.com", role: "REP", tokenHash: "h-b", invitedById: adminB.user.id, expiresAt: new Date(Date.now() + 86_400_000) },
  });
  return { a, b, adminA, repA, adminB, repB, teamB, inviteB };
}

describe("workspace isolation (tRPC procedures)", () => {
  it("lists only the caller's workspace members", async () => {
    const { adminA, repA, adminB } = await twoWorkspaces();
    const members = await createCaller(contextFor(testDb.db, adminA.user)).members.list();
    expect(members.map((m) => m.email).sort()).toEqual([adminA.user.email, repA.user.email].sort());
    expect(members.some((m) => m.email === adminB.user.email)).toBe(false);
  });

  it("cannot remove, re-role or revoke anything of another workspace", async () => {
    const { adminA, repB, inviteB } = await twoWorkspaces();
    const caller = createCaller(contextFor(testDb.db, adminA.user));
    await expect(caller.members.remove({ membershipId: repB.membership.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(caller.members.changeRole({ membershipId: repB.membership.id, role: "ADMIN" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(caller.invites.revoke({ inviteId: inviteB.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await testDb.db.membership.findUnique({ where: { id: repB.membership.id } })).toMatchObject({ role: "REP" });
    expect(await testDb.db.invite.findUnique({ where: { id: inviteB.id } })).toMatchObject({ revokedAt: null });
  });

  it("cannot switch into, invite to or read teams of a workspace it does not belong to", async () => {
    const { adminA, b, teamB } = await twoWorkspaces();
    const caller = createCaller(contextFor(testDb.db, adminA.user));
    await expect(caller.workspace.switch({ workspaceId: b.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(caller.invites.create({ email: "new@example.com", role: "REP", teamId: teamB.id })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect(await testDb.db.invite.count({ where: { email: "new@example.com" } })).toBe(0);
  });

  it("refuses unauthenticated callers", async () => {
    const caller = createCaller({ db: testDb.db, user: null, clientIp: "203.0.113.1" });
    await expect(caller.members.list()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });
});

describe("roles are checked on the server", () => {
  it.each([
    ["invites.create", (c: ReturnType<typeof createCaller>) => c.invites.create({ email: "someone@example.com", role: "REP" })],
    ["invites.list", (c: ReturnType<typeof createCaller>) => c.invites.list()],
    ["members.remove", (c: ReturnType<typeof createCaller>) => c.members.remove({ membershipId: "whatever" })],
    ["members.changeRole", (c: ReturnType<typeof createCaller>) => c.members.changeRole({ membershipId: "whatever", role: "OWNER" })],
    ["jobs.list", (c: ReturnType<typeof createCaller>) => c.jobs.list({})],
  ])("a REP calling %s gets FORBIDDEN", async (_name, call) => {
    const { repA } = await twoWorkspaces();
    await expect(call(createCaller(contextFor(testDb.db, repA.user)))).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await testDb.db.invite.count({ where: { email: "someone@example.com" } })).toBe(0);
  });

  it("an admin cannot make owners nor remove the owner", async () => {
    const db = testDb.db;
    const ws = await makeWorkspace(db);
    const owner = await makeMember(db, ws.id, "OWNER");
    const admin = await makeMember(db, ws.id, "ADMIN");
    const caller = createCaller(contextFor(db, admin.user));
    await expect(caller.invites.create({ email: "boss@example.com", role: "OWNER" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(caller.members.remove({ membershipId: owner.membership.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await db.membership.count({ where: { workspaceId: ws.id } })).toBe(2);
  });
});

describe("invites", () => {
  async function invite(role: "REP" | "MARKETER", teamName?: string) {
    const db = testDb.db;
    const ws = await makeWorkspace(db, "Inviting");
    const admin = await makeMember(db, ws.id, "ADMIN", "Ada <b>Admin</b>");
    const team = teamName ? await db.team.create({ data: { workspaceId: ws.id, name: teamName } }) : null;
    await createInvite(
      db,
      { userId: admin.user.id, name: admin.user.name, workspace: { id: ws.id, slug: ws.slug, name: ws.name, role: "ADMIN" } },
      { email: "new.rep@example.com", role, teamId: team?.id ?? null },
      { ip: "203.0.113.1", mail: { queue } },
    );
    const email = await db.emailMessage.findFirstOrThrow({ where: { template: "invite" } });
    const token = /\/invite\/([A-Za-z0-9_-]+)/.exec(email.text)?.[1];
    return { ws, admin, team, email, token: token! };
  }

  it("sends the invite email with a working link; accepting creates the account, membership, rep profile and team place", async () => {
    const { ws, team, email, token } = await invite("REP", "Inside Sales");
    expect(email.to).toEqual(["new.rep@example.com"]);
    expect(email.text).toContain(`${env().APP_URL}/invite/`);
    expect(email.html).not.toContain("<b>Admin</b>");
    expect(token).toBeTruthy();
    await acceptInviteWithNewAccount(testDb.db, token, { name: "Nina Rep", password: "a-long-password", timeZone: "Europe/Berlin" });
    const user = await testDb.db.user.findUniqueOrThrow({ where: { email: "new.rep@example.com" }, include: { memberships: true, repProfiles: { include: { teams: true } } } });
    expect(user.memberships).toEqual([expect.objectContaining({ workspaceId: ws.id, role: "REP" })]);
    expect(user.repProfiles[0]).toMatchObject({ timeZone: "Europe/Berlin", isActive: true });
    expect(user.repProfiles[0]?.teams.map((t) => t.teamId)).toEqual([team!.id]);
  });

  it("a used, revoked or expired invite cannot be accepted", async () => {
    const { token } = await invite("MARKETER");
    await acceptInviteWithNewAccount(testDb.db, token, { name: "M", password: "a-long-password", timeZone: "UTC" });
    await expect(acceptInviteWithNewAccount(testDb.db, token, { name: "M", password: "a-long-password", timeZone: "UTC" })).rejects.toMatchObject({ code: "CONFLICT" });
    const user = await testDb.db.user.findUniqueOrThrow({ where: { email: "new.rep@example.com" } });
    await expect(acceptInviteAsUser(testDb.db, token, user, { now: new Date(Date.now() + 30 * 86_400_000) })).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await testDb.db.membership.count({ where: { userId: user.id } })).toBe(1);
  });

  it("an invite for another address cannot be accepted by a signed-in user", async () => {
    const { ws, token } = await invite("REP");
    const other = await makeMember(testDb.db, (await makeWorkspace(testDb.db)).id, "REP");
    await expect(acceptInviteAsUser(testDb.db, token, other.user)).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await testDb.db.membership.count({ where: { workspaceId: ws.id, userId: other.user.id } })).toBe(0);
  });
});
