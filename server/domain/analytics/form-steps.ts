// The form drop-off view: from anonymous step events (view, start, step reached, complete),
// counted per visit, to views, starts, per-step reach and drop-off, completion rate. A "step"
// event with index i means the visitor reached step i (0 = the first, reached by viewing).
// The beacon contract (what a browser may send) is ZFormStepEvents. Pure: no I/O.
import { z } from "zod";
import { rate } from "./percentiles";

export const FORM_STEP_EVENT_TYPES = ["view", "start", "step", "complete"] as const;
export type TFormStepEventType = (typeof FORM_STEP_EVENT_TYPES)[number];

/** A beacon batch is small: at most 50 events of a few fields. */
export const MAX_STEP_EVENTS_BYTES = 8 * 1024;

/** A batch from the form page: no answers, no personal data. */
export const ZFormStepEvents = z.object({
  /** Random per visit (the page makes it; not stored in the browser). */
  visitId: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/),
  formVersion: z.number().int().min(1).max(1_000_000),
  events: z
    .array(
      z.object({
        type: z.enum(FORM_STEP_EVENT_TYPES),
        step: z.number().int().min(0).max(200),
        /** Milliseconds since the epoch on the visitor's clock (only differences within the visit are used). */
        at: z.number().int().min(0).max(8_640_000_000_000_000),
      }),
    )
    .min(1)
    .max(50),
});
export type TFormStepEvents = z.infer<typeof ZFormStepEvents>;

export interface TFormStepCounts {
  views: number;
  starts: number;
  /** Visits that reached each step (index = step). Step 0 is reached by every view. */
  reachedByStep: readonly number[];
  completes: number;
  /** Median seconds from view to complete among completed visits. */
  medianSecondsToComplete: number | null;
}

export interface TFormStepRow {
  step: number;
  label: string;
  reached: number;
  /** Visits that reached this step and went no further (without completing). */
  dropped: number;
  dropOffRate: number | null;
}

export interface TFormStepReport {
  views: number;
  starts: number;
  completes: number;
  startRate: number | null;
  completionRate: number | null;
  medianSecondsToComplete: number | null;
  steps: TFormStepRow[];
}

export function formStepReport(counts: TFormStepCounts, stepLabels: readonly string[]): TFormStepReport {
  const stepCount = Math.max(stepLabels.length, counts.reachedByStep.length);
  const reached = Array.from({ length: stepCount }, (_, i) => (i === 0 ? Math.max(counts.reachedByStep[0] ?? 0, counts.views) : (counts.reachedByStep[i] ?? 0)));
  const steps = reached.map((n, i) => {
    const next = i + 1 < stepCount ? reached[i + 1]! : counts.completes;
    const dropped = Math.max(0, n - next);
    return { step: i, label: stepLabels[i] ?? `Step ${i + 1}`, reached: n, dropped, dropOffRate: rate(dropped, n) };
  });
  return {
    views: counts.views,
    starts: counts.starts,
    completes: counts.completes,
    startRate: rate(counts.starts, counts.views),
    completionRate: rate(counts.completes, counts.views),
    medianSecondsToComplete: counts.medianSecondsToComplete,
    steps,
  };
}
