// The "Preview with lead" option text. The server names each lead "<name> (<tier key>)"
// (listPreviewLeads); the tier key is replaced by the label the leads page shows for it
// (leads.filterOptions: the scoring models' tier labels), so a person reads "Ada (Sales-ready)",
// not "Ada (sales_ready)". A tier with no label, or a name without a known tier, is left as is.
// Pure.
export function previewLeadLabel(label: string, tiers: readonly { key: string; label: string }[]): string {
  for (const tier of tiers) {
    const suffix = ` (${tier.key})`;
    if (tier.label && tier.label !== tier.key && label.endsWith(suffix)) return `${label.slice(0, -suffix.length)} (${tier.label})`;
  }
  return label;
}
