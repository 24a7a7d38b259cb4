// A form's logic rules on yes/no questions compare the question's own answers, "yes" and "no":
// a value stored as true/false or "true"/"false" (any case: a definition made outside the
// builder, through the API or an import) is read as "yes"/"no" when the definition is parsed
// (ZFormDefinition), so the builder, Publish, the hosted page and the API show and store one
// spelling. Values that are no yes/no word are kept as they are (Publish names them). Scoring
// models and routing are parsed without the form; the evaluator reads their spellings alike
// (conditions/yes-no-word.ts). Structural types only: definition.ts imports this file.
import type { TCondition, TScalar } from "../conditions/condition";
import { yesNoWord } from "../conditions/yes-no-word";

interface TDefinitionShape {
  steps: readonly { fields: readonly { key: string; type: string }[] }[];
  logic: { when: TCondition }[];
}

/** `definition` with every logic rule on a yes/no question comparing "yes"/"no" (the same object when none needed it). */
export function withYesNoRuleValues<TDefinition extends TDefinitionShape>(definition: TDefinition): TDefinition {
  const yesNoKeys = new Set(definition.steps.flatMap((s) => s.fields.filter((f) => f.type === "yes_no").map((f) => f.key)));
  if (yesNoKeys.size === 0) return definition;
  let isChanged = false;
  const respell = (value: TScalar): TScalar => {
    const word = yesNoWord(value);
    if (word === null || word === value) return value;
    isChanged = true;
    return word;
  };
  const visit = (c: TCondition): TCondition => {
    if (c.kind === "group") return { ...c, conditions: c.conditions.map(visit) };
    if (!yesNoKeys.has(c.ref) || c.value === undefined) return c;
    return { ...c, value: Array.isArray(c.value) ? c.value.map(respell) : respell(c.value) };
  };
  const logic = definition.logic.map((rule) => ({ ...rule, when: visit(rule.when) }));
  return isChanged ? { ...definition, logic } : definition;
}
