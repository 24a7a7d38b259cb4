import { describe, expect, it } from "vitest";
import type { TFieldType } from "../forms/form-fields";
import { answerCells, answerKeysOf, leadAnswerColumns, type TAnswerColumnsInput, type TColumnsDefinition, type TColumnsForm } from "./lead-answer-columns";

const asks = (...keys: string[]): TColumnsDefinition => ({ steps: [{ fields: keys.map((key) => ({ key, type: "short_text" as TFieldType })) }] });
const form = (name: string, ...definitions: TColumnsDefinition[]): TColumnsForm => ({ id: `id_${name}`, name, definitions });
const PRICING = form("Pricing", asks("seats", "budget"), asks("budget", "legacy_plan"));
const SUPPORT = form("Support", asks("product", "issue"));

describe("leadAnswerColumns", () => {
  it.each<[string, Partial<TAnswerColumnsInput>, string[]]>([
    ["nothing exported", {}, []],
    ["one form: its questions in its order, whatever the leads answered", { forms: [PRICING], answerKeys: ["budget"] }, ["answers.seats", "answers.budget", "answers.legacy_plan"]],
    ["two forms: by name, each in its order", { forms: [SUPPORT, PRICING] }, ["answers.seats", "answers.budget", "answers.legacy_plan", "answers.product", "answers.issue"]],
    ["a key two forms share has one column, where it first comes", { forms: [form("B", asks("email", "b")), form("A", asks("a", "email"))] }, ["answers.a", "answers.email", "answers.b"]],
    ["keys no form asks, sorted after the questions", { forms: [SUPPORT], answerKeys: ["zeta", "issue", "alpha", "alpha"] }, ["answers.product", "answers.issue", "answers.alpha", "answers.zeta"]],
    ["form-less leads: their keys, sorted by code point", { answerKeys: ["b", "B", "a"] }, ["answers.B", "answers.a", "answers.b"]],
    ["not-applicable answers: their own columns, last, even for a key that is also a question", { forms: [SUPPORT], notApplicableKeys: ["coupon", "issue"] }, ["answers.product", "answers.issue", "notApplicableAnswers.coupon", "notApplicableAnswers.issue"]],
    ["a statement takes no answer", { forms: [form("S", { steps: [{ fields: [{ key: "intro", type: "statement" }, { key: "q", type: "email" }] }] })] }, ["answers.q"]],
    ["same name: by id", { forms: [{ ...SUPPORT, id: "z" }, { ...PRICING, name: "Support", id: "a" }] }, ["answers.seats", "answers.budget", "answers.legacy_plan", "answers.product", "answers.issue"]],
  ])("%s", (_, input, headers) => {
    const columns = leadAnswerColumns({ forms: [], answerKeys: [], notApplicableKeys: [], ...input });
    expect(columns.map((c) => c.header)).toEqual(headers);
  });
});

describe("answerKeysOf", () => {
  it("every step's questions in order", () => {
    expect(answerKeysOf({ steps: [{ fields: [{ key: "a", type: "email" }] }, { fields: [{ key: "b", type: "hidden" }, { key: "c", type: "consent" }] }] })).toEqual(["a", "b", "c"]);
  });
});

describe("answerCells", () => {
  const columns = leadAnswerColumns({ forms: [SUPPORT], answerKeys: ["extra"], notApplicableKeys: ["issue"] });
  it.each<[string, { answers: unknown; notApplicableAnswers: unknown }, unknown[]]>([
    ["values under their columns", { answers: { issue: "Down", product: "Router", extra: 3 }, notApplicableAnswers: { issue: "hidden" } }, ["Router", "Down", 3, "hidden"]],
    ["missing answers are empty", { answers: { product: "Router" }, notApplicableAnswers: {} }, ["Router", null, null, null]],
    ["lists and objects as the existing cells write them", { answers: { product: ["a", "b"], issue: { x: 1 } }, notApplicableAnswers: null }, [["a", "b"], '{"x":1}', null, null]],
    ["a stored non-object reads as no answers", { answers: ["product"], notApplicableAnswers: "issue" }, [null, null, null, null]],
    ["inherited names are not answers", { answers: JSON.parse('{"__proto__": "x"}'), notApplicableAnswers: {} }, [null, null, null, null]],
  ])("%s", (_, lead, cells) => {
    expect(answerCells(columns, lead)).toEqual(cells);
  });
});
