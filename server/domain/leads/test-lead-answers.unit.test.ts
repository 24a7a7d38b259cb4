import { describe, expect, it } from "vitest";
import { DEMO_FORM_DEFINITION } from "../../../prisma/seed/demo-form-definition";
import { ZFormDefinition } from "../forms/definition";
import { matchNativePattern } from "../forms/pattern-matcher";
import { testLeadAnswerIssues } from "./test-lead-answers";

const definition = ZFormDefinition.parse(DEMO_FORM_DEFINITION);
const SIZES = "“1-19”, “20-199”, “200-999”, “1000-4999”, “5000+”";

describe("testLeadAnswerIssues", () => {
  it.each<[string, Record<string, unknown>, { path: string; message: string }[]]>([
    ["a few valid answers (the rest left out, required or not)", { company_size: "1000-4999", industry: "financial_services" }, []],
    ["not one of the options: refused, the options listed", { company_size: "1000+", industry: "financial_services" }, [{ path: "lead.answers.company_size", message: `Please choose one of the options: ${SIZES}` }]],
    ["a number for a choice", { company_size: 5 }, [{ path: "lead.answers.company_size", message: `Please choose one of the options: ${SIZES}` }]],
    ["every refused answer at once", { company_size: "huge", industry: "mining", email: "nope" }, [
      expect.objectContaining({ path: "lead.answers.email" }),
      expect.objectContaining({ path: "lead.answers.company_size" }),
      expect.objectContaining({ path: "lead.answers.industry", message: expect.stringMatching(/^Please choose one of the options: “financial_services”/) }),
    ]],
    ["empty answers are unanswered, not refused", { company_size: "", industry: null }, []],
    ["a key the form does not have: not refused (the intake keeps it as not applicable)", { colour: "red" }, []],
  ])("%s", (_name, answers, expected) => {
    expect(testLeadAnswerIssues(definition, answers, matchNativePattern)).toEqual(expected);
  });
});
