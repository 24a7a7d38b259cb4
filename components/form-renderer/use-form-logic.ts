// The renderer's form logic without the free-mail list in its bundle. A form whose logic asks
// is_work_email / is_free_email loads the list as a lazy chunk when it mounts (most forms never
// do); until it is there those two operators read false, and every decision that counts (the
// step check, Next, Submit) awaits `loadLogic()`, which resolves with the list bound. The server
// decides again on submission with its own list either way.
import { useCallback, useEffect, useMemo, useState } from "react";
import { createConditionEvaluator, type TIsFreeEmailDomain } from "@/server/domain/conditions/condition-evaluator";
import type { TFormDefinition } from "@/server/domain/forms/definition";
import { createFormLogic, readsFreeEmailList, type TFormLogic } from "@/server/domain/forms/form-logic";

let freeEmailList: Promise<TIsFreeEmailDomain> | null = null;

function loadFreeEmailList(): Promise<TIsFreeEmailDomain> {
  freeEmailList ??= import("@/server/domain/conditions/email-domain").then((module) => module.isFreeEmailDomain);
  return freeEmailList;
}

const logicWith = (isFreeEmailDomain: TIsFreeEmailDomain | null): TFormLogic => createFormLogic(createConditionEvaluator(isFreeEmailDomain).evaluateCondition);
const LOGIC_WITHOUT_LIST = logicWith(null);

export function useFormLogic(definition: Pick<TFormDefinition, "logic">): { logic: TFormLogic; loadLogic: () => Promise<TFormLogic> } {
  const needsList = useMemo(() => readsFreeEmailList(definition), [definition]);
  const [loaded, setLoaded] = useState<TFormLogic | null>(null);
  const loadLogic = useCallback(async () => (needsList ? logicWith(await loadFreeEmailList()) : LOGIC_WITHOUT_LIST), [needsList]);

  useEffect(() => {
    if (!needsList) return;
    let isCurrent = true;
    void loadLogic().then((logic) => isCurrent && setLoaded(logic));
    return () => {
      isCurrent = false;
    };
  }, [needsList, loadLogic]);

  return { logic: (needsList && loaded) || LOGIC_WITHOUT_LIST, loadLogic };
}
