import { describe, expect, it } from "vitest";
import type { TCondition } from "../conditions/condition";
import { and, rule } from "../../testing/fixtures/routing-domain-fixtures";
import type { TRefContext } from "./lead-refs";
import { refsRemovedByPublish, type TRemovedRefProblem } from "./refs-removed-by-publish";
import { ZRoutingConfigDraft, type TRoutingConfigDraft } from "./routing-config";

const team = { type: "team", teamId: "inside", strategy: { chooser: { type: "round_robin" } } };
const path = (name: string, when: TCondition, destination: object = team) => ({ id: name.toLowerCase().replace(/\W+/g, "_"), name, when, destination });
const config = (...paths: object[]): TRoutingConfigDraft => ZRoutingConfigDraft.parse({ paths });

const before: TRefContext = { fieldKeys: ["email", "single_choice", "industry"], dimensions: ["fit", "intent"] };
const after: TRefContext = { fieldKeys: ["email", "industry"], dimensions: ["fit"] };
const labels: Record<string, string> = { single_choice: "Company size" };
const QA = path("QA big companies", rule("answers.single_choice", "equals", "option_1"));

describe("refsRemovedByPublish", () => {
  it.each<[string, { published: TRoutingConfigDraft | null; draft: TRoutingConfigDraft | null }, TRemovedRefProblem[]]>([
    ["a published path reading a removed question, named by its label", { published: config(QA), draft: null },
      [{ path: "routing.paths.0.when.ref", fieldKey: "single_choice", message: `Routing path "QA big companies" checks 'Company size' ("single_choice"), which this version removes — change the path first` }]],
    ["the same path in the published config and the draft: once", { published: config(QA), draft: config(QA) },
      [{ path: "routing.paths.0.when.ref", fieldKey: "single_choice", message: `Routing path "QA big companies" checks 'Company size' ("single_choice"), which this version removes — change the path first` }]],
    ["only the draft reads it (nested, a question without a known label)", { published: config(), draft: config(path("Big", and(rule("answers.industry", "equals", "bank"), rule("answers.ghost_free", "is_not_empty")), team), path("Old", rule("answers.single_choice", "is_not_empty"))) },
      [{ path: "routingDraft.paths.1.when.ref", fieldKey: "single_choice", message: `Routing path "Old" in the unpublished routing draft checks 'Company size' ("single_choice"), which this version removes — change the path first` }]],
    ["a removed score dimension, and a team filter reading a removed question", { published: config(path("Intent", rule("score.intent", "gt", 10), { ...team, strategy: { chooser: { type: "round_robin" }, filters: [{ type: "match", field: "industry", ref: "answers.single_choice", mode: "required" }] } })), draft: null },
      [
        { path: "routing.paths.0.when.ref", message: `Routing path "Intent" checks the score dimension "intent", which this version removes — change the path first` },
        { path: "routing.paths.0.destination.strategy.filters.0.ref", fieldKey: "single_choice", message: `Routing path "Intent" checks 'Company size' ("single_choice"), which this version removes — change the path first` },
      ]],
    ["refs that still exist, fixed refs and refs already broken are not this publish's problem", { published: config(path("Fine", and(rule("answers.industry", "equals", "bank"), rule("tier", "equals", "hot"), rule("answers.ghost", "is_not_empty"), rule("utm.campaign", "equals", "x")))), draft: null }, []],
    // The key is also an answer of leads sent without a form (apiAnswerKeys): the path still reads it after the publish.
    ["a removed question whose key the config lists in apiAnswerKeys", { published: ZRoutingConfigDraft.parse({ paths: [QA], apiAnswerKeys: ["single_choice"] }), draft: null }, []],
    ["no routing at all", { published: null, draft: null }, []],
  ])("%s", (_name, routing, expected) => {
    expect(refsRemovedByPublish(routing, before, after, (key) => labels[key])).toEqual(expected);
  });

  it("without labels, the question is named by its key", () => {
    expect(refsRemovedByPublish({ published: config(QA), draft: null }, before, after).map((p) => p.message)).toEqual([
      `Routing path "QA big companies" checks "single_choice", which this version removes — change the path first`,
    ]);
  });
});
