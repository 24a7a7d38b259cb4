import { describe, expect, it } from "vitest";
import { routingSubjects, type TSubjectForm } from "./routing-subjects";

const form: TSubjectForm = {
  id: "f1",
  name: "Demo",
  definition: { steps: [{ id: "s1", title: "One", fields: [{ id: "q1", key: "plan", type: "short_text", label: "Plan", required: false }] }] } as never,
  scoring: null,
};
const answerRefs = (keys?: string[]) => routingSubjects([form], {}, keys).filter((s) => s.ref.startsWith("answers.")).map((s) => [s.ref, s.group]);

describe("routingSubjects: answers of leads without a form (apiAnswerKeys)", () => {
  it.each<[string, string[] | undefined, string[][]]>([
    ["none listed: the forms' fields only", undefined, [["answers.plan", "Answers"]]],
    ["listed keys as answers of their own group", ["crm_plan", "seats"], [["answers.plan", "Answers"], ["answers.crm_plan", "Answers (API, no form)"], ["answers.seats", "Answers (API, no form)"]]],
    ["a listed key a form has: once, as the form's field", ["plan"], [["answers.plan", "Answers"]]],
  ])("%s", (_name, keys, expected) => {
    expect(answerRefs(keys)).toEqual(expected);
  });
});
