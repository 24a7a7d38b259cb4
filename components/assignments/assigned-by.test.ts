import { describe, expect, it } from "vitest";
import { assignedByText } from "./assigned-by";

const names = (id: string) => (id === "u1" ? "Morgan Manager" : "someone");
const decision = (...codes: string[]) => ({ reasons: codes.map((code) => ({ code })) });

describe("assignedByText", () => {
  it.each([
    ["a person (override or next best)", { byUserId: "u1", decision: decision("MANUAL_OVERRIDE") }, "by Morgan Manager"],
    ["the prospect's booking", { byUserId: null, decision: decision("BOOKING_FALLBACK") }, "by the prospect's booking"],
    ["a named rep through an API key (it said 'by the routing rules')", { byUserId: null, decision: decision("MANUAL_OVERRIDE") }, "through the API"],
    ["routing, SLA reassignment", { byUserId: null, decision: decision("PATH_MATCHED", "ROUND_ROBIN") }, "by the routing rules"],
    ["no decision record", { byUserId: null, decision: null }, "by the routing rules"],
  ])("%s", (_name, assignment, expected) => expect(assignedByText(assignment, names)).toBe(expected));
});
