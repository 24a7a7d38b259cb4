// The demo qualification form (slug "demo") from the story: company size, role and buying
// authority, budget and timeline for decision-makers at 200+ companies, industry, use case.
// A startup under 20 people with no urgency ends early in nurture (asked first whether we may email
// them: marketing consent, server/domain/nurture/marketing-consent.ts); its end screen says what
// happens next — the starter guide by email when they ticked the box (they are enrolled in the
// demo's default sequence, "Getting started"), no email when they did not. Disqualified leads
// (students, right after the first step) are pointed to the company's resources page (a placeholder).
import type { TFormDefinitionInput } from "../../server/domain/forms/definition";

const BIG_COMPANY = ["200-999", "1000-4999", "5000+"];
const SENIOR_ROLES = ["founder", "c_level", "vp"];
/** A startup under 20 people with no urgency: asked for email consent, then the form ends in nurture. */
const SMALL_AND_EXPLORING = {
  kind: "group" as const,
  op: "and" as const,
  conditions: [
    { kind: "rule" as const, ref: "company_size", operator: "equals" as const, value: "1-19" },
    { kind: "rule" as const, ref: "start_when", operator: "equals" as const, value: "just_exploring" },
  ],
};

export const DEMO_FORM_DEFINITION: TFormDefinitionInput = {
  title: "Book a demo",
  description: "Tell us a little about you and we will connect you with the right person right away.",
  steps: [
    {
      id: "about_you",
      title: "About you",
      fields: [
        { key: "email", type: "email", label: "Work email", required: true, placeholder: "you@company.com" },
        { key: "full_name", type: "short_text", label: "Full name", required: true, validation: { maxLength: 120 } },
        {
          key: "role",
          type: "single_choice",
          label: "Which best describes your role?",
          required: true,
          options: [
            { value: "founder", label: "Founder / Owner" },
            { value: "c_level", label: "C-level executive" },
            { value: "vp", label: "VP" },
            { value: "director", label: "Director" },
            { value: "manager", label: "Manager" },
            { value: "individual", label: "Individual contributor" },
            { value: "student", label: "Student" },
          ],
        },
        {
          key: "authority",
          type: "single_choice",
          label: "What is your part in choosing a solution?",
          required: true,
          options: [
            { value: "decision_maker", label: "I make or approve the decision" },
            { value: "influencer", label: "I recommend a solution" },
            { value: "researching", label: "I am researching for someone else" },
          ],
        },
      ],
    },
    {
      id: "company",
      title: "Your company",
      fields: [
        { key: "company", type: "short_text", label: "Company name", required: true, validation: { maxLength: 160 } },
        {
          key: "company_size",
          type: "company_size",
          label: "How many people work at your company?",
          required: true,
          options: [
            { value: "1-19", label: "1–19" },
            { value: "20-199", label: "20–199" },
            { value: "200-999", label: "200–999" },
            { value: "1000-4999", label: "1,000–4,999" },
            { value: "5000+", label: "5,000+" },
          ],
        },
        {
          key: "industry",
          type: "dropdown",
          label: "Industry",
          required: true,
          options: [
            { value: "financial_services", label: "Financial services" },
            { value: "technology", label: "Software & technology" },
            { value: "healthcare", label: "Healthcare" },
            { value: "retail", label: "Retail & e-commerce" },
            { value: "manufacturing", label: "Manufacturing" },
            { value: "education", label: "Education" },
            { value: "other", label: "Other" },
          ],
        },
        {
          key: "region",
          type: "dropdown",
          label: "Where is your team based?",
          required: true,
          options: [
            { value: "north_america", label: "North America" },
            { value: "europe", label: "Europe" },
            { value: "apac", label: "Asia-Pacific" },
            { value: "latam", label: "Latin America" },
            { value: "other", label: "Elsewhere" },
          ],
        },
      ],
    },
    {
      id: "budget_timeline",
      title: "Budget and timeline",
      description: "Helps us bring the right specialist to your first call.",
      fields: [
        {
          key: "budget",
          type: "single_choice",
          label: "What annual budget have you set aside?",
          required: true,
          options: [
            { value: "under_10k", label: "Under $10k" },
            { value: "10k_50k", label: "$10k–$50k" },
            { value: "50k_150k", label: "$50k–$150k" },
            { value: "150k_plus", label: "More than $150k" },
          ],
        },
        {
          key: "timeline",
          type: "single_choice",
          label: "When do you plan to decide?",
          required: true,
          options: [
            { value: "this_month", label: "This month" },
            { value: "this_quarter", label: "This quarter" },
            { value: "this_year", label: "This year" },
            { value: "exploring", label: "Just exploring" },
          ],
        },
      ],
    },
    {
      id: "getting_started",
      title: "Getting started",
      fields: [
        {
          key: "start_when",
          type: "single_choice",
          label: "When would you like to get started?",
          required: true,
          options: [
            { value: "asap", label: "As soon as possible" },
            { value: "this_quarter", label: "In the next few months" },
            { value: "just_exploring", label: "No rush, just exploring" },
          ],
        },
        // Marketing consent for the early nurture end (the form ends after this step, before the
        // "consent" question of the last step): optional, so a "no" still leaves a lead (kept,
        // scored, Nurture) that simply gets no sequence emails.
        {
          key: "guide_consent",
          type: "consent",
          label: "Email me the starter guide and occasional tips about Switchboard (unsubscribe at any time).",
        },
      ],
    },
    {
      id: "needs",
      title: "What you need",
      fields: [
        {
          key: "use_case",
          type: "multiple_choice",
          label: "What do you want to improve?",
          required: true,
          options: [
            { value: "lead_routing", label: "Lead routing" },
            { value: "lead_scoring", label: "Lead qualification and scoring" },
            { value: "forms", label: "Website forms" },
            { value: "scheduling", label: "Meeting scheduling" },
            { value: "analytics", label: "Pipeline analytics" },
          ],
        },
        { key: "details", type: "long_text", label: "Anything else we should know?", validation: { maxLength: 2000 } },
        { key: "consent", type: "consent", label: "I agree to be contacted about Switchboard.", required: true },
        { key: "utm_source", type: "hidden", label: "UTM source" },
        { key: "utm_medium", type: "hidden", label: "UTM medium" },
        { key: "utm_campaign", type: "hidden", label: "UTM campaign" },
      ],
    },
  ],
  logic: [
    {
      id: "budget-for-big-decision-makers",
      action: { type: "show_step", stepId: "budget_timeline" },
      when: {
        kind: "group",
        op: "and",
        conditions: [
          { kind: "rule", ref: "company_size", operator: "is_any_of", value: BIG_COMPANY },
          {
            kind: "group",
            op: "or",
            conditions: [
              { kind: "rule", ref: "role", operator: "is_any_of", value: SENIOR_ROLES },
              { kind: "rule", ref: "authority", operator: "equals", value: "decision_maker" },
            ],
          },
        ],
      },
    },
    {
      id: "start-when-for-the-rest",
      action: { type: "hide_step", stepId: "getting_started" },
      when: { kind: "rule", ref: "budget", operator: "is_not_empty" },
    },
    {
      id: "students-end-early",
      fromStepId: "about_you",
      action: { type: "end_form", outcomeId: "disqualified" },
      when: { kind: "rule", ref: "role", operator: "equals", value: "student" },
    },
    {
      id: "guide-consent-before-the-nurture-end",
      action: { type: "show_field", fieldKey: "guide_consent" },
      when: SMALL_AND_EXPLORING,
    },
    // The first matching end wins: with the box ticked, the nurture end (the starter guide by email).
    {
      id: "small-and-exploring-with-the-guide-ends-in-nurture",
      fromStepId: "getting_started",
      action: { type: "end_form", outcomeId: "nurture" },
      when: { kind: "group", op: "and", conditions: [SMALL_AND_EXPLORING, { kind: "rule", ref: "guide_consent", operator: "equals", value: true }] },
    },
    {
      id: "small-and-exploring-ends-in-nurture",
      fromStepId: "getting_started",
      action: { type: "end_form", outcomeId: "nurture_no_email" },
      when: SMALL_AND_EXPLORING,
    },
  ],
  outcomes: [
    { id: "book", type: "booking", title: "Let's talk", body: "Pick a time with your specialist — they already have your answers." },
    // Every lead that reaches this end has marketing consent: a ticked starter-guide box (the early
    // end) or the full form's required "I agree to be contacted" (the nurture tier).
    { id: "nurture", type: "message", title: "Thanks — we'll be in touch", body: "We'll email you our starter guide to routing your first leads, then a few practical examples from teams your size. You can unsubscribe from any of these emails." },
    { id: "nurture_no_email", type: "message", title: "Thanks for your answers", body: "You didn't ask for our emails, so we won't send any. Whenever you're ready to talk, fill in this form again and we'll connect you with a specialist." },
    // An end screen's web address is shown as a link (components/form-renderer/linked-text.ts).
    // example.com is reserved for examples: a workspace puts its own resources page here.
    { id: "disqualified", type: "message", title: "Thanks for your interest", body: "Switchboard is built for sales teams, so a demo isn't the right fit. You'll find our free guides and templates at https://example.com/resources" },
    { id: "thanks", type: "message", title: "Thank you", body: "We received your request and will reply shortly." },
  ],
  tierOutcomes: { sales_ready: "book", nurture: "nurture", disqualified: "disqualified" },
  defaultOutcomeId: "thanks",
  submitLabel: "Send",
};
