// A small form definition shared by this folder's unit tests.
import { ZFormDefinition, type TFormDefinitionInput } from "@/server/domain/forms/definition";

export const TEST_FORM_INPUT: TFormDefinitionInput = {
  title: "Talk to sales",
  steps: [
    {
      id: "company",
      fields: [
        { key: "company_size", type: "company_size", label: "Company size", required: true },
        { key: "budget", type: "currency", label: "Budget", currency: "EUR" },
        { key: "seats", type: "number", label: "Seats", validation: { min: 1, max: 500 } },
        { key: "use_cases", type: "multiple_choice", label: "Use cases", options: [{ value: "routing", label: "Routing" }, { value: "scoring", label: "Scoring" }] },
        { key: "has_crm", type: "yes_no", label: "Do you use a CRM?" },
        { key: "intro", type: "statement", label: "A few more questions" },
      ],
    },
    {
      id: "contact",
      fields: [
        { key: "email", type: "email", label: "Work email", required: true },
        { key: "website", type: "url", label: "Website" },
        { key: "consent", type: "consent", label: "I agree", required: true },
        { key: "utm_source", type: "hidden", label: "UTM source" },
        { key: "campaign", type: "hidden", label: "Campaign", source: "utm_campaign" },
        { key: "came_from", type: "hidden", label: "Referrer", source: "referrer" },
      ],
    },
  ],
  outcomes: [{ id: "thanks", type: "message", title: "Thanks" }],
  defaultOutcomeId: "thanks",
};

export const TEST_FORM = ZFormDefinition.parse(TEST_FORM_INPUT);
