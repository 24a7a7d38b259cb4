// A lead's tier as a coloured badge: sales-ready green, nurture amber, disqualified red.
// Tier keys come from each form's scoring model, so the colour is picked from the key's wording.
// The text is the tier's label (tier-label.ts): a lead without a form reads "Unscored", never its key.
import { Badge } from "@/components/ui/badge";
import { tierLabelOf } from "@/server/domain/leads/tier-label";

function toneOf(tier: string): "green" | "amber" | "red" | "gray" {
  const key = tier.toLowerCase();
  if (/disqual|reject|junk|knock/.test(key)) return "red";
  if (/nurture|warm|later/.test(key)) return "amber";
  if (/sales|ready|hot|qualified|sql/.test(key)) return "green";
  return "gray";
}

export function TierBadge({ tier, label }: { tier: string; label?: string }) {
  return <Badge tone={toneOf(tier)}>{tierLabelOf(tier, label)}</Badge>;
}
