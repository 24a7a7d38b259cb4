import { describe, expect, it } from "vitest";
import { leadListFilters, phoneSearchDigits, reachedFacts, type TLeadListFilter, type TLeadListFilterInput, type TLeadListFilterViewer } from "./lead-list-filters";

const REP: TLeadListFilterViewer = { userId: "u-rep", role: "REP" };
const MANAGER: TLeadListFilterViewer = { userId: "u-mgr", role: "MANAGER" };

describe("leadListFilters", () => {
  const cases: [string, TLeadListFilterInput, TLeadListFilterViewer | null, TLeadListFilter[]][] = [
    ["nothing asked: spam that reads as SPAM hidden", { includeSpam: false }, null, [{ kind: "hideSpam" }]],
    ["spam shown", { includeSpam: true }, null, []],
    ["a status decides spam itself", { includeSpam: false, status: "NEW" }, null, [{ kind: "status", status: "NEW" }]],
    ["a REP reads only their own leads", { includeSpam: true }, REP, [{ kind: "ownedByUser", userId: "u-rep" }]],
    ["a manager reads the workspace", { includeSpam: true }, MANAGER, []],
    [
      "tier, form, source and search",
      { includeSpam: true, tier: "hot", formId: "f1", source: "api", search: "50%" },
      null,
      [
        { kind: "tier", tier: "hot" },
        { kind: "form", formId: "f1" },
        { kind: "source", source: "api" },
        { kind: "search", text: "50%", phoneDigits: null },
      ],
    ],
    ["an empty search is no filter", { includeSpam: true, search: "" }, null, []],
    ["a search that reads as a phone: its digits too", { includeSpam: true, search: "+49 (30) 123-45" }, null, [{ kind: "search", text: "+49 (30) 123-45", phoneDigits: "493012345" }]],
    [
      "slice dates: from the first day's start to the end of the last (UTC)",
      { includeSpam: true, slice: { from: "2026-11-03", to: "2026-11-06" } },
      null,
      [{ kind: "submittedBetween", from: new Date("2026-11-03T00:00:00Z"), before: new Date("2026-11-07T00:00:00Z") }],
    ],
    ["slice from only", { includeSpam: true, slice: { from: "2026-11-03" } }, null, [{ kind: "submittedBetween", from: new Date("2026-11-03T00:00:00Z"), before: null }]],
    [
      "slice rep, team, path, utm source",
      { includeSpam: true, slice: { repId: "r1", teamId: "t1", pathId: "p1", utmSource: "google" } },
      null,
      [
        { kind: "ownerRep", repId: "r1" },
        { kind: "ownerInTeam", teamId: "t1" },
        { kind: "routingPath", pathId: "p1" },
        { kind: "utmSource", utmSource: "google" },
      ],
    ],
    [
      "slice routed to a rep through a pool: the range is the assignment's, not the submission's",
      { includeSpam: true, slice: { from: "2026-09-01", to: "2026-09-30", assignedRepId: "r1", assignedPathId: "inbound", assignedTeamId: "t1", repId: "r2" } },
      null,
      [
        { kind: "routedAssignment", repId: "r1", pathId: "inbound", teamId: "t1", from: new Date("2026-09-01T00:00:00Z"), before: new Date("2026-10-01T00:00:00Z") },
        { kind: "ownerRep", repId: "r2" },
      ],
    ],
    ["slice routed by a path, no range", { includeSpam: true, slice: { assignedPathId: "inbound" } }, null, [{ kind: "routedAssignment", repId: null, pathId: "inbound", teamId: null, from: null, before: null }]],
    ["slice routed to a team up to a day", { includeSpam: true, slice: { assignedTeamId: "t1", to: "2026-09-30" } }, null, [{ kind: "routedAssignment", repId: null, pathId: null, teamId: "t1", from: null, before: new Date("2026-10-01T00:00:00Z") }]],
    ["slice lowest score band: no minimum", { includeSpam: true, slice: { scoreBand: "0-19" } }, null, [{ kind: "scoreBetween", min: null, max: 19 }]],
    ["slice top score band: no maximum", { includeSpam: true, slice: { scoreBand: "80+" } }, null, [{ kind: "scoreBetween", min: 80, max: null }]],
    ["slice reached submitted: every lead", { includeSpam: true, slice: { reached: "submitted" } }, null, []],
    ["slice reached won", { includeSpam: true, slice: { reached: "won" } }, null, [{ kind: "reached", anyOf: [{ kind: "stageIn", stages: ["WON"] }] }]],
  ];
  it.each(cases)("%s", (_name, input, viewer, expected) => {
    expect(leadListFilters(input, viewer)).toEqual(expected);
  });

  it("a REP's scope comes first and stays with every other filter", () => {
    const filters = leadListFilters({ includeSpam: false, status: "ASSIGNED", tier: "hot", search: "acme", slice: { reached: "routed" } }, REP);
    expect(filters[0]).toEqual({ kind: "ownedByUser", userId: "u-rep" });
    expect(filters.map((f) => f.kind)).toEqual(["ownedByUser", "status", "tier", "reached", "search"]);
  });
});

describe("reachedFacts", () => {
  it("a stage is reached by its own facts and every later stage's", () => {
    const kinds = (stage: Parameters<typeof reachedFacts>[0]) => reachedFacts(stage).map((f) => f.kind);
    expect(kinds("won")).toEqual(["stageIn"]);
    expect(kinds("opportunity")).toEqual(["stageIn", "stageIn", "hasOpportunityAmount", "hadOutcomeIn"]);
    expect(kinds("routed")).toEqual([...kinds("contacted"), "hasOwner"]);
    expect(kinds("qualified")).toEqual([...kinds("routed"), "routingOutcomeIn"]);
    expect(reachedFacts("meeting")).toContainEqual({ kind: "stageIn", stages: ["MEETING_BOOKED", "MEETING_HELD", "NO_SHOW"] });
    expect(reachedFacts("submitted")).toHaveLength(11);
  });
});

describe("phoneSearchDigits: a search that reads as a phone also matches a phone's digits", () => {
  it.each<[string, string | null]>([
    ["4930 123", "4930123"],
    ["+49 30 1234567", "49301234567"],
    ["(030) 123-45.6/7", "0301234567"],
    ["4930123", "4930123"],
    ["0123", "0123"],
    ["555", null], // under 4 digits: the text itself matches the phone as typed
    ["(415)", null],
    ["12", null],
    ["5", null],
    ["+ -", null],
    ["Bob 4930", null],
    ["ext. 12", null],
    ["50%", null],
  ])("%j → %j", (text, expected) => {
    expect(phoneSearchDigits(text)).toBe(expected);
  });
});
