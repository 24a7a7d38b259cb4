// The "Preview with lead" option text: the lead's name and its tier as the leads page says it
// (leads.filterOptions: the scoring models' tier labels), so a person reads "Ada (Sales-ready)",
// not "Ada (sales_ready)". A tier with no label reads as its key. Pure.
export function previewLeadLabel(lead: { name: string; tier: string }, tiers: readonly { key: string; label: string }[]): string {
  const label = tiers.find((t) => t.key === lead.tier)?.label || lead.tier;
  return `${lead.name} (${label})`;
}
