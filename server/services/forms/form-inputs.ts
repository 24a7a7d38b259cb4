// Input shapes of the forms service (the tRPC procedures use the same schemas). Definitions and
// scoring models are validated by the service with ZFormDefinition / ZScoringModel so every caller
// gets the same field paths ("definition.steps.0.fields.1.key").
import { z } from "zod";
import { SLUG_PATTERN } from "./form-slug";

const ZName = z.string().trim().min(1, "Give the form a name").max(120);

export const ZCreateFormInput = z.object({
  name: ZName,
  slug: z
    .string()
    .trim()
    .toLowerCase()
    .regex(SLUG_PATTERN, "Use lowercase letters, digits and dashes (up to 80)")
    .optional(),
  definition: z.unknown().optional(),
  scoring: z.unknown().optional(),
});
export type TCreateFormInput = z.input<typeof ZCreateFormInput>;

export const ZUpdateDraftInput = z.object({
  definition: z.unknown(),
  scoring: z.unknown(),
  name: ZName.optional(),
});
export type TUpdateDraftInput = z.input<typeof ZUpdateDraftInput>;
