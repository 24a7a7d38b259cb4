// The sequence editor's form: the name and the draft definition, checked with the same
// ZSequenceDefinition the server uses. The draft sits under `draft` so that the server's field
// paths ("draft.steps.2.subject") land on the same fields.
import { z } from "zod";
import { ZSequenceDefinition, type TSequenceStep } from "@/server/domain/nurture/sequence-definition";

export const ZSequenceForm = z.object({
  name: z.string().trim().min(1, "Give the sequence a name").max(80, "At most 80 characters"),
  draft: ZSequenceDefinition,
});
export type TSequenceFormValues = z.input<typeof ZSequenceForm>;
export type TSequenceFormOutput = z.output<typeof ZSequenceForm>;
export type TStepType = TSequenceStep["type"];

export const STEP_LABELS: Record<TStepType, string> = { email: "Email", wait: "Wait", end: "End" };

function newStepId(): string {
  return `s-${Math.random().toString(36).slice(2, 10)}`;
}

/** A new step of `type` with sensible starting values. */
export function newStep(type: TStepType): TSequenceFormValues["draft"]["steps"][number] {
  if (type === "email") return { id: newStepId(), type, subject: "", body: "Hi {{first_name}},\n\n" };
  if (type === "wait") return { id: newStepId(), type, amount: 2, unit: "days", sendAtHour: 9 };
  return { id: newStepId(), type };
}

/** A one-line name of a step for lists and screen-reader announcements. */
export function stepName(step: TSequenceFormValues["draft"]["steps"][number] | undefined, index: number): string {
  if (!step) return `step ${index + 1}`;
  if (step.type === "email") return `step ${index + 1}, email${step.subject ? ` "${step.subject}"` : ""}`;
  if (step.type === "wait") return `step ${index + 1}, wait ${step.amount} ${String(step.unit).replace("_", " ")}`;
  return `step ${index + 1}, end`;
}
