// The labels a workspace gives its tier keys, for a lead sent without a form (POST /api/v1/leads
// with `tier`): it has no scoring model of its own, so its tier reads as the workspace's forms name
// that key — but only when every published form that defines the key agrees on its label ("Sales-
// ready" everywhere). Where they disagree, or no published form knows the key ("hot"), there is no
// workspace label and the tier reads as sent (tierLabelOf). Archived and draft forms do not count.
// Switchboard's own tiers (unscored, spam) keep their own labels: a form's tier that happens to
// share the key means something else. The dashboard's tier filter labels its keys the same way, so
// the filter and the badge agree. Pure: which labels come out does not depend on the forms' order;
// the keys come in the order the forms define them (the caller orders the forms: oldest first).
import { BUILT_IN_TIER_LABELS } from "./tier-label";

/** A form of the workspace: its status and its published version's scoring model (as stored; only `tiers` is read), null without one. */
export interface TFormScoring {
  status: "DRAFT" | "PUBLISHED" | "ARCHIVED";
  scoring: unknown;
}

/** A stored model's tiers ({ key, label } with text), anything else left out. */
function tiersOf(scoring: unknown): { key: string; label: string }[] {
  const tiers = scoring && typeof scoring === "object" ? (scoring as { tiers?: unknown }).tiers : undefined;
  if (!Array.isArray(tiers)) return [];
  return tiers.filter((t): t is { key: string; label: string } => !!t && typeof t === "object" && typeof t.key === "string" && typeof t.label === "string" && t.label !== "");
}

/** The published forms' tiers, in the forms' order and each model's (best to worst). */
const publishedTiers = (forms: readonly TFormScoring[]) => forms.filter((form) => form.status === "PUBLISHED").flatMap((form) => tiersOf(form.scoring));

/** Every tier key the published forms define, once, in the order they come (the tier filter's keys). */
export function publishedTierKeys(forms: readonly TFormScoring[]): string[] {
  return [...new Set(publishedTiers(forms).map((tier) => tier.key))];
}

/** Key → label for the keys every published form that defines them labels alike (built-in tiers left out), in publishedTierKeys' order. */
export function workspaceTierLabels(forms: readonly TFormScoring[]): Map<string, string> {
  const seen = new Map<string, string | null>(); // null: two forms disagree
  for (const { key, label } of publishedTiers(forms)) {
    if (Object.hasOwn(BUILT_IN_TIER_LABELS, key)) continue;
    const before = seen.get(key);
    seen.set(key, before === undefined || before === label ? label : null);
  }
  return new Map([...seen].filter((entry): entry is [string, string] => entry[1] !== null));
}

/** Whether any of these leads reads its tier from the workspace's labels: one without a form whose tier is not built in. */
export function needsWorkspaceTierLabels(leads: readonly { formVersionId: string | null; tier: string }[]): boolean {
  return leads.some((lead) => lead.formVersionId === null && !Object.hasOwn(BUILT_IN_TIER_LABELS, lead.tier));
}
