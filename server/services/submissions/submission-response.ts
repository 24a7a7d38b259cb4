// The response a prospect sees: the lead id and the end screen, built from the outcome stored on
// the lead and the definition of the version it was submitted to (so replays answer identically
// even after a new version is published).
import { ZFormDefinition, type TFormDefinition, type TOutcome } from "../../domain/forms/definition";
import type { TSubmissionOutcome, TSubmissionResponse } from "../../domain/forms/submission-contract";

/** What Lead.outcome stores. */
export interface TStoredOutcome {
  type: TOutcome["type"];
  outcomeId: string;
}

export function toSubmissionOutcome(outcome: TOutcome): TSubmissionOutcome {
  switch (outcome.type) {
    case "redirect":
      return { type: "redirect", url: outcome.url };
    case "booking":
      return { type: "booking", title: outcome.title, body: outcome.body };
    case "message":
      return { type: "message", title: outcome.title, body: outcome.body };
  }
}

const FALLBACK: TSubmissionOutcome = { type: "message", title: "Thank you", body: "" };

/** The response for a stored lead; a generic thank-you if its version or outcome is gone. */
export function responseForStoredLead(lead: { id: string; outcome: unknown }, definitionJson: unknown): TSubmissionResponse {
  const parsed = ZFormDefinition.safeParse(definitionJson);
  const stored = lead.outcome as Partial<TStoredOutcome> | null;
  const outcome = parsed.success ? findOutcome(parsed.data, stored?.outcomeId) : undefined;
  return { leadId: lead.id, outcome: outcome ? toSubmissionOutcome(outcome) : FALLBACK };
}

function findOutcome(definition: TFormDefinition, id: string | undefined): TOutcome | undefined {
  return id ? definition.outcomes.find((o) => o.id === id) : undefined;
}
