// "Seen by routing": the facts a test lead was routed on, in the words of the condition builder
// (the routing subjects: tier labels from the scoring models, "Segment" → "Mid-market", a region
// by its form option's label), not the stored keys ("tier sales_ready", "segment: MID_MARKET").
// A value nothing labels reads with spaces for underscores, as before. Pure.
import type { TLeadAttributes } from "@/server/domain/routing/lead-attributes";
import type { TRoutingSubject } from "@/server/domain/routing/routing-subjects";

export interface TSeenLead {
  tier: string;
  score: { total: number };
  estimatedValue?: number | null;
  email?: string | null;
  attributes: Readonly<TLeadAttributes>;
}

const spaced = (value: string) => value.replace(/_/g, " ");
const optionLabel = (subject: TRoutingSubject | undefined, value: string) => subject?.options?.find((o) => o.value === value)?.label;

export function describeSeenLead(lead: TSeenLead, subjects: readonly TRoutingSubject[]): string {
  const byRef = new Map(subjects.map((s) => [s.ref, s]));
  const tier = lead.tier ? (optionLabel(byRef.get("tier"), lead.tier) ?? spaced(lead.tier)) : "—";
  const attributes = Object.entries(lead.attributes).flatMap(([key, value]) => {
    if (value === undefined) return [];
    const subject = byRef.get(`lead.${key}`);
    return `${subject?.label ?? spaced(key)}: ${optionLabel(subject, value) ?? spaced(value)}`;
  });
  return [
    `tier ${tier}`,
    `score ${lead.score.total}`,
    `value ${lead.estimatedValue?.toLocaleString("en-US") ?? "unknown"}`,
    ...(lead.email ? [lead.email] : []),
    ...(attributes.length ? [attributes.join(", ")] : []),
  ].join(" · ");
}
