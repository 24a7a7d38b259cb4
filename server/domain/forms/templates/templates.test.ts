import { describe, expect, it } from "vitest";
import { scoreLead } from "../../scoring/score-lead";
import { ZScoringModel } from "../../scoring/model";
import { ZFormDefinition, type TAnswers } from "../definition";
import { checkPublishable } from "../publish-check";
import { FORM_TEMPLATES, TEMPLATE_CHOICES, TEMPLATE_KEYS } from "./index";

const templates = Object.entries(FORM_TEMPLATES);

describe("form templates", () => {
  it("offers blank plus one choice per template, in the order of TEMPLATE_KEYS", () => {
    expect(TEMPLATE_CHOICES.map((c) => c.key)).toEqual([...TEMPLATE_KEYS]);
    expect(TEMPLATE_CHOICES.map((c) => c.label)).toEqual(["Blank", "Demo request", "Contact sales", "Webinar sign-up"]);
  });

  it.each(templates)("%s: its key matches, and its definition and scoring parse", (key, template) => {
    expect(template.key).toBe(key);
    expect(ZFormDefinition.safeParse(template.definition).error?.issues ?? []).toEqual([]);
    expect(ZScoringModel.safeParse(template.scoring).error?.issues ?? []).toEqual([]);
  });

  it.each(templates)("%s: passes checkPublishable with no problems", (_key, template) => {
    const definition = ZFormDefinition.parse(template.definition);
    const scoring = ZScoringModel.parse(template.scoring);
    expect(checkPublishable(definition, scoring)).toEqual([]);
  });
});

describe("template scoring", () => {
  it.each<[string, TAnswers, string]>([
    ["demo_request", { email: "cfo@acme.com", role: "executive", company_size: "1001-5000", budget: "50k_plus", timeline: "this_month" }, "sales_ready"],
    ["demo_request", { email: "kid@gmail.com", role: "student", company_size: "1-10", budget: "unknown", timeline: "exploring" }, "disqualified"],
    ["contact_sales", { email: "ops@acme.com", company_size: "201-1000", topic: "pricing", seats: 80 }, "sales_ready"],
    ["contact_sales", { email: "ops@acme.com", company_size: "5001+", topic: "support" }, "disqualified"],
    ["webinar", { email: "me@acme.com", job_level: "manager", company_size: "11-50", evaluating: "no" }, "nurture"],
    ["webinar", { email: "vp@acme.com", job_level: "executive", company_size: "5001+", evaluating: "yes" }, "sales_ready"],
  ])("%s with %j → %s", (key, answers, tier) => {
    const template = FORM_TEMPLATES[key as keyof typeof FORM_TEMPLATES];
    const definition = ZFormDefinition.parse(template.definition);
    expect(scoreLead(ZScoringModel.parse(template.scoring), answers, definition).tier).toBe(tier);
  });
});
