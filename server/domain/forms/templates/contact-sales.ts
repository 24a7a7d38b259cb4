// "Contact sales": one short step; pricing questions ask for the number of seats, support
// questions are pointed to the help centre instead of a rep.
import { points, STANDARD_DIMENSIONS, STANDARD_TIERS, type TFormTemplate } from "./form-template";

export const CONTACT_SALES_TEMPLATE: TFormTemplate = {
  key: "contact_sales",
  label: "Contact sales",
  description: "A short contact form: the topic decides the follow-up, pricing questions ask for seats.",
  definition: {
    title: "Contact sales",
    steps: [
      {
        id: "contact",
        title: "How can we help?",
        fields: [
          { key: "email", type: "email", label: "Work email", required: true, placeholder: "you@company.com" },
          { key: "full_name", type: "short_text", label: "Full name", required: true },
          { key: "company", type: "short_text", label: "Company", required: true },
          { key: "company_size", type: "company_size", label: "Company size", required: true },
          {
            key: "topic",
            type: "dropdown",
            label: "What would you like to talk about?",
            required: true,
            options: [
              { value: "pricing", label: "Pricing and plans" },
              { value: "demo", label: "A product demo" },
              { value: "partnership", label: "Partnership" },
              { value: "support", label: "Help with my account" },
            ],
          },
          { key: "seats", type: "number", label: "How many seats do you need?", validation: { min: 1, max: 100000 } },
          { key: "message", type: "long_text", label: "Your message", required: true, validation: { maxLength: 4000 } },
          { key: "phone", type: "phone", label: "Phone (optional)" },
        ],
      },
    ],
    logic: [
      {
        id: "seats_for_pricing",
        when: { kind: "rule", ref: "topic", operator: "equals", value: "pricing" },
        action: { type: "show_field", fieldKey: "seats" },
      },
    ],
    outcomes: [
      { id: "thanks", type: "message", title: "Thanks, we got your message", body: "A member of our sales team will reply within one business day." },
      { id: "book", type: "booking", title: "Talk to sales now", body: "Pick a time that suits you." },
      { id: "support", type: "message", title: "Our support team can help", body: "For account questions, please visit our help centre." },
    ],
    tierOutcomes: { sales_ready: "book", nurture: "thanks", disqualified: "support" },
    defaultOutcomeId: "thanks",
    submitLabel: "Send",
  },
  scoring: {
    dimensions: STANDARD_DIMENSIONS,
    optionPoints: [
      ...points("company_size", "fit", { "1-10": 0, "11-50": 10, "51-200": 20, "201-1000": 30, "1001-5000": 35, "5001+": 35 }),
      ...points("topic", "intent", { pricing: 30, demo: 25, partnership: 10, support: 0 }),
    ],
    rules: [
      { id: "many_seats", label: "50+ seats", dimension: "value", points: 20, when: { kind: "rule", ref: "seats", operator: "gte", value: 50 } },
    ],
    freeEmail: { fieldKey: "email", dimension: "fit", points: -20 },
    tiers: STANDARD_TIERS,
    knockouts: [{ id: "support_request", label: "support request", tier: "disqualified", when: { kind: "rule", ref: "topic", operator: "equals", value: "support" } }],
  },
};
