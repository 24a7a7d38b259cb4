import { describe, expect, it } from "vitest";
import { matchNativePattern } from "../forms/pattern-matcher";
import { intakeForm as form } from "../../testing/fixtures/intake-form-fixture";
import { answerIssuesBesideShape } from "./answer-issues";

const NOW = new Date("2026-12-01T12:00:00Z");
const score = { path: "score", message: "Unknown property" };

describe("answerIssuesBesideShape", () => {
  it.each<[string, unknown, { path: string; message: string }[], string[]]>([
    ["bad and missing answers beside a shape problem", { answers: { role: "vp", budget: "lots" }, score: 1 }, [score], ["answers.budget", "answers.email"]],
    ["an answer the logic hides is no problem (a warning at intake)", { answers: { email: "ada@example.com", role: "ic", budget: "lots" }, score: 1 }, [score], []],
    // As in a valid body, person.email answers the email question the answers leave out (it was named as missing).
    ["person.email stands for the email answer", { answers: { role: "vp" }, person: { email: "ada@example.com" }, score: 1 }, [score], []],
    ["a person.email the shape refused stands for nothing", { answers: { role: "vp" }, person: { email: "nope" } }, [{ path: "person.email", message: "x" }], ["answers.email"]],
    ["valid answers: nothing to add", { answers: { email: "ada@example.com", role: "vp", budget: 5 }, score: 1 }, [score], []],
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
