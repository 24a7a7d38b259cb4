// The condition evaluator with the full free-mail list: what the server, scoring, routing and the
// editor call. Semantics: condition-evaluator.ts (the list-free core the hosted page uses).
import { createConditionEvaluator } from "./condition-evaluator";
import { isFreeEmailDomain } from "./email-domain";

export const { evaluateCondition, evaluateRule } = createConditionEvaluator(isFreeEmailDomain);
export { conditionRefs, conditionRules, isEmptyAnswer, toNumber, type TIsFreeEmailDomain } from "./condition-evaluator";
export { describeCondition } from "./describe-condition";
