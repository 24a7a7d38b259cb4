import { describe, expect, it } from "vitest";
import { decisionAssignment, type TDecisionAssignment } from "./decision-assignment";
import type { TRoutingDecision } from "./routing-types";

type TDecisionPart = Pick<TRoutingDecision, "outcome" | "repId" | "queue">;
const queue = { name: "Inbound", ownerUserId: "user_q" };

describe("decisionAssignment", () => {
  it.each<[string, TDecisionPart, "ROUTED" | "REASSIGNED" | "SLA_REASSIGNED" | undefined, TDecisionAssignment | null]>([
    ["assigned: the caller's kind, ROUTED by default", { outcome: "assigned", repId: "tom", queue: null }, undefined, { kind: "ROUTED", repId: "tom" }],
    ["assigned on a reassignment", { outcome: "assigned", repId: "tom", queue: null }, "REASSIGNED", { kind: "REASSIGNED", repId: "tom" }],
    ["assigned by the SLA", { outcome: "assigned", repId: "maya", queue: null }, "SLA_REASSIGNED", { kind: "SLA_REASSIGNED", repId: "maya" }],
    ["fallback queue with its rep: FALLBACK whatever the kind", { outcome: "fallback", repId: "kim", queue }, "REASSIGNED", { kind: "FALLBACK", repId: "kim" }],
    ["fallback queue without a rep: no owner", { outcome: "fallback", repId: null, queue }, undefined, { kind: "FALLBACK", repId: null }],
    ["fallback without a queue: no owner", { outcome: "fallback", repId: "kim", queue: null }, "SLA_REASSIGNED", { kind: "FALLBACK", repId: null }],
    ["nurture: no assignment", { outcome: "nurture", repId: null, queue: null }, "REASSIGNED", null],
    ["disqualified: no assignment", { outcome: "disqualified", repId: null, queue: null }, undefined, null],
  ])("%s", (_name, decision, kind, expected) => {
    expect(decisionAssignment(decision, kind)).toEqual(expected);
  });
});
