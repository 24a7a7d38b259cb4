// ZFormDefinition: the one schema of a form — steps of fields, logic rules and end outcomes.
// Used by the (future) editor, the hosted page, the public API and the JSON columns.
import { z } from "zod";
import { ZCondition } from "../conditions/condition";
import { FIELD_TYPES } from "./form-fields";
import { withYesNoRuleValues } from "./yes-no-rule-values";

export {
  allFields,
  CHOICE_FIELD_TYPES,
  COMPANY_SIZE_BANDS,
  FIELD_TYPES,
  KNOWN_HIDDEN_SOURCES,
  optionsOf,
  type TAnswers,
  type TAnswerValue,
  type TFieldType,
} from "./form-fields";

const ZKey = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[a-z][a-z0-9_]*$/, "Use lowercase letters, digits and _ (starting with a letter)");
const ZId = z.string().min(1).max(64);

export const ZFieldOption = z.object({
  /** The stored value (stable; scoring and logic refer to it). */
  value: z.string().min(1).max(120),
  label: z.string().min(1).max(200),
});
export type TFieldOption = z.infer<typeof ZFieldOption>;

export const ZFieldValidation = z
  .object({
    minLength: z.number().int().min(0).max(10_000).optional(),
    maxLength: z.number().int().min(1).max(10_000).optional(),
    min: z.number().finite().optional(),
    max: z.number().finite().optional(),
    /** A JavaScript regular expression source, anchored by the validator. */
    pattern: z.string().max(500).optional(),
    patternMessage: z.string().max(200).optional(),
    minSelected: z.number().int().min(0).optional(),
    maxSelected: z.number().int().min(1).optional(),
  })
  .strict();
export type TFieldValidation = z.infer<typeof ZFieldValidation>;

export const ZField = z.object({
  /** Stable key: answers, logic and scoring refer to it. */
  key: ZKey,
  type: z.enum(FIELD_TYPES),
  label: z.string().min(1).max(500),
  help: z.string().max(1000).optional(),
  placeholder: z.string().max(200).optional(),
  required: z.boolean().default(false),
  validation: ZFieldValidation.optional(),
  options: z.array(ZFieldOption).max(200).optional(),
  /** currency fields: ISO 4217 code. */
  currency: z.string().length(3).optional(),
  /** hidden fields: the URL/embed parameter that fills it (default: the field key). */
  source: z.string().min(1).max(64).optional(),
});
export type TField = z.infer<typeof ZField>;

export const ZStep = z.object({
  id: ZId,
  title: z.string().max(200).optional(),
  description: z.string().max(1000).optional(),
  fields: z.array(ZField).max(100),
});
export type TStep = z.infer<typeof ZStep>;

export const ZLogicAction = z.discriminatedUnion("type", [
  /** The field is hidden unless the condition holds. */
  z.object({ type: z.literal("show_field"), fieldKey: ZKey }),
  /** The field is shown unless the condition holds. */
  z.object({ type: z.literal("hide_field"), fieldKey: ZKey }),
  z.object({ type: z.literal("show_step"), stepId: ZId }),
  z.object({ type: z.literal("hide_step"), stepId: ZId }),
  /** After the rule's step (fromStepId), continue at stepId (forward only). */
  z.object({ type: z.literal("jump_to_step"), stepId: ZId }),
  /** After the rule's step (fromStepId), the form ends with this outcome. */
  z.object({ type: z.literal("end_form"), outcomeId: ZId }),
]);
export type TLogicAction = z.infer<typeof ZLogicAction>;

export const ZLogicRule = z.object({
  id: ZId,
  when: ZCondition,
  action: ZLogicAction,
  /** Required for jump_to_step and end_form: the step after which the rule is checked. */
  fromStepId: ZId.optional(),
});
export type TLogicRule = z.infer<typeof ZLogicRule>;

export const ZOutcome = z.discriminatedUnion("type", [
  z.object({ id: ZId, type: z.literal("message"), title: z.string().max(200), body: z.string().max(2000).default("") }),
  z.object({ id: ZId, type: z.literal("redirect"), url: z.url().refine((u) => /^https?:/.test(u), "Use an http(s) address") }),
  /** The prospect books with the assigned rep (the booking issue fills this slot). */
  z.object({ id: ZId, type: z.literal("booking"), title: z.string().max(200), body: z.string().max(2000).default("") }),
]);
export type TOutcome = z.infer<typeof ZOutcome>;

export const ZFormDefinition = z.object({
  title: z.string().min(1).max(200),
  description: z.string().max(2000).optional(),
  steps: z.array(ZStep).min(1).max(30),
  logic: z.array(ZLogicRule).max(300).default([]),
  outcomes: z.array(ZOutcome).min(1).max(20),
  /** Outcome per tier key when the form is completed (not ended early); `default` otherwise. */
  tierOutcomes: z.record(z.string(), ZId).default({}),
  defaultOutcomeId: ZId,
  submitLabel: z.string().max(60).optional(),
})
  // A logic rule's true/false on a yes/no question reads as its "yes"/"no" (yes-no-rule-values.ts).
  .overwrite(withYesNoRuleValues);
export type TFormDefinition = z.infer<typeof ZFormDefinition>;
export type TFormDefinitionInput = z.input<typeof ZFormDefinition>;
