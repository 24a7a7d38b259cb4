import { describe, expect, it } from "vitest";
import { ZFormDefinition } from "../forms/definition";
import { matchNativePattern } from "../forms/pattern-matcher";
import { ZScoringModel } from "../scoring/model";
import { answerIssuesBesideShape } from "./answer-issues";

const form = {
  formId: "f1",
  versionId: "v1",
  version: 1,
  definition: ZFormDefinition.parse({
    title: "Demo request",
    steps: [
      {
        id: "about",
        fields: [
          { key: "email", type: "email", label: "Work email", required: true },
          { key: "budget", type: "number", label: "Budget" },
        ],
      },
    ],
    outcomes: [{ id: "thanks", type: "message", title: "Thanks" }],
    defaultOutcomeId: "thanks",
  }),
  scoring: ZScoringModel.parse({ dimensions: [{ key: "fit", label: "Fit" }], optionPoints: [], tiers: [{ key: "all", label: "All", minScore: null }] }),
};
const NOW = new Date("2026-12-01T12:00:00Z");
const score = { path: "score", message: "Unknown property" };

describe("answerIssuesBesideShape", () => {
  it.each<[string, unknown, { path: string; message: string }[], string[]]>([
    ["bad and missing answers beside a shape problem", { answers: { budget: "lots" }, score: 1 }, [score], ["answers.budget", "answers.email"]],
    ["valid answers: nothing to add", { answers: { email: "ada@example.com", budget: 5 }, score: 1 }, [score], []],
    ["answers already named by the shape", { answers: { budget: "lots" } }, [{ path: "answers", message: "Expected an object" }], []],
    ["an answer already named by the shape", { answers: { budget: "lots" } }, [{ path: "answers.x", message: "x" }], []],
    ["answers not an object", { answers: ["ada@example.com"], score: 1 }, [score], []],
    ["no answers", { score: 1 }, [score], []],
    ["body not an object", [1, 2], [{ path: "body", message: "Expected an object" }], []],
    ["body null", null, [{ path: "body", message: "Expected an object" }], []],
  ])("%s", (_name, body, shape, paths) => {
    expect(answerIssuesBesideShape(form, body, shape, matchNativePattern, NOW).map((i) => i.path).sort()).toEqual(paths);
  });
});
