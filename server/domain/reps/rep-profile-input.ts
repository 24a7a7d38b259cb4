// The one schema for a rep profile: the edit form (zodResolver), the tRPC input and the services.
import { z } from "zod";
import { MAX_CAPACITY, MAX_ROUTING_WEIGHT, MIN_ROUTING_WEIGHT, SEGMENTS, SENIORITY_TIERS } from "./rep-options";
import { ZTagList } from "./tags";
import { ZTimeOffList } from "./time-off";
import { isValidTimeZone } from "./time-zone";
import { ZWeeklyHours } from "./working-hours";

/** null = unlimited; otherwise a whole number ≥ 0. */
const ZCapacityLimit = z
  .number({ error: "Enter a whole number or leave empty for unlimited" })
  .int("Must be a whole number")
  .min(0, "Must be 0 or more")
  .max(MAX_CAPACITY, `Must be at most ${MAX_CAPACITY}`)
  .nullable();

export const ZRepProfileInput = z.object({
  title: z.string().trim().max(100, "At most 100 characters"),
  seniority: z.enum(SENIORITY_TIERS, { error: "Pick a seniority tier" }),
  skills: ZTagList,
  industries: ZTagList,
  segments: z
    .array(z.enum(SEGMENTS, { error: "Unknown segment" }))
    .transform((segments) => [...new Set(segments)]),
  languages: ZTagList,
  regions: ZTagList,
  timeZone: z.string().trim().refine(isValidTimeZone, "Unknown time zone"),
  workingHours: ZWeeklyHours,
  timeOff: ZTimeOffList,
  maxOpenLeads: ZCapacityLimit,
  maxNewLeadsPerDay: ZCapacityLimit,
  routingWeight: z
    .number({ error: "Enter a whole number" })
    .int("Must be a whole number")
    .min(MIN_ROUTING_WEIGHT, `Must be at least ${MIN_ROUTING_WEIGHT}`)
    .max(MAX_ROUTING_WEIGHT, `Must be at most ${MAX_ROUTING_WEIGHT}`),
});
/** What a form holds / a client sends (tag lists may be comma-separated strings). */
export type TRepProfileFormValues = z.input<typeof ZRepProfileInput>;
/** Parsed and normalised. */
export type TRepProfileInput = z.output<typeof ZRepProfileInput>;

/** Creating a profile: the same fields plus the workspace member it is for. */
export const ZRepCreateInput = ZRepProfileInput.extend({
  userId: z.string({ error: "Pick a workspace member" }).min(1, "Pick a workspace member"),
});
export type TRepCreateFormValues = z.input<typeof ZRepCreateInput>;
export type TRepCreateInput = z.output<typeof ZRepCreateInput>;
