// Submits `count` leads to the pool's form through the real submission service (validate → score →
// one transaction that stores the lead and routes it under the workspace routing lock), with
// `concurrency` submissions in flight. Every lead has its own email and IP.
import type { Db } from "../../db/client";
import { runConcurrent, type TLatencySummary } from "../../bench/stats";
import { submitForm } from "../../services/submissions/submit-form";
import { validAnswers } from "../fixtures/submission-fixtures";
import type { TFollowUpDeps } from "../../services/routing/after-assignment";
import { unlimitedRateLimits } from "../../services/rate-limit/rate-limits";

const NO_LIMIT = unlimitedRateLimits().formSubmission;

export interface TSubmitPoolLeads {
  slug: string;
  /** Global index of this batch's first lead (unique emails across processes). */
  offset: number;
  count: number;
  concurrency: number;
  now: Date;
  routing: TFollowUpDeps;
}

export interface TSubmitPoolResult extends TLatencySummary {
  failed: number;
  firstError: string | null;
}

export async function submitPoolLeads(db: Db, input: TSubmitPoolLeads): Promise<TSubmitPoolResult> {
  let failed = 0;
  let firstError: string | null = null;
  const summary = await runConcurrent(input.count, input.concurrency, async (i) => {
    const n = input.offset + i;
    try {
      await submitForm(db, {
        slug: input.slug,
        body: { answers: validAnswers({ email: `lead${n}@pool-${n % 97}.example.com`, name: `Lead ${n}` }), context: { fillTimeMs: 20_000, source: "api" } },
        idempotencyKey: null,
        ip: `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`,
        now: input.now,
        rateLimit: NO_LIMIT,
        routing: input.routing,
      });
    } catch (error) {
      failed++;
      firstError ??= `${(error as Error)?.name}: ${(error as Error)?.message}`.slice(0, 500);
    }
  });
  return { ...summary, failed, firstError };
}
