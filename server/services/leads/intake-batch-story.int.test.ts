// Group commit on the demo story (intake-batch.ts): leads that arrive together and share a batch
// get what each gets alone (route-lead.int.test.ts) — the high-value bank VP a provisional
// assignment to Sarah with the review requested, the startup the nurture tier, the next bank lead
// its company's owner — with the same rows: status, events, assignments, follow-up job rows.
import { expect, it } from "vitest";
import type { TRoutingDecision } from "../../domain/routing/routing-types";
import { BANK_VP, runAfterCommitJobs, useRoutingKit } from "../../testing/routing-kit";
import { unlimitedRateLimits } from "../rate-limit/rate-limits";
import { submitForm } from "../submissions/submit-form";
import { intakeBatchStats } from "./intake-batch";

const NY_MORNING = new Date("2026-12-01T15:00:00Z");
const env = useRoutingKit();

const STARTUP = { email: "sam@tiny.io", full_name: "Sam", role: "founder", authority: "decision_maker", company: "Tiny", company_size: "1-19", industry: "technology", region: "europe", start_when: "just_exploring" };

it("the story's leads arriving together are batched and routed as each would be alone", async () => {
  const answers = [
    { ...BANK_VP, email: "first@warmup-corp.com", industry: "retail" },
    { ...BANK_VP, budget: "150k_plus" },
    STARTUP,
    { ...BANK_VP, email: "cfo@bigbank.com" },
    { ...BANK_VP, email: "treasurer@bigbank.com" },
  ];
  const before = intakeBatchStats();
  const results = await Promise.all(
    answers.map((a, i) =>
      submitForm(env.testDb.db, { slug: "demo", body: { answers: a, context: { fillTimeMs: 20_000, source: "api" } }, idempotencyKey: null, ip: `10.0.1.${i}`, now: NY_MORNING, rateLimit: unlimitedRateLimits().formSubmission, routing: env.kit.deps }),
    ),
  );
  const after = intakeBatchStats();
  expect(results.map((r) => r.status)).toEqual([201, 201, 201, 201, 201]);
  expect(after.batchedLeads - before.batchedLeads).toBeGreaterThanOrEqual(2);
  expect(after.failedBatches - before.failedBatches).toBe(0);
  await runAfterCommitJobs(env.kit);

  const leadOf = (i: number) =>
    env.testDb.db.lead.findUniqueOrThrow({ where: { id: results[i]!.response.leadId }, include: { assignments: true, events: { orderBy: { createdAt: "asc" } } } });
  const sarah = await env.kit.repIdOf("Sarah");

  const highValue = await leadOf(1);
  expect(highValue).toMatchObject({ status: "ASSIGNED", ownerRepId: sarah, routingOutcome: "assigned" });
  expect(highValue.assignments).toEqual([expect.objectContaining({ repId: sarah, kind: "ROUTED", isCurrent: true, isProvisional: true })]);
  expect(highValue.events.map((e) => e.type)).toEqual(expect.arrayContaining(["submitted", "routed", "review_requested"]));
  expect(await env.testDb.db.emailMessage.count({ where: { template: "review-request", to: { has: "manager@demo.switchboard.dev" } } })).toBe(1);

  const startup = await leadOf(2);
  expect(startup).toMatchObject({ tier: "nurture", status: "NURTURE", ownerRepId: null, routingOutcome: "nurture" });
  expect(startup.assignments).toEqual([]);
  const routed = startup.events.find((e) => e.type === "routed")!;
  expect((routed.data as unknown as { decision: TRoutingDecision }).decision.outcome).toBe("nurture");

  // Two leads of one company: the second goes to the owner the first recorded (in the batch or before it).
  const [cfo, treasurer] = [await leadOf(3), await leadOf(4)];
  expect(cfo.ownerRepId).not.toBeNull();
  expect(treasurer.ownerRepId).toBe(cfo.ownerRepId);
  expect(await env.testDb.db.accountOwner.findMany({ where: { workspaceId: env.kit.workspaceId, domain: "bigbank.com" }, select: { repId: true } })).toEqual([{ repId: cfo.ownerRepId }]);

  // Every assignment got its alert (the follow-up job rows were written and ran).
  const assignments = await env.testDb.db.leadAssignment.count({ where: { workspaceId: env.kit.workspaceId } });
  expect(assignments).toBe(4);
  expect(await env.testDb.db.emailMessage.count({ where: { template: "rep-alert" } })).toBe(4);
});
