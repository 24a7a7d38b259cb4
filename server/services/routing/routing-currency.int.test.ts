// Routing compares money in the workspace's routing currency: a lead from a form scored in yen is
// converted at intake (Lead.routingValue) with the admin's rate, and routing's seniority
// thresholds, the manager review's minimum value and the rep's open pipeline (RepLoad, kept by
// triggers) read that; without a rate the lead is routed as a lead without value, and its
// decision says why. (Before routingValue, ¥15,000,000 (~$100k) was taken for 15 million dollars:
// a PRINCIPAL was required and the $150k review triggered.)
import { beforeEach, describe, expect, it } from "vitest";
import type { TRoutingConfig } from "../../domain/routing/routing-config";
import type { TRoutingDecision } from "../../domain/routing/routing-types";
import { describeDecisionHeadline } from "../../domain/routing/describe-decision";
import { BANK_VP, submitDemo, useRoutingKit } from "../../testing/routing-kit";
import { getPublishedRouting, publishRouting } from "./routing-settings";

const NOW = new Date("2026-12-01T15:00:00Z");
const env = useRoutingKit();

/** The demo form's current version scored in yen: the bank VP's budget (50k_150k) is ¥15,000,000. */
async function scoreDemoInYen() {
  const { db } = env.testDb;
  const form = await db.form.findFirstOrThrow({ where: { workspaceId: env.kit.workspaceId, slug: "demo" }, include: { currentVersion: true } });
  const scoring = form.currentVersion!.scoring as { dealValue: { currency: string; fromOptions: { amount: number }[] } };
  const dealValue = { ...scoring.dealValue, currency: "JPY", fromOptions: scoring.dealValue.fromOptions.map((o) => ({ ...o, amount: o.amount * 150 })) };
  await db.formVersion.update({ where: { id: form.currentVersion!.id }, data: { scoring: { ...scoring, dealValue } as object } });
}

/** The Enterprise path also requires seniority by deal value: PRINCIPAL from $1,000,000, anyone below. */
async function publishSeniorityThresholds() {
  const { db } = env.testDb;
  const config = structuredClone((await getPublishedRouting(db, env.kit.workspaceId))!.config) as TRoutingConfig;
  const enterprise = config.paths.find((p) => p.id === "enterprise")!;
  if (enterprise.destination.type !== "team") throw new Error("enterprise goes to a team");
  enterprise.destination.strategy.filters.push({ type: "seniority", ref: "value", mode: "required", thresholds: [{ minValue: 0, minSeniority: "JUNIOR" }, { minValue: 1_000_000, minSeniority: "PRINCIPAL" }] });
  await publishRouting(db, { workspaceId: env.kit.workspaceId, userId: null, config });
}

async function submitted() {
  const lead = await submitDemo(env.testDb, env.kit, BANK_VP, NOW);
  const assignment = lead.assignments.at(-1)!;
  const decision = assignment.decision as unknown as TRoutingDecision;
  const load = await env.testDb.db.repLoad.findUniqueOrThrow({ where: { repId: assignment.repId! } });
  const names = { repName: (id: string) => id, teamName: (id: string) => id };
  return { lead, assignment, decision, pipeline: Number(load.openPipelineValue), headline: describeDecisionHeadline(decision, names) };
}

describe("routing currency", () => {
  beforeEach(async () => {
    await scoreDemoInYen();
    await publishSeniorityThresholds();
  });

  it("a yen lead with a rate: routed, reviewed and counted in dollars", async () => {
    await env.testDb.db.exchangeRate.create({ data: { workspaceId: env.kit.workspaceId, currency: "JPY", rate: 0.0067 } });
    const { lead, assignment, decision, pipeline, headline } = await submitted();
    expect(lead.currency).toBe("JPY");
    expect(Number(lead.estimatedValue)).toBe(15_000_000);
    expect(Number(lead.routingValue)).toBe(100_500);
    // Seniority from $100,500 (JUNIOR+ needed), not from 15 million.
    expect(decision.reasons).toContainEqual(expect.objectContaining({ code: "SENIORITY_OK", minSeniority: "JUNIOR", value: 100_500 }));
    // $100,500 is under the $150,000 review.
    expect(assignment.isProvisional).toBe(false);
    expect(pipeline).toBe(100_500);
    expect(headline).toContain("value ¥15,000,000 ≈ $100,500 (converted to USD, the routing currency)");
  });

  it("a yen lead without a rate: routed as a lead without value, and told why", async () => {
    const { lead, assignment, decision, pipeline, headline } = await submitted();
    expect(Number(lead.estimatedValue)).toBe(15_000_000);
    expect(lead.routingValue).toBeNull();
    expect(decision.reasons.some((r) => r.code === "SENIORITY_OK" || r.code === "SENIORITY_TOO_LOW")).toBe(false);
    expect(assignment.isProvisional).toBe(false);
    expect(pipeline).toBe(0);
    expect(headline).toContain("value ¥15,000,000 not used for routing: no exchange rate JPY → USD (an admin sets rates in Routing → Currencies)");
  });

  it("a dollar lead: its value as it is, no rate needed, no note", async () => {
    const { db } = env.testDb;
    const form = await db.form.findFirstOrThrow({ where: { workspaceId: env.kit.workspaceId, slug: "demo" }, include: { currentVersion: true } });
    const scoring = form.currentVersion!.scoring as { dealValue: { currency: string; fromOptions: { amount: number }[] } };
    await db.formVersion.update({ where: { id: form.currentVersion!.id }, data: { scoring: { ...scoring, dealValue: { ...scoring.dealValue, currency: "USD" } } as object } });
    const { lead, decision, pipeline, assignment } = await submitted();
    expect(Number(lead.routingValue)).toBe(15_000_000);
    expect(decision.reasons).toContainEqual(expect.objectContaining({ code: "SENIORITY_OK", minSeniority: "PRINCIPAL" }));
    expect(decision.reasons.some((r) => r.code === "LEAD_VALUE_CURRENCY")).toBe(false);
    expect(assignment.isProvisional).toBe(true);
    expect(pipeline).toBe(15_000_000);
  });
});
