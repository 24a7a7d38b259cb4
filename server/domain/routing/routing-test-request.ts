// The body of `POST /api/v1/routing/test`: a sample lead routed as a dry run (testRoutingLead).
import { z } from "zod";

export const ZRoutingTestRequest = z.strictObject({
  /** A draft config to test; absent = the published one. */
  config: z.unknown().optional(),
  lead: z.strictObject({
    /** A published form of the workspace to score the answers with. */
    form: z.string().min(1).max(80).optional(),
    answers: z.record(z.string(), z.unknown()),
    email: z.email().max(254).optional(),
    timeZone: z.string().min(1).max(64).optional(),
    source: z.string().min(1).max(50).optional(),
    utm: z.record(z.string().max(60), z.string().max(500)).optional(),
    tier: z.string().min(1).max(40).optional(),
    estimatedValue: z.number().finite().min(0).nullable().optional(),
  }),
  /** When the lead arrives (ISO 8601); default now. */
  at: z.iso.datetime({ offset: true }).optional(),
});
