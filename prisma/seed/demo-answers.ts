// The demo form's answers of the lead most tests route: a VP and decision maker at a mid-size bank
// in North America, budget and timeline qualified (the demo's enterprise path: Sarah's team).
// Plain data with no imports, so the server's integration kits and the Playwright specs (which
// run outside the app) share one copy; a spec spreads it and changes email, name or company.
export const BANK_VP = {
  email: "vp@firstbank.com",
  full_name: "Victoria Park",
  role: "vp",
  authority: "decision_maker",
  company: "First Bank",
  company_size: "200-999",
  industry: "financial_services",
  region: "north_america",
  budget: "50k_150k",
  timeline: "this_quarter",
  use_case: ["lead_routing"],
  consent: true,
};
