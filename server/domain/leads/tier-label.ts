// What people read for a lead's tier. A form's tiers have their scoring model's labels
// ("Sales-ready"); the tiers Switchboard sets itself have their own: a lead without a form is
// "unscored" (the API value, an identifier: filters and JSON keep it) and reads "Unscored"; spam
// reads "Spam". A tier an integrator sent without a form reads as the workspace's published forms
// label that key when they all agree ("sales_ready" → "Sales-ready": workspace-tier-labels.ts, the
// label passed in here); where they disagree or none knows it ("hot") it is shown as sent.
// Used where a tier is shown (the tier badge, the rep alert); the services' label fallback (the
// key when no model names it) passes through here too. Pure, and light: the browser imports it.

/** The tiers Switchboard sets itself (UNSCORED_TIER, SPAM_TIER), as people read them. */
export const BUILT_IN_TIER_LABELS: Readonly<Record<string, string>> = { unscored: "Unscored", spam: "Spam" };

/** The tier as people read it: the model's label, else a built-in tier's, else as given. `label` equal to `tier` is the key passed on as a label (no model names it). */
export function tierLabelOf(tier: string, label?: string | null): string {
  if (label && label !== tier) return label;
  return BUILT_IN_TIER_LABELS[tier] ?? tier;
}
