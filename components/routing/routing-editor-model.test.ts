import { describe, expect, it } from "vitest";
import { defaultDestination, keepUnchangedIssues, repsToOffer } from "./routing-editor-model";

const draft = (max: number, weight: number, name = "Enterprise") => ({
  paths: [{ id: "a", name: "APAC" }, { id: "b", name, destination: { strategy: { filters: [{ type: "available_now" }, { type: "capacity", backlog: { max, pastSlaWeight: weight } }] } } }],
});
const MAX = { path: "paths.1.destination.strategy.filters.1.backlog.max", message: "At least 0" };
const WEIGHT = { path: "paths.1.destination.strategy.filters.1.backlog.pastSlaWeight", message: "At most 100" };

describe("keepUnchangedIssues", () => {
  it.each([
    { name: "nothing edited: every issue stays", after: draft(-1, 1000), want: [MAX, WEIGHT] },
    { name: "the limit fixed: its issue goes, the weight's stays", after: draft(12, 1000), want: [WEIGHT] },
    { name: "both fixed: none left", after: draft(12, 3), want: [] },
    { name: "another field edited: both stay", after: draft(-1, 1000, "Enterprise closers"), want: [MAX, WEIGHT] },
    { name: "the filter removed: its issues go", after: { paths: [{ id: "a", name: "APAC" }] }, want: [] },
  ])("$name", ({ after, want }) => {
    expect(keepUnchangedIssues([MAX, WEIGHT], draft(-1, 1000), after)).toEqual(want);
  });

  it("an issue about the whole document (empty path) stays until anything changes", () => {
    const issue = { path: "", message: "Invalid" };
    expect(keepUnchangedIssues([issue], draft(1, 1), draft(1, 1))).toEqual([issue]);
    expect(keepUnchangedIssues([issue], draft(1, 1), draft(2, 1))).toEqual([]);
  });
});

describe("repsToOffer: a path names reps of members who work leads", () => {
  const reps = [
    { id: "mia", name: "Mia Marketer", userId: "u-mia", isActive: true, canWorkLeads: false },
    { id: "sam", name: "Sam Rep", userId: "u-sam", isActive: true, canWorkLeads: true },
    { id: "gone", name: "Gina Gone", userId: "u-gina", isActive: false, canWorkLeads: false },
  ];
  it.each([
    { name: "nothing chosen: only those who work leads", chosen: undefined, want: ["sam"] },
    { name: "a Marketer's rep already chosen stays shown (the analysis says why it is refused)", chosen: "mia", want: ["mia", "sam"] },
    { name: "an unknown id adds nothing", chosen: "ghost", want: ["sam"] },
  ])("$name", ({ chosen, want }) => {
    expect(repsToOffer(reps, chosen).map((r) => r.id)).toEqual(want);
  });

  it("a new rep destination starts with the first rep who works leads", () => {
    expect(defaultDestination("rep", { teams: [], reps })).toEqual({ type: "rep", repId: "sam" });
  });
});
