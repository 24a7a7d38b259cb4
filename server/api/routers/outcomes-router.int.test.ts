// The outcomes router through tRPC callers as real members of the demo workspace: who may record an
// outcome and give fit feedback on which lead (reps: their own; another rep's lead is NOT_FOUND;
// marketers: FORBIDDEN; managers: any), the rep's inbox, and a member of another workspace.
import { describe, expect, it } from "vitest";
import { createCallerFactory, router } from "../trpc";
import { contextFor } from "../../testing/factories";
import { BANK_VP, submitDemo, useRoutingKit } from "../../testing/routing-kit";
import { outcomesRouterWith } from "./outcomes";

const NOW = new Date("2026-12-01T15:00:00Z");
let clock = NOW;
const env = useRoutingKit();
const createCaller = createCallerFactory(router({ outcomes: outcomesRouterWith({ webhooks: async () => env.kit.queue, now: () => clock }) }));

async function callerOf(name: string) {
  const user = await env.testDb.db.user.findUniqueOrThrow({ where: { email: `${name}@demo.switchboard.dev` } });
  return createCaller(contextFor(env.testDb.db, user));
}

describe("outcomes router", () => {
  it("the owner rep records contacted then won from the inbox; managers may too; another rep, a marketer and another workspace may not", async () => {
    clock = NOW;
    const lead = await submitDemo(env.testDb, env.kit, BANK_VP, NOW);
    const [sarah, tom, marketer, manager] = await Promise.all(["sarah", "tom", "marketer", "manager"].map(callerOf));

    clock = new Date(NOW.getTime() + 20 * 60_000);
    const inbox = await sarah!.outcomes.inbox();
    expect(inbox.items.map((i) => i.id)).toContain(lead.id);
    const item = inbox.items.find((i) => i.id === lead.id)!;
    expect(item).toMatchObject({ stage: "OPEN", isWaiting: true, isOverdue: true, scoreTotal: lead.scoreTotal });
    expect(item.why).toMatch(/^Routed to Sarah Chen: /);
    expect(inbox.overdueCount).toBeGreaterThanOrEqual(1);
    expect((await tom!.outcomes.inbox()).items.map((i) => i.id)).not.toContain(lead.id);

    const record = { leadId: lead.id, stage: "CONTACTED" as const, source: "INBOX" as const };
    await expect(tom!.outcomes.record(record)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(tom!.outcomes.lifecycle({ leadId: lead.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(marketer!.outcomes.record(record)).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await env.testDb.db.leadOutcome.count({ where: { leadId: lead.id } })).toBe(0);

    expect(await sarah!.outcomes.record(record)).toMatchObject({ stageChanged: true, lead: { stage: "CONTACTED" } });
    expect((await sarah!.outcomes.inbox()).items.find((i) => i.id === lead.id)).toMatchObject({ isWaiting: false, isOverdue: false });
    await expect(sarah!.outcomes.record({ ...record, stage: "WON", amount: 12.345 })).rejects.toMatchObject({ code: "BAD_REQUEST", cause: { details: [{ path: "amount" }] } });
    expect(await manager!.outcomes.record({ ...record, stage: "OPPORTUNITY", amount: 30000, source: "LEAD_PAGE" })).toMatchObject({ lead: { stage: "OPPORTUNITY", opportunityAmount: "30000.00" } });
    expect(await sarah!.outcomes.record({ ...record, stage: "WON", amount: 32000 })).toMatchObject({ lead: { stage: "WON", wonAmount: "32000.00" } });
    await expect(sarah!.outcomes.record(record)).rejects.toMatchObject({ code: "CONFLICT" });
    expect((await sarah!.outcomes.inbox()).items.map((i) => i.id)).not.toContain(lead.id);
    const lifecycle = await manager!.outcomes.lifecycle({ leadId: lead.id });
    // Contacted from the inbox accepted the waiting lead at the same instant: its ACCEPTED step beside it.
    const stages = lifecycle.outcomes.map((o) => o.stage);
    expect([stages.slice(0, 2), stages.slice(2).sort()]).toEqual([["WON", "OPPORTUNITY"], ["ACCEPTED", "CONTACTED"]]);

    const outsider = await env.testDb.db.user.create({ data: { email: "boss@other.example", name: "Other Boss" } });
    const other = await env.testDb.db.workspace.create({ data: { name: "Other", slug: "other-co", memberships: { create: { userId: outsider.id, role: "OWNER" } } } });
    await env.testDb.db.user.update({ where: { id: outsider.id }, data: { activeWorkspaceId: other.id } });
    const stranger = createCaller(contextFor(env.testDb.db, outsider));
    await expect(stranger.outcomes.record({ ...record, stage: "LOST", reason: "x" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(stranger.outcomes.giveFeedback({ leadId: lead.id, verdict: "WRONG_SIZE" })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("fit feedback: the owner rep and managers give it, with the routing path; managers see everyone's, reps their own", async () => {
    clock = NOW;
    const lead = await submitDemo(env.testDb, env.kit, BANK_VP, NOW);
    const [sarah, tom, marketer, manager] = await Promise.all(["sarah", "tom", "marketer", "manager"].map(callerOf));
    await expect(tom!.outcomes.giveFeedback({ leadId: lead.id, verdict: "WRONG_PERSON" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(marketer!.outcomes.giveFeedback({ leadId: lead.id, verdict: "GOOD_FIT" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    const given = await sarah!.outcomes.giveFeedback({ leadId: lead.id, verdict: "WRONG_TERRITORY", note: "Based in Toronto" });
    const decision = lead.assignments[0]!.decision as { pathId: string };
    expect(given).toMatchObject({ verdict: "WRONG_TERRITORY", note: "Based in Toronto", pathId: decision.pathId, repId: await env.kit.repIdOf("Sarah") });
    await sarah!.outcomes.giveFeedback({ leadId: lead.id, verdict: "GOOD_FIT" });
    await manager!.outcomes.giveFeedback({ leadId: lead.id, verdict: "WRONG_SIZE" });
    expect((await manager!.outcomes.feedback({ leadId: lead.id })).map((f) => [f.userName, f.verdict])).toEqual([["Sarah Chen", "GOOD_FIT"], ["Morgan Manager", "WRONG_SIZE"]]);
    expect((await sarah!.outcomes.feedback({ leadId: lead.id })).map((f) => f.verdict)).toEqual(["GOOD_FIT"]);
    // Another rep's lead, or one that does not exist: NOT_FOUND like every other read (not an empty list).
    await expect(tom!.outcomes.feedback({ leadId: lead.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(manager!.outcomes.feedback({ leadId: "lead_missing" })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
