import { describe, expect, it } from "vitest";
import { needsWorkspaceTierLabels, publishedTierKeys, type TFormScoring, workspaceTierLabels } from "./workspace-tier-labels";
import { tierLabelOf } from "./tier-label";

const form = (status: TFormScoring["status"], ...tiers: [string, string][]): TFormScoring => ({ status, scoring: { tiers: tiers.map(([key, label]) => ({ key, label, minScore: null })) } });
const DEMO = form("PUBLISHED", ["sales_ready", "Sales-ready"], ["nurture", "Nurture"], ["disqualified", "Disqualified"]);

describe("workspaceTierLabels: a key's label when every published form defining it agrees", () => {
  it.each<[string, TFormScoring[], [string, string][]]>([
    ["no forms: none", [], []],
    ["one published form: its labels, best to worst", [DEMO], [["sales_ready", "Sales-ready"], ["nurture", "Nurture"], ["disqualified", "Disqualified"]]],
    ["two forms agree: the label", [DEMO, form("PUBLISHED", ["sales_ready", "Sales-ready"])], [["sales_ready", "Sales-ready"], ["nurture", "Nurture"], ["disqualified", "Disqualified"]]],
    ["two forms disagree: no label for that key, the others kept", [DEMO, form("PUBLISHED", ["nurture", "Nurturing"])], [["sales_ready", "Sales-ready"], ["disqualified", "Disqualified"]]],
    ["a label differing only in case disagrees", [DEMO, form("PUBLISHED", ["sales_ready", "Sales-Ready"])], [["nurture", "Nurture"], ["disqualified", "Disqualified"]]],
    ["a key only one form defines: that form's label", [DEMO, form("PUBLISHED", ["hot", "Hot lead"])], [["sales_ready", "Sales-ready"], ["nurture", "Nurture"], ["disqualified", "Disqualified"], ["hot", "Hot lead"]]],
    ["an archived form does not count (its disagreement neither)", [DEMO, form("ARCHIVED", ["sales_ready", "Ready now"], ["hot", "Hot lead"])], [["sales_ready", "Sales-ready"], ["nurture", "Nurture"], ["disqualified", "Disqualified"]]],
    ["a draft form does not count", [form("DRAFT", ["hot", "Hot lead"])], []],
    ["three forms, the third disagrees: none", [form("PUBLISHED", ["a", "A"]), form("PUBLISHED", ["a", "A"]), form("PUBLISHED", ["a", "Ay"])], []],
    ["the disagreement comes first: still none", [form("PUBLISHED", ["a", "Ay"]), form("PUBLISHED", ["a", "A"]), form("PUBLISHED", ["a", "A"])], []],
    ["built-in tiers keep their own label: a form's unscored/spam is left out", [form("PUBLISHED", ["unscored", "Cold"], ["spam", "Junk"], ["warm", "Warm"])], [["warm", "Warm"]]],
    ["a stored model without tiers, or odd tiers: nothing from it", [{ status: "PUBLISHED", scoring: null }, { status: "PUBLISHED", scoring: { tiers: "x" } }, { status: "PUBLISHED", scoring: { tiers: [null, { key: 1, label: "One" }, { key: "b", label: "" }] } }], []],
  ])("%s", (_name, forms, expected) => {
    expect([...workspaceTierLabels(forms)]).toEqual(expected);
  });

  it("the labels do not depend on the forms' order", () => {
    const forms = [DEMO, form("PUBLISHED", ["nurture", "Nurturing"], ["hot", "Hot"]), form("ARCHIVED", ["hot", "Not"])];
    const sorted = (m: Map<string, string>) => [...m].sort(([a], [b]) => a.localeCompare(b));
    expect(sorted(workspaceTierLabels([...forms].reverse()))).toEqual(sorted(workspaceTierLabels(forms)));
  });

  it.each<[string, string, string]>([
    ["a key every published form labels alike", "sales_ready", "Sales-ready"],
    ["a key they disagree on: as sent", "nurture", "nurture"],
    ["a key no form knows: as sent", "hot", "hot"],
    ["unscored: Switchboard's", "unscored", "Unscored"],
  ])("read through tierLabelOf: %s", (_name, tier, expected) => {
    const labels = workspaceTierLabels([DEMO, form("PUBLISHED", ["nurture", "Nurturing"])]);
    expect(tierLabelOf(tier, labels.get(tier))).toBe(expected);
  });
});

describe("publishedTierKeys: the tier filter's keys from the forms", () => {
  it("every published key once, in the forms' order, archived left out", () => {
    expect(publishedTierKeys([DEMO, form("ARCHIVED", ["old", "Old"]), form("PUBLISHED", ["hot", "Hot"], ["nurture", "Nurturing"])])).toEqual(["sales_ready", "nurture", "disqualified", "hot"]);
  });
});

describe("needsWorkspaceTierLabels: whether a read must load them", () => {
  it.each<[string, { formVersionId: string | null; tier: string }[], boolean]>([
    ["no leads", [], false],
    ["form leads only", [{ formVersionId: "v1", tier: "sales_ready" }], false],
    ["a lead without a form, unscored or spam", [{ formVersionId: null, tier: "unscored" }, { formVersionId: null, tier: "spam" }], false],
    ["a lead without a form with a tier sent", [{ formVersionId: "v1", tier: "nurture" }, { formVersionId: null, tier: "hot" }], true],
  ])("%s", (_name, leads, expected) => {
    expect(needsWorkspaceTierLabels(leads)).toBe(expected);
  });
});
