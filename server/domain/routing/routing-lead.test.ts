import { describe, expect, it } from "vitest";
import { decideLeadRouting, routingUtm, skippedOnce, toRoutingLead, type TStoredLead } from "./routing-lead";
import { ZRoutingConfig } from "./routing-config";
import { describeDecisionHeadline } from "./describe-decision";
import { describeReason } from "./describe-reason";
import type { TRepState, TRoutingDecision } from "./routing-types";

describe("routingUtm", () => {
  it.each([
    [{ utm_source: "linkedin", utm_campaign: "q4" }, { utm_source: "linkedin", source: "linkedin", utm_campaign: "q4", campaign: "q4" }],
    [{ gclid: "abc", pageUrl: "https://x" }, { gclid: "abc", pageUrl: "https://x" }],
    [{ utm_source: 3 }, {}],
    [null, {}],
    [["x"], {}],
  ])("%o → %o", (stored, expected) => expect(routingUtm(stored)).toEqual(expected));
});

const stored: TStoredLead = {
  id: "lead-1",
  answers: { industry: "Banking", company_size: "1000-4999" },
  scoreTotal: 70,
  scores: { fit: 40, intent: 30, junk: "x" },
  tier: "hot",
  estimatedValue: 50_000,
  currency: "USD",
  routingValue: 50_000,
  source: null,
  utm: { utm_source: "linkedin" },
  email: "ana@bank.example",
  formId: "form-1",
  timeZone: "Europe/Berlin",
};

describe("toRoutingLead", () => {
  it("keeps the stored values, adds utm aliases and the configured attributes; numbers only in score dimensions", () => {
    const lead = toRoutingLead(stored, { attributes: { industry: { field: "industry" } } });
    expect(lead).toMatchObject({ id: "lead-1", source: "api", tier: "hot", estimatedValue: 50_000, email: "ana@bank.example", timeZone: "Europe/Berlin" });
    expect(lead.utm).toEqual({ utm_source: "linkedin", source: "linkedin" });
    expect(lead.score).toEqual({ total: 70, dimensions: { fit: 40, intent: 30 } });
    expect(lead.attributes.industry).toBe("Banking");
  });
});

describe("toRoutingLead: the value routing compares is the routing value", () => {
  it.each<{ name: string; lead: Partial<TStoredLead>; value: number | null; valueCurrency: unknown }>([
    { name: "routing currency: as it is, no note", lead: { estimatedValue: 50_000, currency: "USD", routingValue: 50_000, routingCurrency: "USD" }, value: 50_000, valueCurrency: undefined },
    { name: "¥1,500,000 converted: $10,050", lead: { estimatedValue: 1_500_000, currency: "JPY", routingValue: 10_050, routingCurrency: "USD" }, value: 10_050, valueCurrency: { amount: 1_500_000, currency: "JPY", routingCurrency: "USD" } },
    { name: "no rate: no value, and a note", lead: { estimatedValue: 12_000, currency: "eur", routingValue: null, routingCurrency: "USD" }, value: null, valueCurrency: { amount: 12_000, currency: "EUR", routingCurrency: "USD" } },
    { name: "routing currency not known: a note when the values differ", lead: { estimatedValue: 12_000, currency: "EUR", routingValue: null }, value: null, valueCurrency: { amount: 12_000, currency: "EUR", routingCurrency: null } },
    { name: "no value: nothing", lead: { estimatedValue: null, currency: "JPY", routingValue: null, routingCurrency: "USD" }, value: null, valueCurrency: undefined },
  ])("$name", ({ lead, value, valueCurrency }) => {
    const routed = toRoutingLead({ ...stored, ...lead }, { attributes: {} });
    expect(routed.estimatedValue).toBe(value);
    expect(routed.valueCurrency).toEqual(valueCurrency);
  });
});

const rep = (id: string): TRepState => ({
  id,
  name: id,
  profile: { skills: [], industries: [], segments: [], languages: [], regions: [], timeZone: "UTC", workingHours: [], timeOff: [], maxOpenLeads: null, maxNewLeadsPerDay: null, routingWeight: 1, seniority: "MID", isActive: true },
  load: { openLeads: 0, newLeadsToday: 0, openPipelineValue: 0, assignedLastHours: 0, nextLeaveStartsAt: null },
});

describe("decideLeadRouting", () => {
  const config = ZRoutingConfig.parse({
    paths: [{ id: "all", name: "All", when: { kind: "group", op: "and", conditions: [] }, destination: { type: "team", teamId: "t", strategy: { filters: [], chooser: { type: "round_robin", variant: "strict" }, accountOwnership: true } } }],
    fallback: { ownerUserId: "m", queueName: "Backup" },
  });
  const base = { config, configVersion: 3, lead: toRoutingLead(stored, config), reps: [rep("a"), rep("b")], teams: [{ id: "t", name: "T", isActive: true, repIds: ["a", "b"] }], rotations: {}, now: new Date("2026-12-01T12:00:00Z") };

  it.each<{ name: string; owners: Record<string, string>; exclude: string[]; repId: string | null }>([
    { name: "the account owner gets the lead", owners: { "bank.example": "b" }, exclude: [], repId: "b" },
    { name: "an excluded owner is neither the owner nor in the pool", owners: { "bank.example": "b" }, exclude: ["b"], repId: "a" },
    { name: "no owner: rotation from the first rep", owners: {}, exclude: [], repId: "a" },
    { name: "everyone excluded: the fallback", owners: {}, exclude: ["a", "b"], repId: null },
  ])("$name", ({ owners, exclude, repId }) => {
    const decision = decideLeadRouting({ ...base, accountOwners: owners, excludeRepIds: exclude });
    expect(decision.repId).toBe(repId);
    expect(decision.skipped.some((s) => exclude.includes(s.repId))).toBe(false);
  });

  it.each<{ name: string; lead: Partial<TStoredLead>; text: string | null }>([
    { name: "routing currency: no value note", lead: {}, text: null },
    { name: "converted: the lead's own amount and the converted one", lead: { estimatedValue: 12_000, currency: "EUR", routingValue: 12_960, routingCurrency: "USD" }, text: "value €12,000 ≈ $12,960 (converted to USD, the routing currency)" },
    { name: "no rate: explained", lead: { estimatedValue: 12_000, currency: "EUR", routingValue: null, routingCurrency: "USD" }, text: "value €12,000 not used for routing: no exchange rate EUR → USD (an admin sets rates in Routing → Currencies)" },
  ])("$name", ({ lead, text }) => {
    const decision = decideLeadRouting({ ...base, lead: toRoutingLead({ ...stored, ...lead }, config), accountOwners: {} });
    const names = { repName: (id: string) => id, teamName: (id: string) => id };
    const notes = decision.reasons.filter((r) => r.code === "LEAD_VALUE_CURRENCY").map((r) => describeReason(r, names));
    expect(notes).toEqual(text === null ? [] : [text]);
    if (text) expect(describeDecisionHeadline(decision, names)).toContain(text);
  });
});

describe("skippedOnce", () => {
  it("lists each skipped rep once (first pool), never the chosen rep", () => {
    const decision = {
      repId: "c",
      skipped: [
        { repId: "a", pathId: "p1", reasons: [{ code: "INACTIVE" }] },
        { repId: "c", pathId: "p1", reasons: [{ code: "INACTIVE" }] },
        { repId: "a", pathId: "p2", reasons: [{ code: "UNKNOWN_REP" }] },
        { repId: "b", pathId: "p2", reasons: [] },
      ],
    } as Pick<TRoutingDecision, "skipped" | "repId">;
    expect(skippedOnce(decision).map((s) => `${s.repId}@${s.pathId}`)).toEqual(["a@p1", "b@p2"]);
  });
});
