// Content a form must not go out with, one problem at a time so that the publish check
// (publish-check.ts) and the builder's canvas read the same rule and show the same words: a step
// without questions, and choice options still named as the editor named them ("Option 1", "Option
// 2" … — newField and addOption's placeholders), which a prospect would otherwise be offered.
import { optionsOf, type TField, type TFormDefinition } from "./definition";
import { fieldName, stepName, type TPublishProblem } from "./publish-check-context";

/** "Step 'Your needs' has no questions", or null when step `index` has questions (or does not exist). */
export function emptyStepProblem(definition: TFormDefinition, index: number): TPublishProblem | null {
  const step = definition.steps[index];
  if (!step || step.fields.length > 0) return null;
  return { path: `steps.${index}.fields`, stepId: step.id, message: `Step ${stepName(definition, index)} has no questions` };
}

/** The label the editor gives a new option: "Option 3". */
const PLACEHOLDER_LABEL = /^Option \d+$/;

export function isPlaceholderOption(option: { label: string }): boolean {
  return PLACEHOLDER_LABEL.test(option.label.trim());
}

/**
 * A choice question whose options still carry the editor's placeholder labels, pointing at the
 * first of them (`path`: the question's path, `steps.0.fields.2`); null when none does.
 */
export function placeholderOptionsProblem(field: TField, path: string): TPublishProblem | null {
  if (field.options === undefined) return null;
  const options = optionsOf(field);
  const first = options.findIndex(isPlaceholderOption);
  if (first < 0) return null;
  const names = options.filter(isPlaceholderOption).map((o) => `“${o.label.trim()}”`);
  const listed = names.length === 1 ? `option ${names[0]}` : `options ${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
  return {
    path: `${path}.options.${first}.label`,
    fieldKey: field.key,
    message: `${fieldName(field)} still offers the placeholder ${listed}; name its options as prospects should see them`,
  };
}
