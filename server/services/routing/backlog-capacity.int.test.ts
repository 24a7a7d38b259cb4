// Capacity from the live backlog on a real database: a rep sitting on an untouched lead stops
// receiving new ones (BACKLOG, with figures) until they work it; past the SLA (the SLA job) it weighs more.
import { afterEach, describe, expect, it } from "vitest";
import type { TRoutingConfig } from "../../domain/routing/routing-config";
import { BANK_VP, submitDemo, useRoutingKit } from "../../testing/routing-kit";
import { resetClock, runSlaRemindersAt } from "../../testing/sla-clock";
import { recordOutcome } from "../outcomes/record-outcome";
import { getPublishedRouting, publishRouting } from "./routing-settings";
import { testRoutingLead } from "./test-lead";

const NOW = new Date("2026-12-01T15:00:00Z");
const at = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000);
const env = useRoutingKit();
afterEach(resetClock);

describe("capacity from the live backlog", () => {
  it("an untouched lead weighs 2, past the SLA 3, worked 1: BACKLOG until the rep catches up", async () => {
    const { testDb, kit } = env;
    const published = (await getPublishedRouting(testDb.db, kit.workspaceId))!.config;
    const backlog = { max: 2, uncontactedWeight: 2, pastSlaWeight: 3, workedWeight: 1 };
    const config: TRoutingConfig = {
      ...published,
      paths: published.paths.map((p) =>
        p.id === "enterprise" && p.destination.type === "team"
          ? { ...p, destination: { ...p.destination, strategy: { filters: [{ type: "capacity" as const, maxOpenPipelineValue: null, leaveWithinDays: null, backlog }], chooser: { type: "least_loaded" as const }, accountOwnership: false } } }
          : p,
      ),
    };
    await publishRouting(testDb.db, { workspaceId: kit.workspaceId, userId: null, config });
    const first = await submitDemo(testDb, kit, { ...BANK_VP, email: "a@firstbank.com" }, NOW);
    const owner = first.ownerRepId!;
    const skippedFor = async (when: Date) => {
      const tested = await testRoutingLead(testDb.db, kit.workspaceId, { lead: { formSlug: "demo", answers: { ...BANK_VP, email: "b@secondbank.com" } }, at: when });
      return { repId: tested.decision.repId, reasons: tested.decision.skipped.find((s) => s.repId === owner)?.reasons ?? [], words: tested.skippedReps.find((s) => s.repId === owner)?.reasons ?? [] };
    };

    const untouched = await skippedFor(at(1));
    expect(untouched.repId).not.toBe(owner);
    expect(untouched.reasons).toEqual([{ code: "BACKLOG", uncontacted: 1, pastSla: 0, worked: 0, weighted: 2, max: 2 }]);
    expect(untouched.words).toEqual(["backlog 2/2: 1 untouched, 0 past SLA, 0 being worked"]);
    // Past the SLA's reminder time (5 minutes in the demo), once the SLA job has marked it, the same lead weighs 3.
    expect(await runSlaRemindersAt(testDb, env.kit, at(6))).toBe(1);
    expect((await skippedFor(at(10))).reasons).toEqual([{ code: "BACKLOG", uncontacted: 0, pastSla: 1, worked: 0, weighted: 3, max: 2 }]);

    // The rep works the lead: 1 < 2, they receive leads again.
    await recordOutcome(testDb.db, { workspaceId: kit.workspaceId, now: at(11), leadId: first.id, stage: "CONTACTED", occurredAt: at(11), source: "API", actor: { kind: "api-key", apiKeyId: "k" } });
    const worked = await skippedFor(at(12));
    expect(worked.reasons.map((r) => r.code)).not.toContain("BACKLOG");
  });
});
