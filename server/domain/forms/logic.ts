// Form logic bound to the server's condition evaluator (with the full free-mail list): what the
// API, scoring and the editor call. The rules themselves: form-logic.ts.
import { evaluateCondition } from "../conditions/evaluate-condition";
import { createFormLogic } from "./form-logic";

export const { visibleFieldKeys, isStepVisible, nextStep, stepPath, activeFieldKeys, countedAnswers } = createFormLogic(evaluateCondition);
export { readsFreeEmailList, type TAnswersLike, type TFormLogic, type TNextStep, type TStepPath } from "./form-logic";
