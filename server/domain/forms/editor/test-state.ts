// A small two-step form with logic and scoring, shared by the editor operation tests.
import type { TCondition } from "../../conditions/condition";
import { ZScoringModel } from "../../scoring/model";
import { ZFormDefinition } from "../definition";
import type { TEditorState, TEditResult } from "./editor-state";

export const is = (ref: string, value: string): TCondition => ({ kind: "rule", ref, operator: "equals", value });

export function testState(): TEditorState {
  const definition = ZFormDefinition.parse({
    title: "Demo",
    steps: [
      {
        id: "about",
        title: "About you",
        fields: [
          { key: "email", type: "email", label: "Work email", required: true },
          { key: "role", type: "single_choice", label: "Role", options: [{ value: "vp", label: "VP" }, { value: "student", label: "Student" }] },
          { key: "budget", type: "currency", label: "Budget" },
        ],
      },
      { id: "needs", title: "Your needs", fields: [{ key: "company_size", type: "company_size", label: "Company size" }, { key: "notes", type: "long_text", label: "Notes" }] },
    ],
    logic: [
      { id: "show_budget", when: is("role", "vp"), action: { type: "show_field", fieldKey: "budget" } },
      { id: "end_students", fromStepId: "about", when: is("role", "student"), action: { type: "end_form", outcomeId: "thanks" } },
      { id: "hide_notes", when: is("company_size", "1-10"), action: { type: "hide_field", fieldKey: "notes" } },
    ],
    outcomes: [{ id: "thanks", type: "message", title: "Thanks" }],
    defaultOutcomeId: "thanks",
  });
  const scoring = ZScoringModel.parse({
    dimensions: [{ key: "fit", label: "Fit" }, { key: "value", label: "Value" }],
    optionPoints: [
      { fieldKey: "role", optionValue: "vp", dimension: "fit", points: 20 },
      { fieldKey: "company_size", optionValue: "5001+", dimension: "value", points: 30 },
    ],
    rules: [{ id: "big_company", label: "big company", when: is("company_size", "5001+"), dimension: "value", points: 10 }],
    freeEmail: { fieldKey: "email", dimension: "fit", points: -10 },
    tiers: [{ key: "hot", label: "Hot", minScore: 40 }, { key: "warm", label: "Warm", minScore: 10 }, { key: "cold", label: "Cold", minScore: null }],
    knockouts: [{ id: "students", label: "student", when: is("role", "student"), tier: "cold" }],
    dealValue: { currency: "USD", base: 1000, fromOptions: [{ fieldKey: "company_size", optionValue: "5001+", amount: 50000 }], fromField: "budget" },
  });
  return { definition, scoring };
}

/** The state of a successful result (fails the test with the error otherwise). */
export function stateOf<T extends object>(result: TEditResult<T>): TEditorState {
  if (!result.ok) throw new Error(`expected ok, got: ${result.error}`);
  return result.state;
}

export function fieldKeysByStep(state: TEditorState): string[][] {
  return state.definition.steps.map((s) => s.fields.map((f) => f.key));
}
