import { describe, expect, it } from "vitest";
import { choiceIssues, DEFAULT_STRATEGY, defaultDestination, destinationChoiceDetails, destinationChoiceIssues, destinationChoiceRefusal, formAsksEmail, keepUnchangedIssues, newPath, notRunReason, policiesCardProblems, repsToOffer, reviewerChoiceIssues, withDestinationChoices, type TDestination } from "./routing-editor-model";

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
});

describe("a path's team or rep is the manager's choice", () => {
  it("+ Add path targets no team (it targeted the first team, APAC)", () => {
    expect(newPath().destination).toMatchObject({ type: "team", teamId: "" });
  });
  it("switching a path to \"A team\" picks no team either", () => {
    expect(defaultDestination("team")).toMatchObject({ type: "team", teamId: "" });
  });
  // Was: "a new rep destination starts with the first rep who works leads" (repId "sam").
  it("switching a path to \"A named rep\" picks no rep (it picked the first rep who works leads)", () => {
    expect(defaultDestination("rep")).toEqual({ type: "rep", repId: "" });
  });

  const path = (name: string, destination: TDestination) => ({ ...newPath(), name, destination });
  const team = (teamId: string): TDestination => ({ type: "team", teamId, strategy: DEFAULT_STRATEGY });
  it.each([
    { name: "every team chosen: no issue", paths: [path("APAC", team("apac")), path("Nurture", { type: "nurture" })], want: [] },
    { name: "a new path: its team field, named", paths: [path("APAC", team("apac")), path("New path", team(""))], want: [{ path: "paths.1.destination.teamId", message: "Path 2 (“New path”) has no team yet: choose the team it sends leads to" }] },
    { name: "blank counts as not chosen", paths: [path("Blank", team("  "))], want: [{ path: "paths.0.destination.teamId", message: "Path 1 (“Blank”) has no team yet: choose the team it sends leads to" }] },
    { name: "a chosen rep, nurture, disqualify: nothing to choose", paths: [path("Rep", { type: "rep", repId: "sam" }), path("Out", { type: "disqualify" })], want: [] },
    { name: "a named rep not chosen: its rep field, named", paths: [path("APAC", team("apac")), path("VIP", { type: "rep", repId: "" })], want: [{ path: "paths.1.destination.repId", message: "Path 2 (“VIP”) has no rep yet: choose the rep it sends leads to" }] },
    { name: "a team and a rep not chosen: both, in order", paths: [path("VIP", { type: "rep", repId: " " }), path("New path", team(""))], want: [{ path: "paths.0.destination.repId", message: "Path 1 (“VIP”) has no rep yet: choose the rep it sends leads to" }, { path: "paths.1.destination.teamId", message: "Path 2 (“New path”) has no team yet: choose the team it sends leads to" }] },
  ])("destinationChoiceIssues: $name", ({ paths, want }) => {
    expect(destinationChoiceIssues({ paths })).toEqual(want);
  });

  it("withDestinationChoices: the choice's message replaces \"a team that does not exist ()\" at its field; other errors stay", () => {
    const choice = { path: "paths.1.destination.teamId", message: "Path 2 (“New path”) has no team yet: choose the team it sends leads to" };
    const unknown = { path: "paths.1.destination.teamId", message: "Path “New path” sends leads to a team that does not exist ()" };
    const other = { path: "fallback", message: "A fallback queue is required" };
    expect(withDestinationChoices([unknown, other], [choice])).toEqual([choice, other]);
    expect(withDestinationChoices([unknown, other], [])).toEqual([unknown, other]);
    const repChoice = { path: "paths.0.destination.repId", message: "Path 1 (“VIP”) has no rep yet: choose the rep it sends leads to" };
    const unknownRep = { path: "paths.0.destination.repId", message: "Path “VIP” assigns leads to a rep who does not exist ()" };
    expect(withDestinationChoices([unknownRep, other], [repChoice])).toEqual([repChoice, other]);
  });

  const at = (field: "teamId" | "repId") => ({ path: `paths.0.destination.${field}`, message: "…" });
  it.each([
    { name: "teams only", choices: [at("teamId")], want: "Choose a team for every path first" },
    { name: "reps only", choices: [at("repId")], want: "Choose a rep for every path first" },
    { name: "both", choices: [at("repId"), at("teamId")], want: "Choose a team or rep for every path first" },
  ])("destinationChoiceRefusal: $name", ({ choices, want }) => {
    expect(destinationChoiceRefusal(choices)).toBe(`${want}: the draft is saved only with each path's destination chosen.`);
  });
});

describe("the high-value review's reviewer is the manager's choice", () => {
  const NO_REVIEWER = { path: "policies.review.reviewerUserId", message: "High-value review has no reviewer yet: choose the manager who approves or changes the provisional owner" };
  const review = (reviewerUserId: string) => ({ sla: null, review: { minValue: 100000, windowMinutes: 30, reviewerUserId } });
  it.each([
    { name: "no review: nothing to choose", policies: { sla: null, review: null }, want: [] },
    { name: "a reviewer chosen: no issue", policies: review("u-manager"), want: [] },
    { name: "the box just ticked (no reviewer): its field, named", policies: review(""), want: [NO_REVIEWER] },
    { name: "blank counts as not chosen", policies: review("  "), want: [NO_REVIEWER] },
  ])("reviewerChoiceIssues: $name", ({ policies, want }) => {
    expect(reviewerChoiceIssues({ policies })).toEqual(want);
  });

  it("choiceIssues: the paths' teams and reps, then the reviewer", () => {
    const paths = [{ ...newPath(), name: "New path" }];
    expect(choiceIssues({ paths, policies: review("") }).map((c) => c.path)).toEqual(["paths.0.destination.teamId", "policies.review.reviewerUserId"]);
    expect(choiceIssues({ paths: [], policies: review("u-manager") })).toEqual([]);
  });

  // Was: the refusal "Choose a reviewer for high-value review first…" listed "High-value review has
  // no reviewer yet…" under itself: the same problem twice in one box.
  const TEAM = { path: "paths.0.destination.teamId", message: "Path 1 (“New path”) has no team yet: choose the team it sends leads to" };
  it.each([
    { name: "the reviewer only: nothing listed (the refusal names it)", choices: [NO_REVIEWER], want: [] },
    { name: "a path and the reviewer: the path", choices: [TEAM, NO_REVIEWER], want: [TEAM.message] },
    { name: "paths only: each", choices: [TEAM, { ...TEAM, path: "paths.1.destination.repId" }], want: [TEAM.message, TEAM.message] },
  ])("destinationChoiceDetails: $name", ({ choices, want }) => {
    expect(destinationChoiceDetails(choices)).toEqual(want);
  });

  it("withDestinationChoices: the reviewer's choice replaces the analysis' message at its field", () => {
    const analysis = { path: "policies.review.reviewerUserId", message: "High-value review has no reviewer chosen: choose the manager who reviews high-value leads" };
    expect(withDestinationChoices([analysis], [NO_REVIEWER])).toEqual([NO_REVIEWER]);
  });

  // Was: the card listed "High-value review has no reviewer yet…" under the Reviewer field's own
  // "Choose the manager who reviews high-value leads.": the same problem said twice.
  const MIN_VALUE = { path: "policies.review.minValue", message: "At least 0" };
  const NOT_MEMBER = { path: "policies.review.reviewerUserId", message: "The reviewer must be a member of this workspace" };
  it.each([
    { name: "no reviewer chosen: said at the Reviewer field only, not again in the card", policies: review(""), issues: withDestinationChoices([], [NO_REVIEWER]), want: [] },
    { name: "no reviewer chosen and another problem: the other stays", policies: review(""), issues: withDestinationChoices([MIN_VALUE], [NO_REVIEWER]), want: [MIN_VALUE] },
    { name: "a reviewer who is not a member: the field does not say it, the card does", policies: review("u-gone"), issues: [NOT_MEMBER], want: [NOT_MEMBER] },
    { name: "no review: the issues as they are", policies: { sla: null, review: null }, issues: [MIN_VALUE], want: [MIN_VALUE] },
  ])("policiesCardProblems: $name", ({ policies, issues, want }) => {
    expect(policiesCardProblems(issues, { policies })).toEqual(want);
  });

  const at = (path: string) => ({ path, message: "…" });
  it.each([
    { name: "the reviewer only", choices: [at("policies.review.reviewerUserId")], want: "Choose a reviewer for high-value review first: the draft is saved only with its reviewer chosen." },
    { name: "a team and the reviewer", choices: [at("paths.0.destination.teamId"), at("policies.review.reviewerUserId")], want: "Choose a team for every path and a reviewer for high-value review first: the draft is saved only with each path's destination and the reviewer chosen." },
    { name: "a rep, no reviewer missing: as before", choices: [at("paths.0.destination.repId")], want: "Choose a rep for every path first: the draft is saved only with each path's destination chosen." },
  ])("destinationChoiceRefusal: $name", ({ choices, want }) => {
    expect(destinationChoiceRefusal(choices)).toBe(want);
  });
});

describe("notRunReason: Test a lead and Replay say why they did not run, next to their button", () => {
  // Was: nothing next to the button; the refusal was at the top of the editor (off screen).
  it.each([
    { name: "the reviewer to choose", choices: [{ path: "policies.review.reviewerUserId", message: "High-value review has no reviewer yet: choose the manager who approves or changes the provisional owner" }], want: "Not run: the draft is saved first, and it cannot be saved yet. High-value review has no reviewer yet: choose the manager who approves or changes the provisional owner." },
    { name: "a team and a rep to choose: both", choices: [{ path: "paths.0.destination.repId", message: "Path 1 (“VIP”) has no rep yet: choose the rep it sends leads to" }, { path: "paths.1.destination.teamId", message: "Path 2 (“New path”) has no team yet: choose the team it sends leads to" }], want: "Not run: the draft is saved first, and it cannot be saved yet. Path 1 (“VIP”) has no rep yet: choose the rep it sends leads to. Path 2 (“New path”) has no team yet: choose the team it sends leads to." },
    { name: "the server refused the save (a conflict): points to the message with the way out", choices: [], want: "Not run: the draft could not be saved first; the reason is at the top of the editor." },
  ])("$name", ({ choices, want }) => {
    expect(notRunReason(choices)).toBe(want);
  });
});

describe("formAsksEmail: Test a lead shows one email field", () => {
  it.each([
    { name: "the form asks an email: its question is the email", form: { fields: [{ type: "text" }, { type: "email" }] }, want: true },
    { name: "no email question: the panel's own Email (optional)", form: { fields: [{ type: "text" }, { type: "select" }] }, want: false },
    { name: "no form", form: undefined, want: false },
  ])("$name", ({ form, want }) => {
    expect(formAsksEmail(form)).toBe(want);
  });
});
