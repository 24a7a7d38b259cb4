import { describe, expect, it } from "vitest";
import { pickByTurns } from "./rotation";
import { returnRotationTurn, rotationTurnOf } from "./rotation-credit";
import { rotationCounts, rotationWithCounts } from "./rotation-state";
import type { TPoolRotation, TRoutingDecision } from "./routing-types";

const turns = (counts: Record<string, number>, lastRepId: string | null = null): TPoolRotation => rotationWithCounts({ poolId: "p/t", algorithm: "turns", sequence: 5, lastRepId }, counts);

describe("returnRotationTurn", () => {
  it.each<[string, TPoolRotation | undefined, string, Record<string, number> | null]>([
    ["just picked: back to where it was", turns({ tom: 1, maya: 0 }), "tom", { tom: 0, maya: 0 }],
    ["others caught up: one turn owed", turns({ tom: 1, maya: 1 }), "tom", { tom: 0, maya: 1 }],
    ["already owed a turn: no second credit", turns({ tom: 0, maya: 1 }), "tom", null],
    ["far ahead: one turn back", turns({ tom: 7, maya: 5, kim: 6 }), "tom", { tom: 6, maya: 5, kim: 6 }],
    ["never below zero", turns({ tom: 0 }), "tom", null],
    ["single member pool", turns({ tom: 3 }), "tom", { tom: 2 }],
    ["unknown rep: nothing", turns({ tom: 1 }), "maya", null],
    ["no state: nothing", undefined, "tom", null],
    ["smooth weighted: left as is", rotationWithCounts({ poolId: "p/t", algorithm: "smooth_weighted", sequence: 3, lastRepId: "tom" }, { tom: -2, maya: 2 }), "tom", null],
  ])("%s", (_name, rotation, repId, counts) => {
    const result = returnRotationTurn(rotation, repId);
    if (counts === null) expect(result).toBeNull();
    else {
      expect(rotationCounts(result!)).toEqual(counts);
      expect(result).toMatchObject({ poolId: rotation!.poolId, algorithm: rotation!.algorithm, sequence: rotation!.sequence, lastRepId: rotation!.lastRepId, repIds: rotation!.repIds });
    }
  });

  it("keeps sequence and pointer", () => {
    expect(returnRotationTurn(turns({ tom: 1, maya: 1 }, "maya"), "tom")).toMatchObject({ sequence: 5, lastRepId: "maya" });
  });

  it("the credited rep gets the next strict turn", () => {
    const team = ["tom", "maya"];
    const first = pickByTurns(undefined, "p/t", team, team)!;
    const second = pickByTurns(first.rotation, "p/t", team, team)!;
    expect([first.repId, second.repId]).toEqual(["tom", "maya"]);
    const credited = returnRotationTurn(second.rotation, "tom")!;
    expect(pickByTurns(credited, "p/t", team, team)!.repId).toBe("tom");
  });
});

function decision(patch: Partial<TRoutingDecision>): TRoutingDecision {
  return {
    leadId: "l",
    outcome: "assigned",
    pathId: "inbound",
    pathName: "Inbound",
    destination: null,
    strategy: { filters: [], chooser: { type: "round_robin", variant: "strict", maxCatchUp: null }, accountOwnership: false },
    strategyDescription: "",
    repId: "tom",
    teamId: "inside",
    queue: null,
    reasons: [{ code: "ROUND_ROBIN_TURN", variant: "strict", poolSize: 2 }],
    skipped: [],
    pathsTried: [],
    rotationUpdates: [{ ...turns({ tom: 1, maya: 0 }, "tom"), poolId: "inbound/inside" }],
    accountOwnerToRecord: null,
    configVersion: 1,
    evaluatedAtIso: "2026-12-01T15:00:00.000Z",
    ...patch,
  };
}

describe("rotationTurnOf", () => {
  it.each<[string, TRoutingDecision | null, string, string | null]>([
    ["round-robin turn", decision({}), "tom", "inbound/inside"],
    ["another rep", decision({}), "maya", null],
    ["least loaded (tie-break only)", decision({ strategy: { filters: [], chooser: { type: "least_loaded" }, accountOwnership: false }, reasons: [{ code: "LEAST_LOADED", openLeads: 0, openPipelineValue: 0 }] }), "tom", null],
    ["account owner (no turn taken)", decision({ reasons: [{ code: "ACCOUNT_OWNER", domain: "acme.com" }], rotationUpdates: [] }), "tom", null],
    ["named rep", decision({ teamId: null, strategy: null, reasons: [{ code: "NAMED_REP", repId: "tom" }], rotationUpdates: [] }), "tom", null],
    ["fallback", decision({ outcome: "fallback" }), "tom", null],
    ["no decision (manual)", null, "tom", null],
  ])("%s", (_name, d, repId, poolId) => {
    expect(rotationTurnOf(d, repId)?.poolId ?? null).toBe(poolId);
  });
});
