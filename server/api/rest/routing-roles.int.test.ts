// Routing may not name people whose role cannot hold the place (member-role-in-routing.ts), checked
// by the one analysis of the dashboard's publish, `PUT /api/v1/routing` and `POST
// /api/v1/routing/test`: the fallback owner and the reviewer are Sales managers, Admins or Owners;
// an active rep named by a path or the fallback queue (or, in a document, put in a team, created or
// reactivated) belongs to a member who works leads — not Mia Marketer. The seeded demo workspace,
// where Mia is given a rep profile (inactive) as a Marketer could have had one before.
import { beforeEach, describe, expect, it } from "vitest";
import type { TApiErrorBody } from "../../domain/forms/submission-contract";
import type { TRoutingConfig } from "../../domain/routing/routing-config";
import { getRoutingEditor } from "../../services/routing/routing-editor";
import { getPublishedRouting, publishRouting } from "../../services/routing/routing-settings";
import { apiRequest, readJson, startApiKit } from "../../testing/api-kit";
import { BANK_VP, useRoutingKit } from "../../testing/routing-kit";
import { handlePutRouting, handleTestRouting } from "./handle-routing";

const NOW = new Date("2026-12-01T15:00:00Z");
const lane = process.env.TEST_DATABASE_URL ? "postgres" : "pglite";
const env = useRoutingKit(startApiKit);

const put = async (body: unknown) => readJson<TApiErrorBody>(await handlePutRouting(env.testDb.db, apiRequest("PUT", "/routing", { key: env.kit.key, body }), NOW));
const dryRun = async (body: unknown) => readJson<TApiErrorBody>(await handleTestRouting(env.testDb.db, apiRequest("POST", "/routing/test", { key: env.kit.key, body }), NOW));
const userIdOf = async (email: string) => (await env.testDb.db.user.findUniqueOrThrow({ where: { email } })).id;
const MIA = "Mia Marketer is a Marketer and cannot work leads: make them a Sales rep first";

let published: TRoutingConfig;
let miaRepId: string;
beforeEach(async () => {
  published = (await getPublishedRouting(env.testDb.db, env.kit.workspaceId))!.config;
  const mia = await userIdOf("marketer@demo.switchboard.dev");
  miaRepId = (await env.testDb.db.repProfile.create({ data: { workspaceId: env.kit.workspaceId, userId: mia, timeZone: "UTC", workingHours: [], isActive: false }, select: { id: true } })).id;
});
const activateMia = () => env.testDb.db.repProfile.update({ where: { id: miaRepId }, data: { isActive: true } });
const withRepPath = (config: TRoutingConfig, repId: string): TRoutingConfig => ({
  ...config,
  paths: [{ id: "vip", name: "VIP", when: { kind: "group", op: "and", conditions: [] }, destination: { type: "rep", repId } }, ...config.paths],
});

describe(`the dashboard's publish (${lane})`, () => {
  it("refuses a Sales rep as fallback owner and a Marketer as reviewer, each at its path, and publishes nothing", async () => {
    const sarah = await userIdOf("sarah@demo.switchboard.dev");
    const mia = await userIdOf("marketer@demo.switchboard.dev");
    const config = { ...published, fallback: { ...published.fallback, ownerUserId: sarah }, policies: { ...published.policies, review: { ...published.policies.review!, reviewerUserId: mia } } };
    await expect(publishRouting(env.testDb.db, { workspaceId: env.kit.workspaceId, userId: null, config })).rejects.toMatchObject({
      code: "VALIDATION",
      details: [
        { path: "fallback.ownerUserId", message: "The fallback queue's owner must be a Sales manager, Admin or Owner (Sarah Chen is a Sales rep)" },
        { path: "policies.review.reviewerUserId", message: "The reviewer of high-value leads must be a Sales manager, Admin or Owner (Mia Marketer is a Marketer)" },
      ],
    });
    expect((await getPublishedRouting(env.testDb.db, env.kit.workspaceId))!.version).toBe(1);
  });

  it("a path to a Marketer's rep profile: published while it is inactive (never sent leads), refused once it is active; the editor does not offer it", async () => {
    const config = withRepPath(published, miaRepId);
    expect((await publishRouting(env.testDb.db, { workspaceId: env.kit.workspaceId, userId: null, config })).version).toBe(2);
    await activateMia();
    await expect(publishRouting(env.testDb.db, { workspaceId: env.kit.workspaceId, userId: null, config })).rejects.toMatchObject({
      code: "VALIDATION",
      details: [{ path: "paths.0.destination.repId", message: "Path “VIP” assigns leads to Mia Marketer, who is a Marketer and cannot work leads (make them a Sales rep, or choose another rep)" }],
    });
    const editor = await getRoutingEditor(env.testDb.db, env.kit.workspaceId);
    expect(editor.reps.filter((r) => !r.canWorkLeads).map((r) => r.name)).toEqual(["Mia Marketer"]);
    expect(editor.analysis.errors.map((e) => e.path)).toEqual(["paths.0.destination.repId"]);
    expect(editor.fallbackOwners.map((u) => u.name)).toEqual(["Alex Admin", "Morgan Manager", "Olivia Owner"]);
  });
});

describe(`PUT /api/v1/routing and POST /api/v1/routing/test (${lane})`, () => {
  it("a draft with a Sales rep as fallback owner: the same 422 on both", async () => {
    const config = { ...published, fallback: { ...published.fallback, ownerUserId: await userIdOf("tom@demo.switchboard.dev") } };
    const viaPut = await put({ config });
    const viaTest = await dryRun({ config, lead: { form: "demo", answers: BANK_VP }, at: NOW.toISOString() });
    expect(viaPut.status).toBe(422);
    expect(viaPut.json.error.details).toEqual([{ path: "config.fallback.ownerUserId", message: "The fallback queue's owner must be a Sales manager, Admin or Owner (Tom Becker is a Sales rep)" }]);
    expect(viaTest.json.error).toEqual(viaPut.json.error);
  });

  it("the fallback queue's rep: a Marketer's active rep profile is refused", async () => {
    await activateMia();
    const { status, json } = await put({ config: { ...published, fallback: { ...published.fallback, ownerRepId: miaRepId } } });
    expect(status).toBe(422);
    expect(json.error.details).toEqual([{ path: "config.fallback.ownerRepId", message: "The fallback queue's rep, Mia Marketer, is a Marketer and cannot work leads (make them a Sales rep, or choose another rep)" }]);
  });

  it("reactivating a Marketer's rep profile, or putting it in a team while reactivating it, is refused at each place; nothing changes", async () => {
    const enterprise = await env.testDb.db.team.findFirstOrThrow({ where: { workspaceId: env.kit.workspaceId, name: "Enterprise" }, include: { members: true } });
    const team = { id: enterprise.id, name: enterprise.name, description: enterprise.description, members: [...enterprise.members.map((m) => m.repId), miaRepId] };
    const { status, json } = await put({ reps: [{ id: miaRepId, isActive: true }], teams: [team], config: published });
    expect(status).toBe(422);
    expect(json.error.details).toEqual([
      { path: "reps.0.isActive", message: MIA },
      { path: "teams.0.members.2", message: MIA },
      // The published config's path to the team, as the document would leave the team.
      { path: "config.paths.3.destination.teamId", message: "Path “Enterprise” sends leads to a team with Mia Marketer, who is a Marketer and cannot work leads (make them a Sales rep, or remove them from the team)" },
    ]);
    expect(await env.testDb.db.repProfile.findUniqueOrThrow({ where: { id: miaRepId } })).toMatchObject({ isActive: false });
    // Inactive, the same profile may sit in the team.
    expect((await put({ teams: [team], config: published })).status).toBe(200);
  });

  it("creating an active rep profile for a Marketer is refused; an inactive one is created", async () => {
    await env.testDb.db.repProfile.delete({ where: { id: miaRepId } });
    const mia = await userIdOf("marketer@demo.switchboard.dev");
    const refused = await put({ reps: [{ userId: mia, timeZone: "UTC" }], config: published });
    expect(refused.status).toBe(422);
    expect(refused.json.error.details).toEqual([{ path: "reps.0.userId", message: `${MIA} (or create the rep with isActive false)` }]);
    expect((await put({ reps: [{ userId: mia, timeZone: "UTC", isActive: false }], config: published })).status).toBe(200);
    expect(await env.testDb.db.repProfile.findFirstOrThrow({ where: { userId: mia } })).toMatchObject({ isActive: false });
  });
});
