import { describe, expect, it } from "vitest";
import { readLeadListParams, type TSearchParams } from "./lead-list-params";
import { routedLabel, scoreBandLabel, sliceChips, submittedLabel, withoutSliceHref, type TSliceNames } from "./lead-slice-chips";

const names: TSliceNames = {
  reps: new Map([["rep_tom", "Tom Becker"]]),
  teams: new Map([["team_ent", "Enterprise"], ["team_in", "Inside Sales"]]),
  paths: new Map([["path_ent", "Enterprise path"], ["inbound", "Inbound"]]),
};

describe("the chips of the URL-only filters", () => {
  it.each<[TSearchParams, { label: string; removeHref: string }[]]>([
    [{}, []],
    [{ tier: "nurture", search: "acme" }, []],
    [{ repId: "rep_tom" }, [{ label: "Owner: Tom Becker", removeHref: "/leads" }]],
    // Not a rep of this workspace (another workspace's, or made up): no id, no name from elsewhere.
    [{ repId: "rep_elsewhere" }, [{ label: "Owner: Unknown rep", removeHref: "/leads" }]],
    [
      { from: "2026-11-01", to: "2026-11-30", repId: "rep_tom", tier: "nurture", page: "3" },
      [
        { label: "Submitted 1 Nov – 30 Nov 2026 (UTC)", removeHref: "/leads?tier=nurture&repId=rep_tom" },
        { label: "Owner: Tom Becker", removeHref: "/leads?tier=nurture&from=2026-11-01&to=2026-11-30" },
      ],
    ],
    [
      { teamId: "team_ent", pathId: "path_ent", scoreBand: "40-59", reached: "meeting", sort: "score-desc" },
      [
        { label: "Owner's team: Enterprise", removeHref: "/leads?sort=score-desc&pathId=path_ent&scoreBand=40-59&reached=meeting" },
        { label: "Routing path: Enterprise path", removeHref: "/leads?sort=score-desc&teamId=team_ent&scoreBand=40-59&reached=meeting" },
        { label: "Score 40–59", removeHref: "/leads?sort=score-desc&teamId=team_ent&pathId=path_ent&reached=meeting" },
        { label: "Reached: Meeting", removeHref: "/leads?sort=score-desc&teamId=team_ent&pathId=path_ent&scoreBand=40-59" },
      ],
    ],
    [
      { teamId: "team_x", pathId: "path_x", utmSource: "<b>news</b>" },
      [
        { label: "Owner's team: Unknown team", removeHref: "/leads?pathId=path_x&utmSource=%3Cb%3Enews%3C%2Fb%3E" },
        { label: "Routing path: Unknown path", removeHref: "/leads?teamId=team_x&utmSource=%3Cb%3Enews%3C%2Fb%3E" },
        // User content, shown as text by React (never as markup).
        { label: "UTM source: <b>news</b>", removeHref: "/leads?teamId=team_x&pathId=path_x" },
      ],
    ],
    // Fairness' link: one chip, its days the assignment's; removing it removes the range too.
    [
      { from: "2026-09-01", to: "2026-09-30", assignedRepId: "rep_tom", assignedPathId: "inbound", assignedTeamId: "team_in" },
      [{ label: "Routed to Tom Becker via Inbound → Inside Sales, 1 Sep – 30 Sep 2026 (UTC)", removeHref: "/leads" }],
    ],
    [
      { from: "2026-09-01", assignedRepId: "rep_gone", assignedPathId: "old_path", assignedTeamId: "team_in", repId: "rep_tom", spam: "1" },
      [
        { label: "Routed to Unknown rep via Unknown path → Inside Sales, from 1 Sep 2026 (UTC)", removeHref: "/leads?spam=1&repId=rep_tom" },
        { label: "Owner: Tom Becker", removeHref: "/leads?spam=1&from=2026-09-01&assignedRepId=rep_gone&assignedPathId=old_path&assignedTeamId=team_in" },
      ],
    ],
    [{ assignedTeamId: "team_ent", to: "2026-09-30", assignedRepId: "r".repeat(65) }, [{ label: "Routed via team Enterprise, up to 30 Sep 2026 (UTC)", removeHref: "/leads" }]],
    // A malformed value is no filter, so no chip; the valid one keeps its chip.
    [{ repId: "rep_tom", from: "2026-02-30", scoreBand: "huge" }, [{ label: "Owner: Tom Becker", removeHref: "/leads" }]],
  ])("%j", (query, expected) => {
    expect(sliceChips(readLeadListParams(query), names).map(({ label, removeHref }) => ({ label, removeHref }))).toEqual(expected);
  });

  it("clear all keeps the menus' filters, search and sort, and starts at page 1", () => {
    const params = readLeadListParams({ search: "acme", status: "ASSIGNED", sort: "date-asc", page: "2", repId: "rep_tom", from: "2026-11-01", reached: "won" });
    expect(withoutSliceHref(params)).toBe("/leads?search=acme&status=ASSIGNED&sort=date-asc");
  });
});

describe("labels", () => {
  it.each<[string | undefined, string | undefined, string]>([
    ["2026-11-01", "2026-11-30", "Submitted 1 Nov – 30 Nov 2026 (UTC)"],
    ["2025-12-29", "2026-01-04", "Submitted 29 Dec 2025 – 4 Jan 2026 (UTC)"],
    ["2026-11-05", "2026-11-05", "Submitted 5 Nov – 5 Nov 2026 (UTC)"],
    ["2026-11-01", undefined, "Submitted from 1 Nov 2026 (UTC)"],
    [undefined, "2026-11-30", "Submitted up to 30 Nov 2026 (UTC)"],
  ])("from %s to %s", (from, to, label) => {
    expect(submittedLabel(from, to)).toBe(label);
  });

  it.each<[Record<string, string>, string]>([
    [{ assignedRepId: "rep_tom", assignedPathId: "path_ent", assignedTeamId: "team_ent", from: "2025-12-29", to: "2026-01-04" }, "Routed to Tom Becker via Enterprise path → Enterprise, 29 Dec 2025 – 4 Jan 2026 (UTC)"],
    [{ assignedRepId: "rep_tom" }, "Routed to Tom Becker"],
    [{ assignedPathId: "inbound", to: "2026-11-30" }, "Routed via Inbound, up to 30 Nov 2026 (UTC)"],
    [{ assignedRepId: "rep_tom", assignedTeamId: "team_x" }, "Routed to Tom Becker via team Unknown team"],
  ])("routed %j", (slice, label) => {
    expect(routedLabel(slice, names)).toBe(label);
  });

  it.each([
    ["0-19", "Score below 20"],
    ["20-39", "Score 20–39"],
    ["80+", "Score 80+"],
  ])("score band %s", (band, label) => {
    expect(scoreBandLabel(band)).toBe(label);
  });
});
