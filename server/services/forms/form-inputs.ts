// Input shapes of the forms service (the tRPC procedures use the same schemas). Definitions and
// scoring models are validated by the service with ZFormDefinition / ZScoringModel so every caller
// gets the same field paths ("definition.steps.0.fields.1.key").
import { z } from "zod";
import { TEMPLATE_KEYS } from "../../domain/forms/templates";
import { SLUG_PATTERN } from "./form-slug";

export const ZFormName = z.string().trim().min(1, "Give the form a name").max(120);

export const ZCreateFormInput = z.object({
  name: ZFormName,
  slug: z
    .string()
    .trim()
    .toLowerCase()
    .regex(SLUG_PATTERN, "Use lowercase letters, digits and dashes (up to 80)")
    .optional(),
  /** Starting point when no definition is given: "blank" (the default) or a template. */
  template: z.enum(TEMPLATE_KEYS).optional(),
  definition: z.unknown().optional(),
  scoring: z.unknown().optional(),
});
export type TCreateFormInput = z.input<typeof ZCreateFormInput>;

export const ZUpdateDraftInput = z.object({
  definition: z.unknown(),
  scoring: z.unknown(),
  name: ZFormName.optional(),
  /**
   * The draft's updatedAt the editor started from. When given and the stored draft has changed
   * since (another tab, another person, a restore), the save is refused with CONFLICT.
   */
  baseUpdatedAt: z.date().optional(),
});
export type TUpdateDraftInput = z.input<typeof ZUpdateDraftInput>;

export const ZListFormsInput = z.object({ search: z.string().trim().max(120).optional() });
export type TListFormsInput = z.input<typeof ZListFormsInput>;

export const ZRenameFormInput = z.object({ name: ZFormName });

export const ZRestoreVersionInput = z.object({ version: z.number().int().min(1) });

/** Up to 1,000 raw entries are looked at; the domain allows MAX_ALLOWED_ORIGINS. */
export const ZAllowedOriginsInput = z.object({ origins: z.array(z.string().max(2000)).max(1000) });
