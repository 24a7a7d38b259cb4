// Which outcome a prospect sees after submitting: an early end's outcome wins, else the outcome
// of the lead's tier, else the form's default. Ids that point nowhere fall through to the next
// choice (publish checks prevent them); the first outcome is the last resort.
import type { TFormDefinition, TOutcome } from "./definition";

export function resolveOutcome(
  definition: Pick<TFormDefinition, "outcomes" | "tierOutcomes" | "defaultOutcomeId">,
  { tier, endOutcomeId }: { tier: string; endOutcomeId: string | null },
): TOutcome {
  const byId = (id: string | null | undefined) => (id ? definition.outcomes.find((o) => o.id === id) : undefined);
  const tierOutcomeId = Object.hasOwn(definition.tierOutcomes, tier) ? definition.tierOutcomes[tier] : undefined;
  const outcome = byId(endOutcomeId) ?? byId(tierOutcomeId) ?? byId(definition.defaultOutcomeId) ?? definition.outcomes[0];
  if (!outcome) throw new Error("A form definition has at least one outcome");
  return outcome;
}
