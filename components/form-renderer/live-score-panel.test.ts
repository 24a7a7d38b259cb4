// The editor preview's estimated value reads as the lead page writes money (formatMoney,
// components/leads/format.ts): whole amounts without cents, cents kept, the model's currency — the
// marketer sees in the preview what the rep will read on the lead.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { formatMoney } from "@/components/leads/format";
import { ZScoringModel, type TScoreResult } from "@/server/domain/scoring/model";
import { LiveScorePanel } from "./live-score-panel";

const model = ZScoringModel.parse({ dimensions: [{ key: "fit", label: "Fit" }], tiers: [{ key: "hot", label: "Hot", minScore: null }] });
const result = (estimatedValue: number | null, currency: string): TScoreResult => ({
  total: 0,
  dimensions: { fit: 0 },
  tier: "hot",
  tierLabel: "Hot",
  knockedOutBy: null,
  estimatedValue,
  currency,
  breakdown: [],
});

const shownValue = (estimatedValue: number | null, currency: string): string => {
  const html = renderToStaticMarkup(createElement(LiveScorePanel, { result: result(estimatedValue, currency), model, maxima: { fit: 1 }, onReset: () => {} }));
  const match = /data-testid="score-value">([^<]*)</.exec(html);
  return match?.[1]?.replace(/&amp;/g, "&") ?? "(not shown)";
};

describe("LiveScorePanel: estimated value", () => {
  it.each<[string, number | null, string, string]>([
    ["a whole amount", 90000, "USD", "$90,000"],
    ["cents kept, as on the lead page (not rounded away)", 90000.5, "USD", "$90,000.50"],
    ["the model's currency", 5000, "EUR", "€5,000"],
    ["a currency Intl cannot read: shown as given", 12500, "U$D", "12500 U$D"],
    ["no estimate", null, "USD", "—"],
  ])("%s", (_what, value, currency, text) => {
    expect(shownValue(value, currency)).toBe(text);
  });

  it("is the lead page's formatMoney", () => {
    for (const value of [0, 1, 1234.5, 999999999999.99]) expect(shownValue(value, "USD")).toBe(formatMoney(value, "USD"));
  });
});
