// The learned chooser's settings ("best expected outcome"), one schema for the routing document,
// the editor and the REST API. See learned-chooser.ts for what each setting does.
import { z } from "zod";

/** The outcome a pool optimises: a lead that reached this stage (or a later one) is a success. */
export const LEARNED_OUTCOMES = ["meeting_held", "opportunity", "won"] as const;
export type TLearnedOutcome = (typeof LEARNED_OUTCOMES)[number];
export const LEARNED_OUTCOME_LABELS: Record<TLearnedOutcome, string> = { meeting_held: "meeting held", opportunity: "opportunity", won: "win" };

/** Lead attributes a segment may be made of (industry × tier × size band …). */
export const SEGMENT_ATTRIBUTES = ["industry", "segment", "tier", "region", "language", "source"] as const;
export type TSegmentAttribute = (typeof SEGMENT_ATTRIBUTES)[number];

/** What the pool uses before it has enough outcomes (warm-up) and after the kill switch. */
export const LEARNED_FALLBACKS = ["round_robin", "least_loaded"] as const;

export const ZLearnedChooser = z.object({
  type: z.literal("learned"),
  outcome: z.enum(LEARNED_OUTCOMES).default("won"),
  /** The segment a lead belongs to: these attributes' values, "unknown" when missing. */
  segmentBy: z
    .array(z.enum(SEGMENT_ATTRIBUTES))
    .max(3)
    .default(["industry", "segment"])
    .refine((list) => new Set(list).size === list.length, "Each attribute once"),
  /** No rep below this fraction of its fair share of the pool's leads this week (0 = off). */
  floorShare: z.number({ error: "Enter a number" }).finite().min(0, "At least 0%").max(1, "At most 100%").default(0.5),
  /** Until the pool has this many resolved outcomes, `fallback` chooses. */
  warmUpOutcomes: z.number({ error: "Enter a number" }).int("A whole number").min(0, "At least 0").max(100_000, "At most 100,000").default(20),
  fallback: z.enum(LEARNED_FALLBACKS).default("round_robin"),
  /** Kill switch: false = strict round-robin, the learned figures are kept but not used. */
  enabled: z.boolean().default(true),
  /** Prior strength (in leads) pulling a small rep × segment cell toward the rep's and team's rates. */
  shrinkage: z.number({ error: "Enter a number" }).finite().min(1, "At least 1").max(1000, "At most 1,000").default(5),
  /** Outcomes lose half their weight every this many weeks, and a rep × segment's weeks before a clear change are dropped (null: never forget). */
  halfLifeWeeks: z.number({ error: "Enter a number, or leave it empty" }).int("A whole number").min(1, "At least 1").max(104, "At most 104").nullable().default(8),
});
export type TLearnedChooser = z.output<typeof ZLearnedChooser>;
export type TLearnedChooserInput = z.input<typeof ZLearnedChooser>;

export const DEFAULT_LEARNED_CHOOSER: TLearnedChooser = ZLearnedChooser.parse({ type: "learned" });
