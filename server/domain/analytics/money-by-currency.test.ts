import { describe, expect, it } from "vitest";
import { addMoney, currencyOrder, moneyInOrder, sumMoney, type TMoneyByCurrency } from "./money-by-currency";

describe("addMoney keeps each currency apart", () => {
  it.each<[string, TMoneyByCurrency, string, number, TMoneyByCurrency]>([
    ["first amount", {}, "USD", 25000, { USD: 25000 }],
    ["same currency adds", { USD: 25000 }, "USD", 5000, { USD: 30000 }],
    ["another currency is its own figure", { USD: 25000 }, "EUR", 12000, { USD: 25000, EUR: 12000 }],
    ["a zero still names the currency", {}, "EUR", 0, { EUR: 0 }],
    ["a zero changes nothing", { EUR: 5 }, "EUR", 0, { EUR: 5 }],
  ])("%s", (_name, money, currency, amount, expected) => {
    expect(addMoney(money, currency, amount)).toEqual(expected);
  });

  it("does not change the figure it is given", () => {
    const money = { USD: 1 };
    addMoney(money, "USD", 2);
    expect(money).toEqual({ USD: 1 });
  });
});

describe("sumMoney adds per currency, never across", () => {
  it.each<[string, TMoneyByCurrency[], TMoneyByCurrency]>([
    ["nothing", [], {}],
    ["one currency", [{ USD: 100 }, { USD: 50.5 }], { USD: 150.5 }],
    ["two currencies", [{ USD: 25000 }, { EUR: 12000 }, { USD: 5000, EUR: 1000 }], { USD: 30000, EUR: 13000 }],
  ])("%s", (_name, figures, expected) => {
    expect(sumMoney(figures)).toEqual(expected);
  });
});

describe("currencyOrder: the currency with the most leads first", () => {
  it.each<[string, Record<string, number>, string[]]>([
    ["none", {}, []],
    ["single currency", { USD: 12 }, ["USD"]],
    ["most leads first", { USD: 3, EUR: 10 }, ["EUR", "USD"]],
    ["a tie goes by code", { USD: 4, EUR: 4, GBP: 9 }, ["GBP", "EUR", "USD"]],
    ["a currency without leads is left out", { USD: 2, EUR: 0 }, ["USD"]],
  ])("%s", (_name, leads, expected) => {
    expect(currencyOrder(leads)).toEqual(expected);
  });
});

describe("moneyInOrder", () => {
  it.each<[string, TMoneyByCurrency, string[], { currency: string; amount: number }[]]>([
    ["the view's order, 0 where none", { EUR: 12000 }, ["USD", "EUR"], [{ currency: "USD", amount: 0 }, { currency: "EUR", amount: 12000 }]],
    ["an amount in a currency the view does not list is kept, after", { JPY: 5, USD: 1 }, ["USD"], [{ currency: "USD", amount: 1 }, { currency: "JPY", amount: 5 }]],
    ["no currencies at all", {}, [], []],
  ])("%s", (_name, money, currencies, expected) => {
    expect(moneyInOrder(money, currencies)).toEqual(expected);
  });
});
