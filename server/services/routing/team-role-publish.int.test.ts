// A Marketer's active rep profile already in a team (left from before the team services refused it,
// or from when they were a Sales rep) is refused where a path sends leads to that team: the
// dashboard's publish, its editor's live check, `PUT /api/v1/routing` and `POST /api/v1/routing/test`
// — each at the path's team, in the words of the rep destination check. Deactivating the rep profile
// (or making them a Sales rep again) clears it. The seeded demo workspace; PGlite, or PostgreSQL
// with TEST_DATABASE_URL.
import { beforeEach, describe, expect, it } from "vitest";
import { handlePutRouting, handleTestRouting } from "../../api/rest/handle-routing";
import type { TApiErrorBody } from "../../domain/forms/submission-contract";
import type { TRoutingConfig } from "../../domain/routing/routing-config";
import { apiRequest, readJson, startApiKit } from "../../testing/api-kit";
import { BANK_VP, useRoutingKit } from "../../testing/routing-kit";
import { getRoutingEditor } from "./routing-editor";
import { getPublishedRouting, publishRouting } from "./routing-settings";

const NOW = new Date("2026-12-01T15:00:00Z");
const lane = process.env.TEST_DATABASE_URL ? "postgres" : "pglite";
const env = useRoutingKit(startApiKit);

let published: TRoutingConfig;
let enterprisePath: number;
let message: string;
beforeEach(async () => {
  published = (await getPublishedRouting(env.testDb.db, env.kit.workspaceId))!.config;
  const enterprise = await env.testDb.db.team.findFirstOrThrow({ where: { workspaceId: env.kit.workspaceId, name: "Enterprise" }, include: { members: { include: { rep: { include: { user: true } } } } } });
  expect(enterprise.members.map((m) => m.rep.user.name)).toContain("Sarah Chen");
  enterprisePath = published.paths.findIndex((p) => p.destination.type === "team" && p.destination.teamId === enterprise.id);
  expect(enterprisePath).toBeGreaterThanOrEqual(0);
  message = `Path “${published.paths[enterprisePath]!.name}” sends leads to a team with Sarah Chen, who is a Marketer and cannot work leads (make them a Sales rep, or remove them from the team)`;
  // Sarah was made a Marketer while in the team (as before the role change checked teams).
  const sarah = await env.testDb.db.user.findUniqueOrThrow({ where: { email: "sarah@demo.switchboard.dev" } });
  await env.testDb.db.membership.updateMany({ where: { workspaceId: env.kit.workspaceId, userId: sarah.id }, data: { role: "MARKETER" } });
});

describe(`a path to a team with a Marketer's active rep profile (${lane})`, () => {
  it("the dashboard's publish is refused at the path's team, the editor shows it; deactivating her rep profile clears it", async () => {
    const publish = () => publishRouting(env.testDb.db, { workspaceId: env.kit.workspaceId, userId: null, config: published });
    await expect(publish()).rejects.toMatchObject({ code: "VALIDATION", details: [{ path: `paths.${enterprisePath}.destination.teamId`, message }] });
    expect((await getPublishedRouting(env.testDb.db, env.kit.workspaceId))!.version).toBe(1);
    expect((await getRoutingEditor(env.testDb.db, env.kit.workspaceId)).analysis.errors).toEqual([{ path: `paths.${enterprisePath}.destination.teamId`, message }]);

    await env.testDb.db.repProfile.update({ where: { id: await env.kit.repIdOf("Sarah") }, data: { isActive: false } });
    expect((await publish()).version).toBe(2);
  });

  it("PUT /api/v1/routing and POST /api/v1/routing/test: the same 422 at config.paths.N.destination.teamId", async () => {
    const put = await readJson<TApiErrorBody>(await handlePutRouting(env.testDb.db, apiRequest("PUT", "/routing", { key: env.kit.key, body: { config: published } }), NOW));
    const dryRun = await readJson<TApiErrorBody>(
      await handleTestRouting(env.testDb.db, apiRequest("POST", "/routing/test", { key: env.kit.key, body: { config: published, lead: { form: "demo", answers: BANK_VP }, at: NOW.toISOString() } }), NOW),
    );
    expect(put.status).toBe(422);
    expect(put.json.error.details).toEqual([{ path: `config.paths.${enterprisePath}.destination.teamId`, message }]);
    expect(dryRun.json.error).toEqual(put.json.error);
  });
});
