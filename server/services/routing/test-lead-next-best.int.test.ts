// "Test a lead", the story's second step on the seeded demo (e2e/routing.spec.ts): Sarah full, the
// bank VP goes to the next best Enterprise rep, Priya — unless earlier leads have filled Priya's
// own limit (12 open), when Enterprise finds nobody and the Inbound path decides. That second case
// is the CI failure's headline ("Routed to Tom Becker: Inbound path … tried first: Enterprise (no
// eligible rep)"): it comes from Priya's open leads, not from the lead's value or its currency.
// And the value Test a lead compares is the routing currency's: in a workspace routing in euros the
// demo form's $100,000 is €90,000, and the headline says how it was converted.
import { describe, expect, it } from "vitest";
import { BANK_VP, submitDemo, useRoutingKit } from "../../testing/routing-kit";
import { testRoutingLead } from "./test-lead";

// Tuesday 8 December 2026, 10:00 in New York: Sarah and Priya at work, Priya's meetings are at 13:00.
const NY_MORNING = new Date("2026-12-08T15:00:00Z");
// The dry run a week later, as the story's STORY_DAY: the leads above count in no daily cap then.
const STORY_MORNING = new Date("2026-12-15T15:00:00Z");
const env = useRoutingKit();

const storyLead = () => testRoutingLead(env.testDb.db, env.kit.workspaceId, { lead: { formSlug: "demo", answers: { ...BANK_VP, email: "buyer@example-corp.com" }, timeZone: "America/New_York" }, at: STORY_MORNING });

describe("Test a lead: the next best rep when Sarah is full", () => {
  it("Sarah at capacity: Priya, on the Enterprise path, with the bank VP's $100,000 as it is (USD)", async () => {
    const sarah = await env.kit.repIdOf("Sarah");
    await env.testDb.db.repProfile.update({ where: { id: sarah }, data: { maxOpenLeads: 0 } });
    const result = await storyLead();
    expect(result.lead.estimatedValue).toBe(100_000);
    expect(result.lead.valueCurrency).toBeUndefined();
    expect(result.headline).toMatch(/^Routed to Priya Patel: Enterprise path/);
    expect(result.skippedReps).toEqual([expect.objectContaining({ name: "Sarah Chen", reasons: ["at capacity 0/0"] })]);
  });

  it("Priya's 12 open leads taken by earlier bank leads too: Enterprise finds nobody, Inbound decides (the CI headline)", async () => {
    const { db } = env.testDb;
    const sarah = await env.kit.repIdOf("Sarah");
    const priya = await env.kit.repIdOf("Priya");
    // Earlier journeys' bank leads: Sarah full, so each goes to Priya (her daily limit lifted to take 12 in a morning).
    await db.repProfile.update({ where: { id: sarah }, data: { maxOpenLeads: 0 } });
    await db.repProfile.update({ where: { id: priya }, data: { maxNewLeadsPerDay: null } });
    for (let i = 0; i < 12; i++) {
      const lead = await submitDemo(env.testDb, env.kit, { ...BANK_VP, email: `cfo@bank-${i}.example.com` }, new Date(NY_MORNING.getTime() + i * 60_000));
      expect(lead.ownerRepId).toBe(priya);
    }
    await db.repProfile.update({ where: { id: priya }, data: { maxNewLeadsPerDay: 5 } });

    const result = await storyLead();
    expect(result.headline).toMatch(/^Routed to (Tom Becker|Maya Rodriguez): Inbound path .* · tried first: Enterprise \(no eligible rep\)$/);
    expect(result.skippedReps.find((s) => s.name === "Priya Patel")).toMatchObject({ pathName: "Enterprise", reasons: ["at capacity 12/12"] });
  });

  it("in a workspace routing in euros (1 USD = 0.9 EUR), the same lead is compared as €90,000 and the headline says so", async () => {
    const { db } = env.testDb;
    await db.workspace.update({ where: { id: env.kit.workspaceId }, data: { routingCurrency: "EUR" } });
    await db.exchangeRate.create({ data: { workspaceId: env.kit.workspaceId, currency: "USD", rate: 0.9 } });
    const result = await storyLead();
    expect(result.lead.estimatedValue).toBe(90_000);
    expect(result.headline).toMatch(/^Routed to Sarah Chen: Enterprise path/);
    expect(result.headline).toContain("value $100,000 ≈ €90,000 (converted to EUR, the routing currency)");
  });
});
