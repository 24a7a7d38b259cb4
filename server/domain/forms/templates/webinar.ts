// "Webinar sign-up": registration with consent; fit from role and company size, intent from
// whether they are evaluating a tool. Most registrants land in nurture.
import { points, STANDARD_DIMENSIONS, STANDARD_TIERS, type TFormTemplate } from "./form-template";

export const WEBINAR_TEMPLATE: TFormTemplate = {
  key: "webinar",
  label: "Webinar sign-up",
  description: "Register attendees with consent, and spot the ones evaluating a purchase.",
  definition: {
    title: "Save your seat",
    description: "Join our live session; we will email you the link and the recording.",
    steps: [
      {
        id: "register",
        title: "Register",
        fields: [
          { key: "email", type: "email", label: "Work email", required: true },
          { key: "full_name", type: "short_text", label: "Full name", required: true },
          { key: "company", type: "short_text", label: "Company", required: true },
          {
            key: "job_level",
            type: "single_choice",
            label: "Your role",
            required: true,
            options: [
              { value: "executive", label: "Executive" },
              { value: "manager", label: "Manager" },
              { value: "practitioner", label: "Practitioner" },
              { value: "other", label: "Other" },
            ],
          },
          { key: "company_size", type: "company_size", label: "Company size", required: true },
        ],
      },
      {
        id: "interest",
        title: "One more thing",
        fields: [
          {
            key: "evaluating",
            type: "yes_no",
            label: "Are you evaluating a tool for your team right now?",
            required: true,
          },
          {
            key: "heard_from",
            type: "dropdown",
            label: "How did you hear about this webinar?",
            options: [
              { value: "email", label: "Email" },
              { value: "social", label: "Social media" },
              { value: "colleague", label: "A colleague" },
              { value: "other", label: "Other" },
            ],
          },
          { key: "utm_campaign", type: "hidden", label: "Campaign", source: "utm_campaign" },
          { key: "consent", type: "consent", label: "I agree to receive emails about this webinar and related content.", required: true },
        ],
      },
    ],
    logic: [],
    outcomes: [
      { id: "registered", type: "message", title: "You're registered!", body: "Check your inbox for the calendar invitation." },
      { id: "book", type: "booking", title: "You're registered, and…", body: "Want a personal walkthrough before the webinar? Pick a time." },
    ],
    tierOutcomes: { sales_ready: "book" },
    defaultOutcomeId: "registered",
    submitLabel: "Register",
  },
  scoring: {
    dimensions: STANDARD_DIMENSIONS,
    optionPoints: [
      ...points("job_level", "fit", { executive: 20, manager: 15, practitioner: 5, other: 0 }),
      ...points("company_size", "fit", { "1-10": 0, "11-50": 5, "51-200": 15, "201-1000": 20, "1001-5000": 25, "5001+": 25 }),
      ...points("evaluating", "intent", { yes: 30, no: 0 }),
    ],
    rules: [],
    freeEmail: { fieldKey: "email", dimension: "fit", points: -15 },
    tiers: STANDARD_TIERS,
    knockouts: [],
  },
};
