// The minimal draft a new form starts with: one step asking for a work email, one thank-you
// outcome, and the default scoring dimensions and tiers. Valid against ZFormDefinition/ZScoringModel.
// Its answers earn no points, so every lead scores 0: Nurture starts at 0 so that a Blank form
// published as it is keeps every lead (nurtured, not disqualified); disqualifying is a choice the
// marketer makes (negative points, knock-outs, a higher minimum, which publish then checks).
import { DEFAULT_DIMENSIONS, type TScoringModelInput } from "../../domain/scoring/model";
import type { TFormDefinitionInput } from "../../domain/forms/definition";

export function defaultDefinition(title: string): TFormDefinitionInput {
  return {
    title: title.slice(0, 200) || "Untitled form",
    steps: [
      {
        id: "step_1",
        title: "About you",
        fields: [
          { key: "email", type: "email", label: "Work email", required: true },
          { key: "name", type: "short_text", label: "Full name", required: false },
          { key: "company", type: "short_text", label: "Company", required: false },
        ],
      },
    ],
    logic: [],
    outcomes: [{ id: "thanks", type: "message", title: "Thank you!", body: "We will be in touch soon." }],
    tierOutcomes: {},
    defaultOutcomeId: "thanks",
  };
}

export function defaultScoring(): TScoringModelInput {
  return {
    dimensions: DEFAULT_DIMENSIONS.map((d) => ({ key: d.key, label: d.label })),
    optionPoints: [],
    rules: [],
    tiers: [
      { key: "sales_ready", label: "Sales-ready", minScore: 60 },
      { key: "nurture", label: "Nurture", minScore: 0 },
      { key: "disqualified", label: "Disqualified", minScore: null },
    ],
    knockouts: [],
  };
}
