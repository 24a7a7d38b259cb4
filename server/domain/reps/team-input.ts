// The one schema for a team (routing pool): the form, the tRPC input and the services.
import { z } from "zod";

export const ZTeamInput = z.object({
  name: z.string().trim().min(1, "Enter a name").max(80, "At most 80 characters"),
  description: z.string().trim().max(500, "At most 500 characters").default(""),
});
export type TTeamFormValues = z.input<typeof ZTeamInput>;
export type TTeamInput = z.output<typeof ZTeamInput>;

/** The full member list of a team: rep profile ids, duplicates removed. */
export const ZTeamMembersInput = z.object({
  repIds: z
    .array(z.string().min(1))
    .max(500, "At most 500 members")
    .transform((ids) => [...new Set(ids)]),
});
export type TTeamMembersInput = z.output<typeof ZTeamMembersInput>;
