import { describe, expect, it } from "vitest";
import { formStepReport, ZFormStepEvents } from "./form-steps";

describe("formStepReport", () => {
  it.each<[string, { views: number; starts: number; reachedByStep: number[]; completes: number }, number[], number[]]>([
    ["three steps", { views: 100, starts: 80, reachedByStep: [100, 60, 45], completes: 40 }, [100, 60, 45], [40, 15, 5]],
    ["views count as reaching step 0", { views: 10, starts: 5, reachedByStep: [0, 4], completes: 4 }, [10, 4], [6, 0]],
    ["nothing", { views: 0, starts: 0, reachedByStep: [], completes: 0 }, [0, 0], [0, 0]],
  ])("%s", (_name, counts, reached, dropped) => {
    const report = formStepReport({ ...counts, medianSecondsToComplete: 42 }, ["About you", "Your needs"]);
    expect(report.steps.map((s) => s.reached)).toEqual(reached);
    expect(report.steps.map((s) => s.dropped)).toEqual(dropped);
    expect(report.steps[0]!.label).toBe("About you");
    expect(report.medianSecondsToComplete).toBe(42);
  });

  it("rates", () => {
    const report = formStepReport({ views: 200, starts: 150, reachedByStep: [200, 100], completes: 50, medianSecondsToComplete: null }, ["A", "B"]);
    expect(report.startRate).toBe(0.75);
    expect(report.completionRate).toBe(0.25);
    expect(report.steps[1]!.dropOffRate).toBe(0.5);
  });
});

describe("ZFormStepEvents: the beacon contract", () => {
  const ok = { visitId: "k3j4h5g6f7d8", formVersion: 1, events: [{ type: "view", step: 0, at: 1_764_000_000_000 }] };
  it.each<[string, unknown, boolean]>([
    ["a view", ok, true],
    ["answers are not part of it", { ...ok, events: [{ ...ok.events[0], answers: { email: "x@y.z" } }] }, true],
    ["a short visit id", { ...ok, visitId: "abc" }, false],
    ["an unknown event", { ...ok, events: [{ type: "answer", step: 0, at: 1 }] }, false],
    ["no events", { ...ok, events: [] }, false],
    ["too many events", { ...ok, events: Array.from({ length: 51 }, () => ok.events[0]) }, false],
  ])("%s → %s", (_name, body, valid) => {
    const parsed = ZFormStepEvents.safeParse(body);
    expect(parsed.success).toBe(valid);
    if (parsed.success) expect(JSON.stringify(parsed.data)).not.toContain("answers");
  });
});
