import { describe, expect, it } from "vitest";
import { ANALYTICS_VIEWS } from "./analytics-view";
import { chosenPool, urlChoice } from "./analytics-choices";
import { FUNNEL_DIMENSIONS } from "./funnel-report";

describe("urlChoice: ?view= and ?dimension= in any letter case", () => {
  it.each<[readonly string[], string | undefined, string, string]>([
    [ANALYTICS_VIEWS, "SPEED", "funnel", "speed"],
    [ANALYTICS_VIEWS, "Fairness", "speed", "fairness"],
    [ANALYTICS_VIEWS, "score", "speed", "score"],
    [ANALYTICS_VIEWS, " Funnel ", "speed", "funnel"],
    [ANALYTICS_VIEWS, "nonsense", "speed", "speed"],
    [ANALYTICS_VIEWS, "", "speed", "speed"],
    [ANALYTICS_VIEWS, undefined, "speed", "speed"],
    [FUNNEL_DIMENSIONS, "REP", "path", "rep"],
    [FUNNEL_DIMENSIONS, "utmsource", "path", "utmSource"],
    [FUNNEL_DIMENSIONS, "SCOREBAND", "path", "scoreBand"],
    [FUNNEL_DIMENSIONS, "team", "path", "path"],
  ])("%j: %j → %s", (values, text, fallback, expected) => {
    expect(urlChoice(values, text, fallback)).toBe(expected);
  });
});

describe("chosenPool: ?pool= names a pool by its id in any letter case, the exact id first", () => {
  const pools = [{ id: "inbound" }, { id: "Partners" }, { id: "partners" }, { id: "cm1abcxyz" }];
  it.each<[string | null, string | null]>([
    ["inbound", "inbound"],
    ["INBOUND", "inbound"],
    ["partners", "partners"],
    ["Partners", "Partners"],
    ["PARTNERS", "Partners"],
    ["CM1ABCXYZ", "cm1abcxyz"],
    ["outbound", null],
    [null, null],
  ])("%j → %j", (key, expected) => {
    expect(chosenPool(pools, key)?.id ?? null).toBe(expected);
  });
});
