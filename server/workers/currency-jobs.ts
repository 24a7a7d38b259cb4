// Job definitions of Settings → Currencies: existing leads' routing values recomputed after an
// admin changed a rate or the routing currency (written in that change's transaction).
import { z } from "zod";
import { defineJob } from "../jobs/define-job";
import { recomputeRoutingValues } from "../services/currencies/recompute-routing-values";

export function currencyJobs() {
  return {
    /** The workspace's leads of one currency (null: all with a value) converted again with the rates in force. Idempotent. */
    "currencies.recompute-routing-values": defineJob({
      schema: z.object({ workspaceId: z.string().min(1), currency: z.string().min(1).max(16).nullable() }),
      retry: { retryLimit: 8, retryDelay: 10, retryBackoff: true, retryDelayMax: 600, expireInSeconds: 30 * 60 },
      handler: async (job, ctx) => void (await recomputeRoutingValues(ctx.db, job)),
    }),
  };
}
