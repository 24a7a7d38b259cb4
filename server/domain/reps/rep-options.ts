// Enumerations shared with the Prisma schema (kept here so the domain has no Prisma runtime).
export const SEGMENTS = ["SMB", "MID_MARKET", "ENTERPRISE"] as const;
export type TSegment = (typeof SEGMENTS)[number];
export const SEGMENT_LABELS: Record<TSegment, string> = { SMB: "SMB", MID_MARKET: "Mid-market", ENTERPRISE: "Enterprise" };

export const SENIORITY_TIERS = ["JUNIOR", "MID", "SENIOR", "PRINCIPAL"] as const;
export type TSeniorityTier = (typeof SENIORITY_TIERS)[number];
export const SENIORITY_LABELS: Record<TSeniorityTier, string> = {
  JUNIOR: "Junior",
  MID: "Mid",
  SENIOR: "Senior",
  PRINCIPAL: "Principal",
};

export const MIN_ROUTING_WEIGHT = 1;
export const MAX_ROUTING_WEIGHT = 100;
export const MAX_CAPACITY = 100_000;
