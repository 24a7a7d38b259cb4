// Routing as code through its handlers, on the seeded demo workspace (PGlite, or PostgreSQL with
// TEST_DATABASE_URL): what a caller has not chosen is said in words at its path, and the dry run
// takes the same estimated values as a real lead.
//   - PUT /api/v1/routing with a path whose team id is "" (or a rep id "", a reviewer ""): "No team
//     chosen …" at config.paths.N.destination.teamId (was zod's "Too small: expected string to have
//     >=1 characters"); nothing is written.
//   - POST /api/v1/routing/test with lead.estimatedValue above 999,999,999,999.99: 422 at
//     lead.estimatedValue with POST /api/v1/leads' message (money-amount.ts); it took any number.
import { describe, expect, it } from "vitest";
import type { TApiErrorBody } from "../../domain/forms/submission-contract";
import { ESTIMATED_VALUE_MESSAGE } from "../../domain/leads/create-lead-request";
import { MAX_MONEY_AMOUNT } from "../../domain/validation/money-amount";
import type { TRoutingTestAnswer } from "../../domain/routing/decision-resource";
import type { TRoutingDocumentView } from "../../services/routing/routing-document";
import { useRoutingKit } from "../../testing/routing-kit";
import { apiRequest, readJson, startApiKit } from "../../testing/api-kit";
import { handleGetRouting, handlePutRouting, handleTestRouting } from "./handle-routing";

const NOW = new Date("2026-12-01T15:00:00Z");
const lane = process.env.TEST_DATABASE_URL ? "postgres" : "pglite";

const env = useRoutingKit(startApiKit);

const getDoc = async () => readJson<TRoutingDocumentView>(await handleGetRouting(env.testDb.db, apiRequest("GET", "/routing", { key: env.kit.key }), NOW));
const put = async (body: unknown) => readJson<TRoutingDocumentView & TApiErrorBody>(await handlePutRouting(env.testDb.db, apiRequest("PUT", "/routing", { key: env.kit.key, body }), NOW));
const dryRun = async (body: unknown) => readJson<TRoutingTestAnswer & TApiErrorBody>(await handleTestRouting(env.testDb.db, apiRequest("POST", "/routing/test", { key: env.kit.key, body }), NOW));

describe(`PUT /api/v1/routing: an id not chosen (${lane})`, () => {
  it("a path whose team id is \"\": \"No team chosen\" at its path, nothing written", async () => {
    const { config } = (await getDoc()).json;
    const paths = config!.paths.map((p) => (p.id === "enterprise" && p.destination.type === "team" ? { ...p, destination: { ...p.destination, teamId: "" } } : p));
    const at = paths.findIndex((p) => p.id === "enterprise");
    const { status, json } = await put({ config: { ...config, paths } });
    expect(status).toBe(422);
    expect(json.error.details).toEqual([{ path: `config.paths.${at}.destination.teamId`, message: "No team chosen: give the id of the team this path sends leads to" }]);
    expect((await getDoc()).json.version).toBe(1);
  });

  it("a rep id \"\" and a reviewer \"\": each named at its path", async () => {
    const { config } = (await getDoc()).json;
    const paths = config!.paths.map((p) => (p.id === "apac" ? { ...p, destination: { type: "rep", repId: "" } } : p));
    const at = paths.findIndex((p) => p.id === "apac");
    const { status, json } = await put({ config: { ...config, paths, policies: { ...config!.policies, review: { ...config!.policies.review!, reviewerUserId: "" } } } });
    expect(status).toBe(422);
    expect(json.error.details).toEqual([
      { path: `config.paths.${at}.destination.repId`, message: "No rep chosen: give the id of the rep this path assigns leads to" },
      { path: "config.policies.review.reviewerUserId", message: "No reviewer chosen: give the user id of the manager who reviews high-value leads" },
    ]);
  });
});

describe(`POST /api/v1/routing/test: the estimated value (${lane})`, () => {
  it.each<[string, number]>([
    ["one trillion", 1e12],
    ["just over the most", 999_999_999_999.999],
    ["far beyond what is stored", 1e18],
  ])("%s: 422 at lead.estimatedValue, POST /api/v1/leads' message", async (_name, estimatedValue) => {
    const { status, json } = await dryRun({ lead: { answers: {}, estimatedValue }, at: NOW.toISOString() });
    expect(status).toBe(422);
    expect(json.error.details).toEqual([{ path: "lead.estimatedValue", message: ESTIMATED_VALUE_MESSAGE }]);
  });

  it("a negative value has the same message", async () => {
    const { status, json } = await dryRun({ lead: { answers: {}, estimatedValue: -1 } });
    expect(status).toBe(422);
    expect(json.error.details).toEqual([{ path: "lead.estimatedValue", message: ESTIMATED_VALUE_MESSAGE }]);
  });

  it.each<[string, number | null]>([
    ["the most a lead may have", MAX_MONEY_AMOUNT],
    ["zero", 0],
    ["unknown (null)", null],
  ])("%s is tested (200)", async (_name, estimatedValue) => {
    const { status, json } = await dryRun({ lead: { answers: {}, estimatedValue }, at: NOW.toISOString() });
    expect(status).toBe(200);
    expect(json.decision.outcome).toBeDefined();
  });
});
