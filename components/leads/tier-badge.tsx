// A lead's tier as a coloured badge: sales-ready green, nurture amber, disqualified red.
// Tier keys come from each form's scoring model, so the colour is picked from the key's wording.
import { Badge } from "@/components/ui/badge";

function toneOf(tier: string): "green" | "amber" | "red" | "gray" {
  const key = tier.toLowerCase();
  if (/disqual|reject|junk|knock/.test(key)) return "red";
  if (/nurture|warm|later/.test(key)) return "amber";
  if (/sales|ready|hot|qualified|sql/.test(key)) return "green";
  return "gray";
}

export function TierBadge({ tier, label }: { tier: string; label?: string }) {
  return <Badge tone={toneOf(tier)}>{label || tier}</Badge>;
}
