import { describe, expect, it } from "vitest";
import { keepUnchangedIssues } from "./routing-editor-model";

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
