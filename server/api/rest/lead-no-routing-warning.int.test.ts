// POST /api/v1/leads into a workspace that has published no routing: the lead was stored (201,
// status NEW, no owner) with no word of why it was not routed. Now the 201 carries a warning at
// `routing` saying so (as a lead from the past is told at submittedAt), kept with the
// Idempotency-Key so a replay says it too; with routing published, no such warning. Through the
// real handler, the demo workspace, a real database (PGlite, or PostgreSQL with TEST_DATABASE_URL).
import { describe, expect, it } from "vitest";
import { NOT_ROUTED_MESSAGE } from "../../domain/leads/not-routed-warning";
import { leadPoster, startApiKit } from "../../testing/api-kit";
import { useRoutingKit } from "../../testing/routing-kit";

const NOW = new Date("2026-12-01T15:00:00Z");
const lane = process.env.TEST_DATABASE_URL ? "postgres" : "pglite";
const env = useRoutingKit(startApiKit);
const post = leadPoster(env, NOW);
const NOT_ROUTED = { path: "routing", message: NOT_ROUTED_MESSAGE };

describe(`POST /api/v1/leads with no routing published (${lane})`, () => {
  it("201, status NEW, no owner, a warning at routing; the replay says it too", async () => {
    await env.testDb.db.routingSettings.updateMany({ where: { workspaceId: env.kit.workspaceId }, data: { publishedVersionId: null } });
    const body = { answers: { plan: "pro" }, person: { email: "ann@acme.io" } };
    const first = await post(body, { "idempotency-key": "no-routing-1" });
    expect(first.status).toBe(201);
    expect(first.json.lead).toMatchObject({ status: "NEW", assignment: null });
    expect(first.json.warnings).toEqual([NOT_ROUTED]);
    const again = await post(body, { "idempotency-key": "no-routing-1" });
    expect(again.status).toBe(200);
    expect(again.json.warnings).toEqual([NOT_ROUTED]);
  });

  it("a lead from the past is told it is history, not that routing is missing", async () => {
    await env.testDb.db.routingSettings.updateMany({ where: { workspaceId: env.kit.workspaceId }, data: { publishedVersionId: null } });
    const { status, json } = await post({ answers: { plan: "pro" }, person: { email: "old@acme.io" }, submittedAt: "2026-11-01T09:00:00Z" });
    expect(status).toBe(201);
    expect((json.warnings ?? []).map((w) => w.path)).toEqual(["submittedAt"]);
  });

  it("with routing published: routed, no warning at routing", async () => {
    const { status, json } = await post({ answers: { plan: "pro" }, person: { email: "bea@acme.io" } });
    expect(status).toBe(201);
    expect(json.lead.status).toBe("ASSIGNED");
    expect(json.warnings ?? []).toEqual([]);
  });
});
