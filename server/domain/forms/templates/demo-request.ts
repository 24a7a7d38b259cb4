// "Demo request": who they are, their company and budget, and when they decide. Decision-makers
// at larger companies with budget book a meeting; students end early.
import { points, STANDARD_DIMENSIONS, STANDARD_TIERS, type TFormTemplate } from "./form-template";

export const DEMO_REQUEST_TEMPLATE: TFormTemplate = {
  key: "demo_request",
  label: "Demo request",
  description: "Qualify demo requests by role, company size, budget and timeline; sales-ready leads book a meeting.",
  definition: {
    title: "Book a demo",
    description: "Tell us a little about you and we will connect you with the right person.",
    steps: [
      {
        id: "about_you",
        title: "About you",
        fields: [
          { key: "email", type: "email", label: "Work email", required: true, placeholder: "you@company.com" },
          { key: "full_name", type: "short_text", label: "Full name", required: true },
          {
            key: "role",
            type: "single_choice",
            label: "Which best describes your role?",
            required: true,
            options: [
              { value: "executive", label: "Founder / executive" },
              { value: "manager", label: "Manager or director" },
              { value: "individual", label: "Individual contributor" },
              { value: "student", label: "Student" },
            ],
          },
        ],
      },
      {
        id: "company",
        title: "Your company",
        fields: [
          { key: "company", type: "short_text", label: "Company name", required: true },
          { key: "company_size", type: "company_size", label: "How many people work at your company?", required: true },
          {
            key: "budget",
            type: "single_choice",
            label: "What annual budget have you set aside?",
            required: true,
            options: [
              { value: "under_10k", label: "Under $10k" },
              { value: "10k_50k", label: "$10k–$50k" },
              { value: "50k_plus", label: "More than $50k" },
              { value: "unknown", label: "Not decided yet" },
            ],
          },
        ],
      },
      {
        id: "timeline",
        title: "Timeline",
        fields: [
          {
            key: "timeline",
            type: "single_choice",
            label: "When do you plan to decide?",
            required: true,
            options: [
              { value: "this_month", label: "This month" },
              { value: "this_quarter", label: "This quarter" },
              { value: "later", label: "Later this year" },
              { value: "exploring", label: "Just exploring" },
            ],
          },
          { key: "notes", type: "long_text", label: "Anything we should know before the call?", validation: { maxLength: 2000 } },
        ],
      },
    ],
    logic: [
      {
        id: "students_end_early",
        fromStepId: "about_you",
        when: { kind: "rule", ref: "role", operator: "equals", value: "student" },
        action: { type: "end_form", outcomeId: "not_a_fit" },
      },
    ],
    outcomes: [
      { id: "book", type: "booking", title: "Pick a time with your specialist", body: "You are matched with the right person; choose a slot below." },
      { id: "thanks", type: "message", title: "Thank you!", body: "We will be in touch shortly with resources for your team." },
      { id: "not_a_fit", type: "message", title: "Thanks for your interest", body: "Our student resources are a great place to start." },
    ],
    tierOutcomes: { sales_ready: "book", nurture: "thanks", disqualified: "thanks" },
    defaultOutcomeId: "thanks",
    submitLabel: "Request a demo",
  },
  scoring: {
    dimensions: STANDARD_DIMENSIONS,
    optionPoints: [
      ...points("role", "fit", { executive: 25, manager: 15, individual: 5, student: 0 }),
      ...points("company_size", "fit", { "1-10": 0, "11-50": 5, "51-200": 15, "201-1000": 25, "1001-5000": 30, "5001+": 30 }),
      ...points("budget", "value", { under_10k: 0, "10k_50k": 15, "50k_plus": 30, unknown: 5 }),
      ...points("timeline", "intent", { this_month: 25, this_quarter: 15, later: 5, exploring: 0 }),
    ],
    rules: [],
    freeEmail: { fieldKey: "email", dimension: "fit", points: -20 },
    tiers: STANDARD_TIERS,
    knockouts: [{ id: "student", label: "student", tier: "disqualified", when: { kind: "rule", ref: "role", operator: "equals", value: "student" } }],
    dealValue: {
      currency: "USD",
      base: 0,
      fromOptions: [
        { fieldKey: "budget", optionValue: "under_10k", amount: 6000 },
        { fieldKey: "budget", optionValue: "10k_50k", amount: 30000 },
        { fieldKey: "budget", optionValue: "50k_plus", amount: 80000 },
      ],
    },
  },
};
