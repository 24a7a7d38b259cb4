import { describe, expect, it } from "vitest";
import { formatMoney } from "@/components/leads/format";
import { formatMoneyFigure } from "./money-figure";

describe("formatMoneyFigure: a money figure per currency", () => {
  it.each<[string, Record<string, number>, string[], string]>([
    ["one currency, with its symbol", { USD: 25000 }, ["USD"], "$25,000"],
    ["one currency, rounded to whole units", { EUR: 1234.56 }, ["EUR"], "€1,235"],
    ["no leads", {}, [], "0"],
    ["one currency, nothing in it", {}, ["USD"], "$0"],
    ["two currencies, the view's main currency first", { USD: 25000, EUR: 12000 }, ["USD", "EUR"], "$25,000 · €12,000"],
    ["two currencies, euros the main one", { USD: 25000, EUR: 12000 }, ["EUR", "USD"], "€12,000 · $25,000"],
    ["a currency with none is left out", { EUR: 12000 }, ["USD", "EUR"], "€12,000"],
    ["none in any currency", { USD: 0 }, ["USD", "EUR"], "0"],
    ["an amount in a currency the view does not list is still shown", { USD: 5, GBP: 7 }, ["USD"], "$5 · £7"],
  ])("%s", (_name, money, currencies, text) => {
    expect(formatMoneyFigure(money, currencies)).toBe(text);
  });

  it("writes each amount as the lead pages do (formatMoney)", () => {
    expect(formatMoneyFigure({ USD: 90000, JPY: 12000 }, ["USD", "JPY"])).toBe(`${formatMoney(90000, "USD")} · ${formatMoney(12000, "JPY")}`);
  });
});
