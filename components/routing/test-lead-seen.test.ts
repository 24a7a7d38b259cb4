// "Test a lead" said "Seen by routing: tier sales_ready · … segment: MID MARKET, region: north america".
import { describe, expect, it } from "vitest";
import type { TRoutingSubject } from "@/server/domain/routing/routing-subjects";
import { describeSeenLead } from "./test-lead-seen";

const SUBJECTS: TRoutingSubject[] = [
  { ref: "tier", label: "Tier", kind: "choice", options: [{ value: "sales_ready", label: "Sales-ready" }], group: "Score" },
  { ref: "lead.industry", label: "Industry", kind: "text", group: "Lead" },
  { ref: "lead.segment", label: "Segment", kind: "choice", options: [{ value: "MID_MARKET", label: "Mid-market" }], group: "Lead" },
  { ref: "lead.region", label: "Region", kind: "choice", options: [{ value: "north_america", label: "North America" }], group: "Lead" },
];

describe("describeSeenLead", () => {
  it("names the tier and the attributes by their labels", () => {
    const lead = { tier: "sales_ready", score: { total: 82 }, estimatedValue: 48000, email: "vp@firstbank.com", attributes: { industry: "financial_services", segment: "MID_MARKET" as const, region: "north_america" } };
    expect(describeSeenLead(lead, SUBJECTS)).toBe("tier Sales-ready · score 82 · value 48,000 · vp@firstbank.com · Industry: financial services, Segment: Mid-market, Region: North America");
  });

  it("keeps values nothing labels readable, and says what is missing", () => {
    const lead = { tier: "", score: { total: 0 }, estimatedValue: null, email: null, attributes: { language: "pt_BR" } };
    expect(describeSeenLead(lead, [])).toBe("tier — · score 0 · value unknown · language: pt BR");
    expect(describeSeenLead({ ...lead, tier: "warm_lead", attributes: {} }, SUBJECTS)).toBe("tier warm lead · score 0 · value unknown");
  });
});
