import { describe, expect, it } from "vitest";
import type { TCondition } from "../conditions/condition";
import { ZScoringModel, type TScoringModelInput } from "../scoring/model";
import { ZFormDefinition, type TFormDefinitionInput } from "./definition";
import { checkPublishable } from "./publish-check";
import { floorOnlyProblem, scoreRange } from "./score-range";

const always: TCondition = { kind: "group", op: "and", conditions: [] };
const never: TCondition = { kind: "group", op: "or", conditions: [] };
const is = (ref: string, value: string): TCondition => ({ kind: "rule", ref, operator: "equals", value });
const options = (...values: string[]) => values.map((value) => ({ value, label: value.toUpperCase() }));

const definition = ZFormDefinition.parse({
  title: "Demo",
  steps: [
    {
      id: "s1",
      fields: [
        { key: "email", type: "email", label: "Work email", required: true },
        { key: "role", type: "single_choice", label: "Role", options: options("vp", "manager", "student") },
        { key: "size", type: "company_size", label: "Company size" },
        { key: "tools", type: "multiple_choice", label: "Tools", options: options("crm", "erp", "bi", "none") },
        { key: "tools_capped", type: "multiple_choice", label: "Tools (2 max)", options: options("crm", "erp", "bi"), validation: { maxSelected: 2 } },
        { key: "partner", type: "yes_no", label: "Partner?" },
        { key: "notes", type: "short_text", label: "Notes" },
      ],
    },
  ],
  outcomes: [{ id: "thanks", type: "message", title: "Thanks" }],
  defaultOutcomeId: "thanks",
} satisfies TFormDefinitionInput);

const blank: TScoringModelInput = {
  dimensions: [{ key: "fit", label: "Fit" }, { key: "intent", label: "Intent" }],
  tiers: [
    { key: "sales_ready", label: "Sales-ready", minScore: 60 },
    { key: "nurture", label: "Nurture", minScore: 20 },
    { key: "disqualified", label: "Disqualified", minScore: null },
  ],
};
const model = (change: Partial<TScoringModelInput> = {}) => ZScoringModel.parse({ ...blank, ...change });
const pts = (fieldKey: string, optionValue: string, points: number, dimension = "fit") => ({ fieldKey, optionValue, dimension, points });
const rule = (points: number, when: TCondition = is("role", "vp")) => ({ id: `r${points}`, label: "rule", when, dimension: "fit", points });

describe("scoreRange", () => {
  it.each<[string, Partial<TScoringModelInput>, { lowest: number; highest: number }]>([
    ["no points at all (a Blank form)", {}, { lowest: 0, highest: 0 }],
    ["one answer: its best option, or nothing", { optionPoints: [pts("role", "vp", 30), pts("role", "manager", 10), pts("role", "student", -40)] }, { lowest: -40, highest: 30 }],
    ["an option's points on several dimensions add up", { optionPoints: [pts("role", "vp", 30), pts("role", "vp", 25, "intent"), pts("role", "manager", 40)] }, { lowest: 0, highest: 55 }],
    ["points on a dimension the model does not list still count", { optionPoints: [pts("role", "vp", 30, "budget")] }, { lowest: 0, highest: 30 }],
    ["option values compare trimmed and case-insensitively", { optionPoints: [pts("role", " VP ", 30)] }, { lowest: 0, highest: 30 }],
    ["questions add up", { optionPoints: [pts("role", "vp", 30), pts("size", "5001+", 20), pts("partner", "yes", 5)] }, { lowest: 0, highest: 55 }],
    ["company size uses its built-in bands", { optionPoints: [pts("size", "1-10", -10), pts("size", "5001+", 20)] }, { lowest: -10, highest: 20 }],
    ["multiple choice: every positive option", { optionPoints: [pts("tools", "crm", 10), pts("tools", "erp", 15), pts("tools", "bi", 5), pts("tools", "none", -20)] }, { lowest: -20, highest: 30 }],
    ["multiple choice: at most maxSelected options", { optionPoints: [pts("tools_capped", "crm", 10), pts("tools_capped", "erp", 15), pts("tools_capped", "bi", 5)] }, { lowest: 0, highest: 25 }],
    ["points for an option the question lacks are never earned", { optionPoints: [pts("role", "ceo", 90)] }, { lowest: 0, highest: 0 }],
    ["points for a question not on the form are never earned", { optionPoints: [pts("budget", "high", 90)] }, { lowest: 0, highest: 0 }],
    ["a question without options: one typed value", { optionPoints: [pts("notes", "a", 10), pts("notes", "b", 30)] }, { lowest: 0, highest: 30 }],
    ["rules that read answers may match or not", { rules: [rule(25), rule(-15)] }, { lowest: -15, highest: 25 }],
    ["a rule that is always true always counts", { rules: [rule(25, always)] }, { lowest: 25, highest: 25 }],
    ["a rule that is never true never counts", { rules: [rule(25, never)] }, { lowest: 0, highest: 0 }],
    ["the free-mail penalty may apply", { freeEmail: { fieldKey: "email", dimension: "fit", points: -20 } }, { lowest: -20, highest: 0 }],
    ["a free-mail bonus may apply", { freeEmail: { fieldKey: "email", dimension: "fit", points: 5 } }, { lowest: 0, highest: 5 }],
    ["a free-mail rule on a missing question never applies", { freeEmail: { fieldKey: "work_email", dimension: "fit", points: -20 } }, { lowest: 0, highest: 0 }],
    [
      "everything together",
      { optionPoints: [pts("role", "vp", 30), pts("tools_capped", "crm", 10), pts("tools_capped", "erp", 15), pts("tools_capped", "bi", 5)], rules: [rule(10)], freeEmail: { fieldKey: "email", dimension: "fit", points: -20 } },
      { lowest: -20, highest: 65 },
    ],
  ])("%s", (_name, change, expected) => expect(scoreRange(definition, model(change))).toEqual(expected));
});

describe("floorOnlyProblem: can any lead reach a tier above the floor?", () => {
  it.each<[string, Partial<TScoringModelInput>, { tier: string; highest: number } | null]>([
    ["a Blank form: every lead Disqualified", {}, { tier: "nurture", highest: 0 }],
    ["points below the lowest minimum", { optionPoints: [pts("role", "vp", 15)] }, { tier: "nurture", highest: 15 }],
    ["points reaching the lowest minimum exactly", { optionPoints: [pts("role", "vp", 20)] }, null],
    ["Nurture at 0 keeps every lead", { tiers: [{ key: "nurture", label: "Nurture", minScore: 0 }, { key: "disqualified", label: "Disqualified", minScore: null }] }, null],
    ["a negative minimum", { tiers: [{ key: "a", label: "A", minScore: -5 }, { key: "b", label: "B", minScore: null }] }, null],
    ["only one tier: nothing above the floor", { tiers: [{ key: "all", label: "All", minScore: null }] }, null],
    ["a knock-out into a tier above the floor", { knockouts: [{ id: "k", label: "VIP", when: is("role", "vp"), tier: "sales_ready" }] }, null],
    ["a knock-out into the floor changes nothing", { knockouts: [{ id: "k", label: "student", when: is("role", "student"), tier: "disqualified" }] }, { tier: "nurture", highest: 0 }],
    ["a knock-out that never matches changes nothing", { knockouts: [{ id: "k", label: "never", when: never, tier: "sales_ready" }] }, { tier: "nurture", highest: 0 }],
    ["only negative points", { optionPoints: [pts("role", "student", -40)], freeEmail: { fieldKey: "email", dimension: "fit", points: -20 } }, { tier: "nurture", highest: 0 }],
  ])("%s", (_name, change, expected) => {
    const found = floorOnlyProblem(definition, model(change));
    expect(found && { tier: found.easiest.key, highest: found.range.highest }).toEqual(expected);
  });
});

describe("checkPublishable: a model that disqualifies every lead", () => {
  it.each<[string, Partial<TScoringModelInput>, string[]]>([
    [
      "no points at all",
      {},
      ["Every lead would be 'Disqualified': no combination of answers scores more than 0, and 'Nurture' needs 20. Give answers points in Scoring, or set 'Nurture' to 0 to keep every lead"],
    ],
    [
      "some points and a penalty",
      { optionPoints: [pts("role", "vp", 15)], freeEmail: { fieldKey: "email", dimension: "fit", points: -20 } },
      ["Every lead would be 'Disqualified': no combination of answers scores more than 15, and 'Nurture' needs 20. Give answers points in Scoring, or set 'Nurture' to 15 or lower (-20 keeps every lead)"],
    ],
    ["enough points", { optionPoints: [pts("role", "vp", 20)] }, []],
    // The tier order problem already says what to fix; no second message about the same tiers.
    ["tiers out of order", { tiers: [{ key: "a", label: "A", minScore: 20 }, { key: "b", label: "B", minScore: 30 }, { key: "c", label: "C", minScore: null }] }, ["Tier 'B' can never be reached: its minimum score must be lower than those of the tiers above it"]],
  ])("%s", (_name, change, expected) => {
    expect(checkPublishable(definition, model(change)).map((p) => p.message)).toEqual(expected);
  });

  it("points at the minimum of the tier to lower", () => {
    expect(checkPublishable(definition, model()).map((p) => p.path)).toEqual(["scoring.tiers.1.minScore"]);
  });
});
