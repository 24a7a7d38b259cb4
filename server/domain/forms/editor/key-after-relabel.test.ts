import { describe, expect, it } from "vitest";
import { ZField } from "../definition";
import { addField, updateField } from "./field-ops";
import { followLabel, isAutomaticKey, keyAfterRelabel, type TRelabel } from "./key-after-relabel";
import { fieldKeysByStep, is, stateOf, testState } from "./test-state";

const LONG = "What is the single most important outcome your team expects from this project in the next twelve months";
const CUT = "what_is_the_single_most_important_outcome_your_team_expects_from";

describe("keyAfterRelabel", () => {
  const base: TRelabel = { key: "single_choice", type: "single_choice", labelBefore: "Single choice", labelAfter: "Your role", isPublished: false, taken: [] };
  const cases: [string, Partial<TRelabel>, string][] = [
    ["a new question's key follows its first label", {}, "your_role"],
    ["…and a deduped one (single_choice_2) too", { key: "single_choice_2", taken: ["single_choice"] }, "your_role"],
    ["a key that followed the label follows the next one", { key: "your_role", labelBefore: "Your role", labelAfter: "Your job title" }, "your_job_title"],
    ["the type's default key still follows a label set before (older drafts)", { labelBefore: "Role", labelAfter: "Your role" }, "your_role"],
    ["the default key of a type whose default label is not its name", { key: "work_email", type: "email", labelBefore: "Work email", labelAfter: "Email address" }, "email_address"],
    ["a typed key never changes by itself", { key: "persona", labelBefore: "Single choice" }, "persona"],
    ["a typed key that looks deduped but is not the label's (role_1) stays", { key: "your_role_1", labelBefore: "Your role", labelAfter: "Job" }, "your_role_1"],
    ["a published key never changes", { isPublished: true }, "single_choice"],
    ["a hidden field's key is its URL parameter: kept", { key: "utm_source", type: "hidden", labelBefore: "UTM source", labelAfter: "Campaign" }, "utm_source"],
    ["the label did not change (focus in, focus out)", { labelAfter: "Single choice" }, "single_choice"],
    ["only spaces changed", { labelAfter: " Single choice " }, "single_choice"],
    ["collision with another question: deduped", { taken: ["single_choice", "your_role"] }, "your_role_2"],
    ["collision with its own key is no collision", { key: "your_role", labelBefore: "Your role", labelAfter: "Your  role!", taken: ["your_role"] }, "your_role"],
    ["a deduped key whose label still makes its base stays as it is", { key: "your_role_2", labelBefore: "Your role", labelAfter: "Your role?", taken: ["your_role", "your_role_2"] }, "your_role_2"],
    ["non-Latin label: the key is kept", { labelAfter: "Ваша роль" }, "single_choice"],
    ["punctuation only: the key is kept", { labelAfter: "?!" }, "single_choice"],
    ["emptied label: the key is kept", { labelAfter: "" }, "single_choice"],
    ["accents are dropped", { labelAfter: "Rôle de l'équipe" }, "role_de_l_equipe"],
    ["a label starting with a digit gets a letter first", { labelAfter: "2027 budget" }, "field_2027_budget"],
    ["a long label is cut to the 64-character limit", { labelAfter: LONG }, CUT],
    ["a long label that collides is cut to make room for _2", { labelAfter: LONG, taken: [CUT] }, `${CUT.slice(0, 62)}_2`],
    ["a non-Latin first label left the fallback key (field): it follows a Latin one", { key: "field", labelBefore: "Ваша роль" }, "your_role"],
  ];
  it.each(cases)("%s", (_name, change, expected) => {
    const next = keyAfterRelabel({ ...base, ...change });
    expect(next).toBe(expected);
    expect(ZField.shape.key.safeParse(next).success).toBe(true);
  });
});

describe("isAutomaticKey", () => {
  it.each([
    ["single_choice", "single_choice", "Single choice", true],
    ["single_choice_12", "single_choice", "Your role", true],
    ["single_choice_1", "single_choice", "Your role", false],
    ["single_choice_02", "single_choice", "Your role", false],
    ["your_role", "single_choice", "Your role", true],
    ["role", "single_choice", "Your role", false],
    ["are_you_an_existing_customer", "yes_no", "Customer?", true],
  ] as const)("%s (%s labelled %s): %s", (key, type, label, expected) => {
    expect(isAutomaticKey(key, type, label)).toBe(expected);
  });
});

describe("followLabel", () => {
  /** The demo form plus a "Single choice" question that a rule and option points refer to. */
  function withNewChoice() {
    const added = addField(testState(), { stepId: "needs", type: "single_choice" });
    const key = added.ok ? added.key : "";
    const s = stateOf(added);
    const logic = [...s.definition.logic, { id: "hide_notes_2", when: is(key, "option_1"), action: { type: "hide_field" as const, fieldKey: "notes" } }];
    const optionPoints = [...s.scoring.optionPoints, { fieldKey: key, optionValue: "option_1", dimension: "fit", points: 5 }];
    return { key, state: { definition: { ...s.definition, logic }, scoring: { ...s.scoring, optionPoints } } };
  }

  it("renames an automatic key after its new label, with its logic and scoring references", () => {
    const { key, state } = withNewChoice();
    expect(key).toBe("single_choice");
    const relabelled = stateOf(updateField(state, key, { label: "Your role" }));
    const result = followLabel(relabelled, key, "Single choice", new Set());
    const next = stateOf(result);
    expect(result.ok && result.key).toBe("your_role");
    expect(fieldKeysByStep(next)).toEqual([["email", "role", "budget"], ["company_size", "notes", "your_role"]]);
    expect(next.definition.logic.find((r) => r.id === "hide_notes_2")?.when).toEqual(is("your_role", "option_1"));
    expect(next.scoring.optionPoints.map((p) => p.fieldKey)).toEqual(["role", "company_size", "your_role"]);
  });

  it("does not take a key a published version used, and leaves a published key alone", () => {
    const { key, state } = withNewChoice();
    const relabelled = stateOf(updateField(state, key, { label: "Your role" }));
    const published = new Set(["email", "your_role"]);
    expect(stateOf(followLabel(relabelled, key, "Single choice", published)).definition.steps[1]!.fields[2]!.key).toBe("your_role_2");
    const same = followLabel(relabelled, key, "Single choice", new Set([key]));
    expect(same.ok && same.state).toBe(relabelled);
  });

  it("returns the same state (no undo step) when the key stays, and fails for an unknown question", () => {
    const state = testState();
    const relabelled = stateOf(updateField(state, "email", { label: "Business email" }));
    const result = followLabel(relabelled, "email", "Work email", new Set());
    expect(result.ok && result.key).toBe("email");
    expect(result.ok && result.state).toBe(relabelled);
    expect(followLabel(state, "nope", "x", new Set()).ok).toBe(false);
  });
});
