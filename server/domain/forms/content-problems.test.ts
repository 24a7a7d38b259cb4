import { describe, expect, it } from "vitest";
import { ZFormDefinition, type TField, type TFormDefinitionInput } from "./definition";
import { emptyStepProblem, placeholderOptionsProblem } from "./content-problems";
import { checkPublishable } from "./publish-check";

const form = (steps: TFormDefinitionInput["steps"]) =>
  ZFormDefinition.parse({ title: "Demo", steps, outcomes: [{ id: "thanks", type: "message", title: "Thanks" }], defaultOutcomeId: "thanks" });

describe("emptyStepProblem: the publish check's words, shown on the canvas as the step empties", () => {
  const definition = form([
    { id: "about", title: "About you", fields: [{ key: "email", type: "email", label: "Work email" }] },
    { id: "extra", fields: [] },
    { id: "needs", title: "Your needs", fields: [] },
  ]);
  it.each([
    [0, null],
    [1, { path: "steps.1.fields", stepId: "extra", message: "Step 'Step 2' has no questions" }],
    [2, { path: "steps.2.fields", stepId: "needs", message: "Step 'Your needs' has no questions" }],
    [3, null],
  ])("step %i → %j", (i, expected) => expect(emptyStepProblem(definition, i)).toEqual(expected));

  it("publish refuses exactly these", () => {
    const problems = checkPublishable(definition).filter((p) => p.message.endsWith("has no questions"));
    expect(problems).toEqual([emptyStepProblem(definition, 1), emptyStepProblem(definition, 2)]);
  });
});

const option = (value: string, label: string) => ({ value, label });
const field = (type: TField["type"], options?: { value: string; label: string }[]): TField => ({ key: "plan", type, label: "Plan", required: false, ...(options ? { options } : {}) });

describe("placeholderOptionsProblem: options still named as the editor named them (“Option 1”)", () => {
  it.each<[string, TField, ReturnType<typeof placeholderOptionsProblem>]>([
    ["a new Dropdown, untouched", field("dropdown", [option("option_1", "Option 1"), option("option_2", "Option 2")]),
      { path: "steps.0.fields.1.options.0.label", fieldKey: "plan", message: "'Plan' still offers the placeholder options “Option 1” and “Option 2”; name its options as prospects should see them" }],
    ["one of three left", field("single_choice", [option("small", "Small"), option("option_2", "Option 2"), option("big", "Big")]),
      { path: "steps.0.fields.1.options.1.label", fieldKey: "plan", message: "'Plan' still offers the placeholder option “Option 2”; name its options as prospects should see them" }],
    ["three placeholders, with spaces", field("multiple_choice", [option("a", " Option 1 "), option("b", "Option 2"), option("c", "Option 3")]),
      { path: "steps.0.fields.1.options.0.label", fieldKey: "plan", message: "'Plan' still offers the placeholder options “Option 1”, “Option 2” and “Option 3”; name its options as prospects should see them" }],
    ["renamed options", field("dropdown", [option("option_1", "Small team"), option("option_2", "Large team")]), null],
    ["a label that only starts like one", field("dropdown", [option("a", "Option 1 (recommended)"), option("b", "Optional")]), null],
    ["no options", field("dropdown"), null],
    ["not a choice question", field("short_text"), null],
  ])("%s", (_, f, expected) => expect(placeholderOptionsProblem(f, "steps.0.fields.1")).toEqual(expected));

  it("publish refuses it with the same words", () => {
    const definition = form([{ id: "about", title: "About you", fields: [{ key: "email", type: "email", label: "Work email" }, field("dropdown", [option("option_1", "Option 1"), option("option_2", "Option 2")])] }]);
    expect(checkPublishable(definition)).toEqual([placeholderOptionsProblem(definition.steps[0]!.fields[1]!, "steps.0.fields.1")]);
  });
});
