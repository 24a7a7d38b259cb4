import { describe, expect, it } from "vitest";
import { decideRouting } from "./decide-routing";
import { ZRoutingConfig } from "./routing-config";
import type { TRepState } from "./routing-types";
import { packDecision } from "./stored-decision";
import { makeLead, makeRep } from "../../testing/fixtures/routing-domain-fixtures";

// Tue 1 Dec 2026 15:00 UTC = 10:00 New York = 00:00 Tokyo (Wednesday).
const NOW = new Date("2026-12-01T15:00:00Z");
const at = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000);
const weekdays = [1, 2, 3, 4, 5].map((day) => ({ day, start: "09:00", end: "17:00" }));

/** 60 reps: 10 of each kind, in turn. */
function roster(): TRepState[] {
  const kinds: ((id: string) => TRepState)[] = [
    (id) => makeRep(id, { isActive: false }),
    (id) => makeRep(id, { timeZone: "Asia/Tokyo", workingHours: weekdays }),
    (id) => makeRep(id, { workingHours: weekdays, busy: [{ startsAt: at(-15), endsAt: at(30) }] }),
    (id) => makeRep(id, { workingHours: weekdays, maxOpenLeads: 5 }, { openLeads: 5 }),
    (id) => makeRep(id, { workingHours: weekdays, timeOff: [{ startsAt: at(-60), endsAt: at(600) }] }),
    (id) => makeRep(id, { workingHours: weekdays }),
  ];
  return Array.from({ length: 60 }, (_, i) => kinds[i % kinds.length]!(`r${i}`));
}

const config = ZRoutingConfig.parse({
  paths: [{ id: "all", name: "All", when: { kind: "group", op: "and", conditions: [] }, destination: { type: "team", teamId: "t", strategy: { filters: [{ type: "available_now" }], chooser: { type: "round_robin" } } } }],
  fallback: { ownerUserId: "manager", queueName: "Backup" },
});

describe("a pool's skipped reps share their reasons", () => {
  const reps = roster();
  const decision = decideRouting({ config, configVersion: 1, lead: makeLead(), reps, teams: [{ id: "t", name: "T", isActive: true, repIds: reps.map((r) => r.id) }], rotations: {}, accountOwners: {}, now: NOW });

  it("reps skipped for the same reason share one reasons list (one per distinct reason, not one per rep)", () => {
    expect(decision.skipped).toHaveLength(59);
    const texts = new Set(decision.skipped.map((s) => JSON.stringify(s.reasons)));
    expect([...texts].map((t) => JSON.parse(t)[0].code)).toEqual(["INACTIVE", "OUTSIDE_WORKING_HOURS", "IN_MEETING", "AT_CAPACITY_OPEN", "OUT_OF_OFFICE", "NOT_CHOSEN_TURN"]);
    expect(new Set(decision.skipped.map((s) => s.reasons)).size).toBe(texts.size);
  });

  it("the stored record is the one a list per rep gives", () => {
    const copied = { ...decision, skipped: decision.skipped.map((s) => ({ ...s, reasons: structuredClone(s.reasons) })) };
    expect(new Set(copied.skipped.map((s) => s.reasons)).size).toBe(59);
    expect(JSON.stringify(packDecision(decision))).toBe(JSON.stringify(packDecision(copied)));
  });
});
