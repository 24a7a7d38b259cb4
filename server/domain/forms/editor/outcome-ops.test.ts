import { describe, expect, it } from "vitest";
import { ZFormDefinition } from "../definition";
import { resolveOutcome } from "../resolve-outcome";
import { checkPublishable } from "../publish-check";
import type { TEditorState, TEditResult } from "./editor-state";
import { historyReducer, createHistory } from "./history";
import {
  addOutcome,
  changeOutcomeType,
  describeUses,
  outcomeName,
  outcomeUses,
  removeOutcome,
  setDefaultOutcome,
  setTierOutcome,
  updateOutcome,
} from "./outcome-ops";
import { removeTier } from "./scoring-ops";
import { stateOf, testState } from "./test-state";

/** testState() with a booking end screen (end_1) that Hot leads and the students' end rule use. */
function withBooking(): TEditorState {
  let state = stateOf(addOutcome(testState(), "booking"));
  state = stateOf(setTierOutcome(state, "hot", "end_1"));
  return { ...state, definition: { ...state.definition, logic: state.definition.logic.map((r) => (r.id === "end_students" ? { ...r, action: { type: "end_form" as const, outcomeId: "end_1" } } : r)) } };
}
const errorOf = (result: TEditResult) => (result.ok ? "ok" : result.error);

describe("addOutcome", () => {
  it.each([
    ["message", { id: "end_1", type: "message", title: "Thank you!", body: "" }],
    ["booking", { id: "end_1", type: "booking", title: "Book a meeting", body: "Pick a time that suits you." }],
    ["redirect", { id: "end_1", type: "redirect", url: "" }],
  ] as const)("a %s end screen", (type, expected) => {
    const result = addOutcome(testState(), type);
    expect(result.ok && result.outcomeId).toBe("end_1");
    expect(stateOf(result).definition.outcomes).toEqual([testState().definition.outcomes[0], expected]);
  });

  it("takes the next free id", () => {
    const twice = stateOf(addOutcome(stateOf(addOutcome(testState(), "message")), "booking"));
    expect(twice.definition.outcomes.map((o) => o.id)).toEqual(["thanks", "end_1", "end_2"]);
  });

  it("refuses a 21st", () => {
    let state = testState();
    for (let i = 0; i < 19; i++) state = stateOf(addOutcome(state, "message"));
    expect(errorOf(addOutcome(state, "message"))).toBe("A form has at most 20 end screens");
  });

  it("a new redirect is a draft problem until it has an http(s) address", () => {
    const state = stateOf(addOutcome(testState(), "redirect"));
    expect(ZFormDefinition.safeParse(state.definition).error?.issues[0]?.path).toEqual(["outcomes", 1, "url"]);
    const fixed = stateOf(updateOutcome(state, "end_1", { url: "https://example.com/thanks" }));
    expect(ZFormDefinition.safeParse(fixed.definition).success).toBe(true);
    expect(ZFormDefinition.safeParse(stateOf(updateOutcome(state, "end_1", { url: "ftp://example.com" })).definition).success).toBe(false);
  });
});

describe("updateOutcome / changeOutcomeType", () => {
  it.each<[string, () => TEditResult, unknown]>([
    ["a message's title", () => updateOutcome(testState(), "thanks", { title: "We got it" }), { id: "thanks", type: "message", title: "We got it", body: "" }],
    ["a message's text", () => updateOutcome(testState(), "thanks", { body: "Talk soon" }), { id: "thanks", type: "message", title: "Thanks", body: "Talk soon" }],
    ["message → booking keeps title and text", () => changeOutcomeType(testState(), "thanks", "booking"), { id: "thanks", type: "booking", title: "Thanks", body: "" }],
    ["message → redirect starts with no address", () => changeOutcomeType(testState(), "thanks", "redirect"), { id: "thanks", type: "redirect", url: "" }],
    ["redirect → message starts with a title", () => changeOutcomeType(stateOf(changeOutcomeType(testState(), "thanks", "redirect")), "thanks", "message"), { id: "thanks", type: "message", title: "Thank you!", body: "" }],
    ["the same kind changes nothing", () => changeOutcomeType(testState(), "thanks", "message"), { id: "thanks", type: "message", title: "Thanks", body: "" }],
  ])("%s", (_, run, expected) => {
    expect(stateOf(run()).definition.outcomes[0]).toEqual(expected);
  });

  it("changing the kind keeps its uses (the default, the end rule)", () => {
    const state = stateOf(changeOutcomeType(testState(), "thanks", "booking"));
    expect(outcomeUses(state.definition, state.scoring, "thanks").map((u) => u.kind)).toEqual(["default", "end_rule"]);
  });

  it.each<[string, () => TEditResult, string]>([
    ["an unknown end screen", () => updateOutcome(testState(), "nope", { title: "x" }), "There is no end screen 'nope'"],
    ["a web address on a message", () => updateOutcome(testState(), "thanks", { url: "https://example.com" }), "Only a redirect has a web address"],
    ["a title on a redirect", () => updateOutcome(stateOf(changeOutcomeType(testState(), "thanks", "redirect")), "thanks", { title: "x" }), "A redirect has no title or text, only a web address"],
    ["the kind of an unknown end screen", () => changeOutcomeType(testState(), "nope", "booking"), "There is no end screen 'nope'"],
  ])("refuses %s", (_, run, error) => expect(errorOf(run())).toBe(error));
});

describe("the default and the tiers' end screens", () => {
  it("a tier sees its end screen when it completes the form; the others the default", () => {
    const state = withBooking();
    expect(state.definition.tierOutcomes).toEqual({ hot: "end_1" });
    expect(resolveOutcome(state.definition, { tier: "hot", endOutcomeId: null }).type).toBe("booking");
    expect(resolveOutcome(state.definition, { tier: "warm", endOutcomeId: null }).id).toBe("thanks");
  });

  it.each<[string, (s: TEditorState) => TEditResult, Record<string, string>, string]>([
    ["back to the default", (s) => setTierOutcome(s, "hot", null), {}, "thanks"],
    ["another tier", (s) => setTierOutcome(s, "warm", "thanks"), { hot: "end_1", warm: "thanks" }, "thanks"],
    ["a new default", (s) => setDefaultOutcome(s, "end_1"), { hot: "end_1" }, "end_1"],
  ])("%s", (_, run, tierOutcomes, defaultOutcomeId) => {
    const { definition } = stateOf(run(withBooking()));
    expect({ tierOutcomes: definition.tierOutcomes, defaultOutcomeId: definition.defaultOutcomeId }).toEqual({ tierOutcomes, defaultOutcomeId });
  });

  it.each<[string, (s: TEditorState) => TEditResult, string]>([
    ["an unknown tier", (s) => setTierOutcome(s, "lukewarm", "thanks"), "There is no tier 'lukewarm'"],
    ["an unknown end screen for a tier", (s) => setTierOutcome(s, "hot", "nope"), "There is no end screen 'nope'"],
    ["an unknown default", (s) => setDefaultOutcome(s, "nope"), "There is no end screen 'nope'"],
  ])("refuses %s", (_, run, error) => expect(errorOf(run(withBooking()))).toBe(error));

  it("removing a tier drops its end screen choice (publish would refuse it)", () => {
    const state = stateOf(removeTier(stateOf(setTierOutcome(withBooking(), "warm", "end_1")), "warm"));
    expect(state.definition.tierOutcomes).toEqual({ hot: "end_1" });
    expect(checkPublishable(state.definition, state.scoring)).toEqual([]);
  });
});

describe("outcomeUses / describeUses", () => {
  it.each([
    ["thanks", "the default"],
    ["end_1", "Hot leads; the end rule after 'About you'"],
  ])("%s is used by %s", (id, text) => {
    const state = withBooking();
    expect(describeUses(outcomeUses(state.definition, state.scoring, id))).toBe(text);
  });
});

describe("removeOutcome", () => {
  it("moves the tiers and end rules that used it to the default", () => {
    const result = removeOutcome(withBooking(), "end_1");
    expect(result.ok && result.moved).toBe(2);
    const { definition, scoring } = stateOf(result);
    expect(definition.outcomes.map((o) => o.id)).toEqual(["thanks"]);
    expect(definition.tierOutcomes).toEqual({});
    expect(definition.logic.find((r) => r.id === "end_students")?.action).toEqual({ type: "end_form", outcomeId: "thanks" });
    expect(checkPublishable(definition, scoring)).toEqual([]);
  });

  it("an unused one goes with nothing moved", () => {
    const result = removeOutcome(stateOf(addOutcome(testState(), "message")), "end_1");
    expect(result.ok && result.moved).toBe(0);
  });

  it.each<[string, () => TEditResult, string]>([
    ["the last end screen", () => removeOutcome(testState(), "thanks"), "A form needs at least one end screen"],
    ["the default", () => removeOutcome(withBooking(), "thanks"), "“Thanks” is the default end screen; make another one the default first"],
    ["an unknown one", () => removeOutcome(withBooking(), "nope"), "There is no end screen 'nope'"],
  ])("refuses %s", (_, run, error) => expect(errorOf(run())).toBe(error));

  it("undo brings the end screen and its uses back", () => {
    const before = withBooking();
    const removed = historyReducer(createHistory(before), { type: "apply", next: stateOf(removeOutcome(before, "end_1")), at: 0 });
    expect(historyReducer(removed, { type: "undo" }).present).toBe(before);
  });
});

describe("outcomeName", () => {
  it.each([
    [{ id: "a", type: "message", title: " Thanks ", body: "" }, "Thanks"],
    [{ id: "a", type: "message", title: "", body: "" }, "Message (no title)"],
    [{ id: "a", type: "booking", title: "", body: "" }, "Booking (no title)"],
    [{ id: "a", type: "redirect", url: "https://example.com" }, "Go to https://example.com"],
    [{ id: "a", type: "redirect", url: "" }, "Go to a web address (not set)"],
  ] as const)("%o → %s", (outcome, name) => expect(outcomeName(outcome)).toBe(name));
});
