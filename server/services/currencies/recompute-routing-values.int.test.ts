// Existing leads follow an admin's change of Settings → Currencies (recompute-routing-values.ts):
// nothing moves in the request; after commit, the job converts the leads again through the
// intake's one conversion, the owner's open pipeline follows (trigger), and a later reassignment
// decides on the new value. (Before: a lead's routing value was converted once, at intake, and a
// reassignment after a rate or a new routing currency decided on the stale amount.)
import { beforeEach, describe, expect, it } from "vitest";
import type { TRoutingConfig } from "../../domain/routing/routing-config";
import type { TRoutingDecision } from "../../domain/routing/routing-types";
import { BANK_VP, submitDemo, useRoutingKit } from "../../testing/routing-kit";
import { reassignLead } from "../assignments/reassign-lead";
import { getPublishedRouting, publishRouting } from "../routing/routing-settings";
import { removeExchangeRate, setExchangeRate, setRoutingCurrency } from "./currency-settings";
import { recomputeRoutingValues } from "./recompute-routing-values";

const NOW = new Date("2026-12-01T15:00:00Z");
const JOB = "currencies.recompute-routing-values";
const env = useRoutingKit();

/** Runs the recompute jobs due now, as a worker would (none defined: nothing runs). */
async function runRecomputeJobs(): Promise<number> {
  return JOB in env.kit.queue.definitions ? env.kit.queue.runDue(JOB as never) : 0;
}

async function scoreDemoIn(currency: string, factor: number) {
  const { db } = env.testDb;
  const form = await db.form.findFirstOrThrow({ where: { workspaceId: env.kit.workspaceId, slug: "demo" }, include: { currentVersion: true } });
  const scoring = form.currentVersion!.scoring as { dealValue: { currency: string; fromOptions: { amount: number }[] } };
  const dealValue = { ...scoring.dealValue, currency, fromOptions: scoring.dealValue.fromOptions.map((o) => ({ ...o, amount: o.amount * factor })) };
  await db.formVersion.update({ where: { id: form.currentVersion!.id }, data: { scoring: { ...scoring, dealValue } as object } });
}

/** The Enterprise path requires seniority by deal value (its reasons name the value routing used). */
async function publishSeniorityThresholds() {
  const { db } = env.testDb;
  const config = structuredClone((await getPublishedRouting(db, env.kit.workspaceId))!.config) as TRoutingConfig;
  const enterprise = config.paths.find((p) => p.id === "enterprise")!;
  if (enterprise.destination.type !== "team") throw new Error("enterprise goes to a team");
  enterprise.destination.strategy.filters.push({ type: "seniority", ref: "value", mode: "required", thresholds: [{ minValue: 0, minSeniority: "JUNIOR" }, { minValue: 1_000_000, minSeniority: "PRINCIPAL" }] });
  await publishRouting(db, { workspaceId: env.kit.workspaceId, userId: null, config });
}

async function leadNow(leadId: string) {
  const { db } = env.testDb;
  const lead = await db.lead.findUniqueOrThrow({ where: { id: leadId } });
  const load = lead.ownerRepId ? await db.repLoad.findUnique({ where: { repId: lead.ownerRepId } }) : null;
  return { routingValue: lead.routingValue === null ? null : Number(lead.routingValue), ownerRepId: lead.ownerRepId, pipeline: load ? Number(load.openPipelineValue) : null };
}

function valueReasons(decision: TRoutingDecision | null) {
  return (decision?.reasons ?? []).filter((r) => r.code === "SENIORITY_OK" || r.code === "SENIORITY_TOO_LOW");
}

describe("existing leads follow a change of rates or routing currency", () => {
  beforeEach(async () => publishSeniorityThresholds());

  it("a rate set after intake: converted by the job after commit, the owner's pipeline follows, a reassignment decides on it", async () => {
    await scoreDemoIn("JPY", 150);
    const submitted = await submitDemo(env.testDb, env.kit, BANK_VP, NOW);
    expect(await leadNow(submitted.id)).toMatchObject({ routingValue: null, pipeline: 0 });

    await setExchangeRate(env.testDb.db, { workspaceId: env.kit.workspaceId, currency: "jpy", rate: 0.0067, userId: null }, env.kit.queue);
    // Nothing moved in the request: the job does it.
    expect((await leadNow(submitted.id)).routingValue).toBeNull();
    expect(await runRecomputeJobs()).toBe(1);
    const after = await leadNow(submitted.id);
    expect(after).toMatchObject({ routingValue: 100_500, pipeline: 100_500 });

    const reassigned = await reassignLead(env.testDb.db, env.kit.deps, { workspaceId: env.kit.workspaceId, leadId: submitted.id, toRepId: null, reason: "Owner out", byUserId: null, now: NOW });
    expect(valueReasons(reassigned.decision)).toContainEqual(expect.objectContaining({ code: "SENIORITY_OK", minSeniority: "JUNIOR", value: 100_500 }));
    const moved = await leadNow(submitted.id);
    expect(moved.ownerRepId).not.toBe(after.ownerRepId);
    expect(moved.pipeline).toBe(100_500);
    expect(Number((await env.testDb.db.repLoad.findUniqueOrThrow({ where: { repId: after.ownerRepId! } })).openPipelineValue)).toBe(0);

    // A new rate: again; the rate removed: no value (routed as a lead without value), pipeline 0.
    await setExchangeRate(env.testDb.db, { workspaceId: env.kit.workspaceId, currency: "JPY", rate: 0.007, userId: null }, env.kit.queue);
    await runRecomputeJobs();
    expect(await leadNow(submitted.id)).toMatchObject({ routingValue: 105_000, pipeline: 105_000 });
    await removeExchangeRate(env.testDb.db, { workspaceId: env.kit.workspaceId, currency: "JPY" }, env.kit.queue);
    await runRecomputeJobs();
    expect(await leadNow(submitted.id)).toMatchObject({ routingValue: null, pipeline: 0 });
  });

  it("a new routing currency: every lead re-expressed (a dollar lead has none until a USD rate, a euro lead its own value)", async () => {
    await scoreDemoIn("EUR", 1);
    const euro = await submitDemo(env.testDb, env.kit, BANK_VP, NOW);
    // A dollar lead of an API intake, open work of the euro lead's owner ($100,000 as routed in USD).
    const dollar = await env.testDb.db.lead.create({
      data: { workspaceId: env.kit.workspaceId, answers: {}, scores: {}, breakdown: [], tier: "hot", outcome: {}, utm: {}, estimatedValue: 100_000, currency: "USD", routingValue: 100_000, status: "ASSIGNED", ownerRepId: euro.ownerRepId },
    });
    expect((await leadNow(euro.id)).pipeline).toBe(100_000);
    expect((await leadNow(dollar.id)).routingValue).toBe(100_000);
    expect((await leadNow(euro.id)).routingValue).toBeNull();

    await setRoutingCurrency(env.testDb.db, { workspaceId: env.kit.workspaceId, currency: "EUR" }, env.kit.queue);
    expect((await leadNow(dollar.id)).routingValue).toBe(100_000);
    await runRecomputeJobs();
    expect(await leadNow(dollar.id)).toMatchObject({ routingValue: null });
    expect(await leadNow(euro.id)).toMatchObject({ routingValue: 100_000 });

    await setExchangeRate(env.testDb.db, { workspaceId: env.kit.workspaceId, currency: "USD", rate: 0.92, userId: null }, env.kit.queue);
    await runRecomputeJobs();
    expect((await leadNow(dollar.id)).routingValue).toBe(92_000);
    expect((await leadNow(euro.id)).routingValue).toBe(100_000);
    // Each owner's open pipeline is the sum of its open leads' routing values, in euros.
    for (const lead of [dollar, euro]) {
      const { ownerRepId, pipeline } = await leadNow(lead.id);
      const open = await env.testDb.db.lead.aggregate({ where: { ownerRepId, status: { in: ["ASSIGNED", "ACCEPTED"] } }, _sum: { routingValue: true } });
      expect(pipeline).toBe(Number(open._sum.routingValue ?? 0));
    }
  });

  it("in batches, closed leads too; a lead already right is not written again", async () => {
    await scoreDemoIn("EUR", 1);
    const leads = [];
    for (let i = 0; i < 5; i++) leads.push(await submitDemo(env.testDb, env.kit, { ...BANK_VP, email: `vp${i}@firstbank.com` }, NOW));
    await env.testDb.db.lead.update({ where: { id: leads[0]!.id }, data: { status: "CLOSED" } });
    await env.testDb.db.exchangeRate.create({ data: { workspaceId: env.kit.workspaceId, currency: "EUR", rate: 1.08 } });
    expect(await recomputeRoutingValues(env.testDb.db, { workspaceId: env.kit.workspaceId, currency: "EUR", batchSize: 2 })).toEqual({ updated: 5 });
    for (const lead of leads) expect((await leadNow(lead.id)).routingValue).toBe(108_000);
    expect(await recomputeRoutingValues(env.testDb.db, { workspaceId: env.kit.workspaceId, currency: null, batchSize: 2 })).toEqual({ updated: 0 });
  });
});
