// Engagement → intent → graduation. A nurture lead's clicks (tracked links) and return visits or
// submissions add intent points (the workspace's nurture settings: click +10, return visit +15 by
// default); its tier is recomputed from score + intent with its form version's tiers (or the
// workspace defaults for a lead without a form). Crossing into the best tier (sales-ready) while
// it was below graduates the lead: it leaves the sequence and is routed again with reason
// NURTURE_GRADUATED naming the engagement. A knocked-out lead (a forced tier) never graduates.
export const ENGAGEMENT_KINDS = ["click", "return_visit", "return_submission"] as const;
export type TEngagementKind = (typeof ENGAGEMENT_KINDS)[number];

export interface TTier {
  key: string;
  label: string;
  minScore: number | null;
}

/** Tiers for leads without a form (best first; the last is the floor). */
export const DEFAULT_TIERS: readonly TTier[] = [
  { key: "sales_ready", label: "Sales-ready", minScore: 60 },
  { key: "nurture", label: "Nurture", minScore: 20 },
  { key: "disqualified", label: "Disqualified", minScore: null },
];

export interface TIntentSettings {
  clickPoints: number;
  returnVisitPoints: number;
}

export interface TEngagementInput {
  kind: TEngagementKind;
  scoreTotal: number;
  /** Intent points of the enrolment before this engagement. */
  intentPoints: number;
  currentTier: string;
  isKnockedOut: boolean;
  tiers: readonly TTier[];
  settings: TIntentSettings;
}

export interface TEngagementResult {
  points: number;
  intentPoints: number;
  total: number;
  tier: string;
  tierLabel: string;
  isGraduated: boolean;
}

export function tierForTotal(tiers: readonly TTier[], total: number): TTier | null {
  return tiers.find((t) => t.minScore !== null && t.minScore <= total) ?? tiers[tiers.length - 1] ?? null;
}

export function pointsFor(kind: TEngagementKind, settings: TIntentSettings): number {
  return kind === "click" ? settings.clickPoints : settings.returnVisitPoints;
}

export function scoreEngagement(input: TEngagementInput): TEngagementResult {
  const points = pointsFor(input.kind, input.settings);
  const intentPoints = input.intentPoints + points;
  const total = input.scoreTotal + intentPoints;
  if (input.isKnockedOut) return { points, intentPoints, total, tier: input.currentTier, tierLabel: input.currentTier, isGraduated: false };
  const tier = tierForTotal(input.tiers, total);
  const best = input.tiers[0];
  const isGraduated = !!tier && !!best && tier.key === best.key && input.currentTier !== best.key;
  return { points, intentPoints, total, tier: isGraduated ? tier.key : input.currentTier, tierLabel: isGraduated ? tier.label : input.currentTier, isGraduated };
}

export function describeEngagement(kind: TEngagementKind, points: number): string {
  const what = { click: "clicked a link in a nurture email", return_visit: "came back to the form", return_submission: "submitted again" }[kind];
  return `${what} (+${points} intent)`;
}
