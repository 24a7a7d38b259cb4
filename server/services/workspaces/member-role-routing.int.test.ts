// Changing a member's role is checked against routing like removing them: refused (CONFLICT, every
// place named) when the new role cannot hold a place they hold — the fallback owner and the
// high-value reviewer need a manager role, an active rep that routing sends leads to needs a role
// that works leads. The seeded demo workspace (Morgan Manager owns the fallback queue and reviews;
// Sarah Chen is in the Enterprise team) and the real procedures.
import { describe, expect, it } from "vitest";
import { createCallerFactory, router } from "../../api/trpc";
import { membersRouterWith } from "../../api/routers/workspace";
import { contextFor } from "../../testing/factories";
import { useRoutingKit } from "../../testing/routing-kit";
import { getPublishedRouting, saveRoutingDraft } from "../routing/routing-settings";

const lane = process.env.TEST_DATABASE_URL ? "postgres" : "pglite";
const env = useRoutingKit();

const createCaller = createCallerFactory(router({ members: membersRouterWith({ queue: async () => env.kit.queue }) }));
async function ownerCaller() {
  const user = await env.testDb.db.user.findUniqueOrThrow({ where: { email: "owner@demo.switchboard.dev" } });
  return createCaller(contextFor(env.testDb.db, user));
}
const membershipOf = (email: string) => env.testDb.db.membership.findFirstOrThrow({ where: { workspaceId: env.kit.workspaceId, user: { email } } });
const failureOf = (p: Promise<unknown>) => p.then(() => null, (e: unknown) => e as { code: string; message: string; cause: { details: { path: string }[] } });

describe(`changing a role is checked against routing (${lane})`, () => {
  it("the fallback owner and reviewer cannot become a Sales rep or a Marketer; Admin is fine", async () => {
    const owner = await ownerCaller();
    const morgan = await membershipOf("manager@demo.switchboard.dev");

    const toRep = await failureOf(owner.members.changeRole({ membershipId: morgan.id, role: "REP" }));
    expect(toRep).toMatchObject({ code: "CONFLICT" });
    expect(toRep!.message).toBe(
      "Morgan Manager is still part of routing: owner of the fallback queue “Morgan's backup queue” (published routing); reviewer of high-value leads (published routing). A Sales rep cannot own the fallback queue or review high-value leads: choose someone else there (Routing, Teams) before making them a Sales rep.",
    );
    expect(toRep!.cause.details.map((d) => d.path)).toEqual(["published.fallback.ownerUserId", "published.policies.review.reviewerUserId"]);
    expect(await failureOf(owner.members.changeRole({ membershipId: morgan.id, role: "MARKETER" }))).toMatchObject({ code: "CONFLICT" });
    expect((await membershipOf("manager@demo.switchboard.dev")).role).toBe("MANAGER");

    await owner.members.changeRole({ membershipId: morgan.id, role: "ADMIN" });
    expect((await membershipOf("manager@demo.switchboard.dev")).role).toBe("ADMIN");
  });

  it("a place only in the draft counts too", async () => {
    const db = env.testDb.db;
    const owner = await ownerCaller();
    const alex = await membershipOf("admin@demo.switchboard.dev");
    const published = (await getPublishedRouting(db, env.kit.workspaceId))!.config;
    await saveRoutingDraft(db, env.kit.workspaceId, { ...published, policies: { ...published.policies, review: { ...published.policies.review!, reviewerUserId: alex.userId } } });

    const error = await failureOf(owner.members.changeRole({ membershipId: alex.id, role: "MARKETER" }));
    expect(error).toMatchObject({ code: "CONFLICT" });
    expect(error!.message).toMatch(/^Alex Admin is still part of routing: reviewer of high-value leads \(routing draft\)\. A Marketer cannot/);
    expect((await membershipOf("admin@demo.switchboard.dev")).role).toBe("ADMIN");
  });

  it("a rep in a team cannot become a Marketer while their rep profile is active; any role that works leads is fine", async () => {
    const db = env.testDb.db;
    const owner = await ownerCaller();
    const sarah = await membershipOf("sarah@demo.switchboard.dev");

    const error = await failureOf(owner.members.changeRole({ membershipId: sarah.id, role: "MARKETER" }));
    expect(error).toMatchObject({ code: "CONFLICT" });
    expect(error!.message).toBe(
      "Sarah Chen is still part of routing: member of the team “Enterprise”. A Marketer cannot work leads: choose someone else there (Routing, Teams) or deactivate their rep profile (Reps) before making them a Marketer.",
    );
    expect((await membershipOf("sarah@demo.switchboard.dev")).role).toBe("REP");

    // A sales manager works leads (inbox, accept, outcomes): allowed, and back.
    await owner.members.changeRole({ membershipId: sarah.id, role: "MANAGER" });
    await owner.members.changeRole({ membershipId: sarah.id, role: "REP" });

    // Deactivated, she gets no leads: a Marketer then.
    await db.repProfile.updateMany({ where: { userId: sarah.userId }, data: { isActive: false } });
    await owner.members.changeRole({ membershipId: sarah.id, role: "MARKETER" });
    expect((await membershipOf("sarah@demo.switchboard.dev")).role).toBe("MARKETER");
  });

  it("a member outside routing changes role freely", async () => {
    const owner = await ownerCaller();
    const mia = await membershipOf("marketer@demo.switchboard.dev");
    await owner.members.changeRole({ membershipId: mia.id, role: "REP" });
    await owner.members.changeRole({ membershipId: mia.id, role: "MARKETER" });
    expect((await membershipOf("marketer@demo.switchboard.dev")).role).toBe("MARKETER");
  });
});
