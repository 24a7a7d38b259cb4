// The live leads of the demo: seven prospects who "just" filled the demo form (slug "demo"), so a
// newcomer signing in finds open work in the inboxes and on the Overview. They enter through the
// real intake (seed-live-demo-leads.ts → submitForm), so each takes the path its answers and the
// current time give it (demo-routing.ts): two enterprise deals (one worth $200k, over the review
// threshold), an APAC lead, two inside-sales leads, a nurture-tier lead and a small team that asked
// for the starter guide. Reps off duty right now is real: the routing says so in its reasons.
// Plain data with no imports. Each has its own Idempotency-Key: a rerun replays, never duplicates.
// Emails use reserved .example domains (never a real inbox; the dev mailbox shows the mail).

export interface TDemoLiveSubmission {
  /** Idempotency-Key sent with it (scope: the demo form's public endpoint). */
  key: string;
  answers: Record<string, unknown>;
  context: { source: "hosted" | "embed"; fillTimeMs: number; timeZone: string; pageUrl: string };
}

const page = (path: string) => `https://www.switchboard-demo.example${path}`;

export const DEMO_LIVE_SUBMISSIONS: readonly TDemoLiveSubmission[] = [
  {
    // Enterprise path: a 1,000+ bank, industry match preferred (Sarah's financial services).
    key: "demo-live-enterprise-bank",
    answers: {
      email: "daniel.okafor@harborline-bank.example",
      full_name: "Daniel Okafor",
      role: "vp",
      authority: "decision_maker",
      company: "Harborline Bank",
      company_size: "1000-4999",
      industry: "financial_services",
      region: "north_america",
      budget: "50k_150k",
      timeline: "this_quarter",
      use_case: ["lead_routing", "lead_scoring"],
      details: "We route inbound from three regional sites by hand today.",
      consent: true,
      utm_source: "google",
      utm_medium: "cpc",
    },
    context: { source: "hosted", fillTimeMs: 48_000, timeZone: "America/New_York", pageUrl: page("/demo") },
  },
  {
    // Enterprise path, $200k budget: over the $150k review threshold (Morgan reviews the assignment).
    key: "demo-live-enterprise-review",
    answers: {
      email: "grace.liu@meridian-health.example",
      full_name: "Grace Liu",
      role: "c_level",
      authority: "decision_maker",
      company: "Meridian Health Group",
      company_size: "5000+",
      industry: "healthcare",
      region: "north_america",
      budget: "150k_plus",
      timeline: "this_month",
      use_case: ["lead_routing", "scheduling", "analytics"],
      consent: true,
      utm_source: "linkedin",
      utm_medium: "paid_social",
    },
    context: { source: "embed", fillTimeMs: 61_000, timeZone: "America/Chicago", pageUrl: page("/pricing") },
  },
  {
    // APAC path: the APAC team when someone there is working (else the manager's backup queue).
    key: "demo-live-apac",
    answers: {
      email: "hiroshi.tanaka@kobe-precision.example",
      full_name: "Hiroshi Tanaka",
      role: "director",
      authority: "decision_maker",
      company: "Kobe Precision Works",
      company_size: "200-999",
      industry: "manufacturing",
      region: "apac",
      budget: "10k_50k",
      timeline: "this_quarter",
      use_case: ["forms", "lead_routing"],
      consent: true,
    },
    context: { source: "hosted", fillTimeMs: 75_000, timeZone: "Asia/Tokyo", pageUrl: page("/demo") },
  },
  {
    // Inbound path (Inside Sales round-robin): a mid-size software company, sales-ready on intent.
    key: "demo-live-inbound-software",
    answers: {
      email: "jordan.reyes@brightpath-software.example",
      full_name: "Jordan Reyes",
      role: "director",
      authority: "influencer",
      company: "Brightpath Software",
      company_size: "20-199",
      industry: "technology",
      region: "north_america",
      start_when: "asap",
      use_case: ["lead_scoring", "forms"],
      consent: true,
      utm_source: "newsletter",
      utm_medium: "email",
    },
    context: { source: "hosted", fillTimeMs: 39_000, timeZone: "America/Denver", pageUrl: page("/demo") },
  },
  {
    // Inbound path again: the round-robin hands it to the next Inside Sales rep.
    key: "demo-live-inbound-retail",
    answers: {
      email: "lena.fischer@nordkind.example",
      full_name: "Lena Fischer",
      role: "founder",
      authority: "decision_maker",
      company: "Nordkind",
      company_size: "20-199",
      industry: "retail",
      region: "europe",
      start_when: "asap",
      use_case: ["scheduling"],
      consent: true,
    },
    context: { source: "embed", fillTimeMs: 52_000, timeZone: "Europe/Berlin", pageUrl: page("/customers") },
  },
  {
    // Nurture tier (score 20–59): enrolled in the default sequence "Getting started".
    key: "demo-live-nurture",
    answers: {
      email: "sam.whitaker@copperleaf-studio.example",
      full_name: "Sam Whitaker",
      role: "individual",
      authority: "researching",
      company: "Copperleaf Studio",
      company_size: "20-199",
      industry: "other",
      region: "north_america",
      start_when: "this_quarter",
      use_case: ["forms"],
      consent: true,
    },
    context: { source: "hosted", fillTimeMs: 33_000, timeZone: "America/Los_Angeles", pageUrl: page("/blog/routing-101") },
  },
  {
    // The form's early end: a small team just exploring that ticked the starter-guide box (nurtured).
    key: "demo-live-starter-guide",
    answers: {
      email: "ava.brooks@tinyloop.example",
      full_name: "Ava Brooks",
      role: "manager",
      authority: "influencer",
      company: "Tinyloop",
      company_size: "1-19",
      industry: "technology",
      region: "north_america",
      start_when: "just_exploring",
      guide_consent: true,
    },
    context: { source: "hosted", fillTimeMs: 27_000, timeZone: "America/Toronto", pageUrl: page("/demo") },
  },
];
