// Editor operations on a form's end screens (outcomes): add, edit, change kind, remove, the
// default, and which end screen each tier sees when a lead completes the form.
// Removing: never the last end screen, never the default (make another the default first); an end
// screen a tier or an end rule uses can be removed, and those uses move to the default — what a
// marketer expects when tidying up ("show them the default instead"); the builder lists the uses
// beside the Remove button, and undo brings everything back.
import type { TFormDefinition, TLogicRule, TOutcome } from "../definition";
import type { TScoringModel } from "../../scoring/model";
import { fail, nextId, ok, stepTitle, type TEditorState, type TEditResult } from "./editor-state";

export type TOutcomeType = TOutcome["type"];
export const OUTCOME_TYPES: readonly TOutcomeType[] = ["message", "booking", "redirect"];
export const OUTCOME_TYPE_LABELS: Record<TOutcomeType, string> = {
  message: "Message",
  booking: "Booking with the assigned rep",
  redirect: "Redirect to a web address",
};
const MAX_OUTCOMES = 20;

/** What a new end screen of each kind starts with (a redirect's address is the marketer's to fill). */
function freshOutcome(id: string, type: TOutcomeType, from?: TOutcome): TOutcome {
  const text = from && from.type !== "redirect" ? { title: from.title, body: from.body } : null;
  if (type === "redirect") return { id, type, url: "" };
  if (type === "booking") return { id, type, ...(text ?? { title: "Book a meeting", body: "Pick a time that suits you." }) };
  return { id, type, ...(text ?? { title: "Thank you!", body: "" }) };
}

const withDefinition = (state: TEditorState, definition: TFormDefinition): TEditorState => ({ ...state, definition });
const findOutcome = (definition: TFormDefinition, id: string) => definition.outcomes.find((o) => o.id === id);

export function addOutcome(state: TEditorState, type: TOutcomeType): TEditResult<{ outcomeId: string }> {
  const { definition } = state;
  if (definition.outcomes.length >= MAX_OUTCOMES) return fail(`A form has at most ${MAX_OUTCOMES} end screens`);
  const outcomeId = nextId("end", definition.outcomes.map((o) => o.id));
  return ok(withDefinition(state, { ...definition, outcomes: [...definition.outcomes, freshOutcome(outcomeId, type)] }), { outcomeId });
}

/** Title, text or web address; a field the end screen's kind does not have is refused. */
export function updateOutcome(state: TEditorState, outcomeId: string, patch: { title?: string; body?: string; url?: string }): TEditResult {
  const { definition } = state;
  const outcome = findOutcome(definition, outcomeId);
  if (!outcome) return fail(`There is no end screen '${outcomeId}'`);
  if (outcome.type === "redirect" && (patch.title !== undefined || patch.body !== undefined)) return fail("A redirect has no title or text, only a web address");
  if (outcome.type !== "redirect" && patch.url !== undefined) return fail("Only a redirect has a web address");
  const next = { ...outcome, ...patch } as TOutcome;
  return ok(withDefinition(state, { ...definition, outcomes: definition.outcomes.map((o) => (o.id === outcomeId ? next : o)) }));
}

/** Message ↔ booking keep the title and text; a redirect starts with an empty web address. Uses stay. */
export function changeOutcomeType(state: TEditorState, outcomeId: string, type: TOutcomeType): TEditResult {
  const { definition } = state;
  const outcome = findOutcome(definition, outcomeId);
  if (!outcome) return fail(`There is no end screen '${outcomeId}'`);
  if (outcome.type === type) return ok(state);
  const next = freshOutcome(outcomeId, type, outcome);
  return ok(withDefinition(state, { ...definition, outcomes: definition.outcomes.map((o) => (o.id === outcomeId ? next : o)) }));
}

export function setDefaultOutcome(state: TEditorState, outcomeId: string): TEditResult {
  if (!findOutcome(state.definition, outcomeId)) return fail(`There is no end screen '${outcomeId}'`);
  return ok(withDefinition(state, { ...state.definition, defaultOutcomeId: outcomeId }));
}

/** The end screen a tier's leads see when they complete the form; null = the default. */
export function setTierOutcome(state: TEditorState, tierKey: string, outcomeId: string | null): TEditResult {
  const { definition, scoring } = state;
  if (!scoring.tiers.some((t) => t.key === tierKey)) return fail(`There is no tier '${tierKey}'`);
  if (outcomeId !== null && !findOutcome(definition, outcomeId)) return fail(`There is no end screen '${outcomeId}'`);
  const tierOutcomes = { ...definition.tierOutcomes };
  if (outcomeId === null) delete tierOutcomes[tierKey];
  else tierOutcomes[tierKey] = outcomeId;
  return ok(withDefinition(state, { ...definition, tierOutcomes }));
}

export type TOutcomeUse = { kind: "default" } | { kind: "tier"; tierKey: string; label: string } | { kind: "end_rule"; ruleId: string; stepTitle: string };

/** Where an end screen is used: the default, tiers (by their label), end rules (by their step). */
export function outcomeUses(definition: TFormDefinition, scoring: Pick<TScoringModel, "tiers">, outcomeId: string): TOutcomeUse[] {
  const uses: TOutcomeUse[] = [];
  if (definition.defaultOutcomeId === outcomeId) uses.push({ kind: "default" });
  for (const [tierKey, id] of Object.entries(definition.tierOutcomes)) {
    if (id !== outcomeId) continue;
    uses.push({ kind: "tier", tierKey, label: scoring.tiers.find((t) => t.key === tierKey)?.label || tierKey });
  }
  for (const rule of definition.logic) {
    if (rule.action.type !== "end_form" || rule.action.outcomeId !== outcomeId) continue;
    uses.push({ kind: "end_rule", ruleId: rule.id, stepTitle: rule.fromStepId ? stepTitle(definition, rule.fromStepId) : "a step" });
  }
  return uses;
}

/** "the default; Sales-ready leads; the end rule after 'About you'" — for the builder. */
export function describeUses(uses: readonly TOutcomeUse[]): string {
  return uses
    .map((u) => (u.kind === "default" ? "the default" : u.kind === "tier" ? `${u.label} leads` : `the end rule after '${u.stepTitle}'`))
    .join("; ");
}

/**
 * Removes an end screen. Refused for the last one and for the default; tiers and end rules that
 * used it move to the default (`moved` counts them).
 */
export function removeOutcome(state: TEditorState, outcomeId: string): TEditResult<{ moved: number }> {
  const { definition } = state;
  const outcome = findOutcome(definition, outcomeId);
  if (!outcome) return fail(`There is no end screen '${outcomeId}'`);
  if (definition.outcomes.length === 1) return fail("A form needs at least one end screen");
  if (definition.defaultOutcomeId === outcomeId) return fail(`“${outcomeName(outcome)}” is the default end screen; make another one the default first`);
  let moved = 0;
  const tierOutcomes: Record<string, string> = {};
  for (const [tierKey, id] of Object.entries(definition.tierOutcomes)) {
    if (id === outcomeId) moved += 1;
    else tierOutcomes[tierKey] = id;
  }
  const logic = definition.logic.map((rule): TLogicRule => {
    if (rule.action.type !== "end_form" || rule.action.outcomeId !== outcomeId) return rule;
    moved += 1;
    return { ...rule, action: { type: "end_form", outcomeId: definition.defaultOutcomeId } };
  });
  const outcomes = definition.outcomes.filter((o) => o.id !== outcomeId);
  return ok(withDefinition(state, { ...definition, outcomes, tierOutcomes, logic }), { moved });
}

/** How the builder names an end screen: its title, else what it does. */
export function outcomeName(outcome: TOutcome): string {
  if (outcome.type === "redirect") return outcome.url.trim() ? `Go to ${outcome.url.trim()}` : "Go to a web address (not set)";
  const title = outcome.title.trim();
  if (title) return title;
  return outcome.type === "booking" ? "Booking (no title)" : "Message (no title)";
}
