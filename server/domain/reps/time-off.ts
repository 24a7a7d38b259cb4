// Out-of-office periods (RepTimeOff rows): absolute instants, end after start, no overlaps.
import { z } from "zod";

export const ZTimeOffPeriod = z
  .object({
    /** Set for a stored period being kept; absent for a new one. */
    id: z.string().min(1).optional(),
    startsAt: z.date({ error: "Pick a start date and time" }),
    endsAt: z.date({ error: "Pick an end date and time" }),
    note: z.string().trim().max(200, "At most 200 characters").default(""),
  })
  .refine((p) => p.endsAt.getTime() > p.startsAt.getTime(), { path: ["endsAt"], message: "End must be after start" });
export type TTimeOffPeriod = z.infer<typeof ZTimeOffPeriod>;

interface TSpan {
  startsAt: Date;
  endsAt: Date;
}

/** [index, otherIndex] pairs of periods that overlap (one ending exactly when another starts is fine). */
export function findOverlappingPeriods(periods: readonly TSpan[]): [number, number][] {
  const usable = periods
    .map((p, index) => ({ index, start: p.startsAt.getTime(), end: p.endsAt.getTime() }))
    .filter((p) => Number.isFinite(p.start) && Number.isFinite(p.end) && p.start < p.end)
    .sort((a, b) => a.start - b.start || a.index - b.index);
  const pairs: [number, number][] = [];
  let previous: (typeof usable)[number] | undefined;
  for (const current of usable) {
    if (previous && current.start < previous.end) {
      pairs.push([current.index, previous.index]);
      if (current.end > previous.end) previous = current;
      continue;
    }
    previous = current;
  }
  return pairs;
}

export const ZTimeOffList = z
  .array(ZTimeOffPeriod)
  .max(100, "At most 100 periods")
  .superRefine((periods, ctx) => {
    for (const [index] of findOverlappingPeriods(periods)) {
      ctx.addIssue({ code: "custom", path: [index, "startsAt"], message: "Overlaps another out-of-office period" });
    }
    const ids = new Set<string>();
    periods.forEach((p, index) => {
      if (!p.id) return;
      if (ids.has(p.id)) ctx.addIssue({ code: "custom", path: [index, "id"], message: "Listed twice" });
      ids.add(p.id);
    });
  });

/** The period covering `now`, if any (start inclusive, end exclusive). */
export function currentTimeOff<T extends TSpan>(periods: readonly T[], now: Date): T | undefined {
  const t = now.getTime();
  return periods.find((p) => p.startsAt.getTime() <= t && t < p.endsAt.getTime());
}

export interface TTimeOffPlan {
  create: Omit<TTimeOffPeriod, "id">[];
  update: (TTimeOffPeriod & { id: string })[];
  deleteIds: string[];
  /** Submitted ids that are not periods of this rep (index into the submitted list). */
  unknownIndexes: number[];
}

/** What to write to make the stored periods equal the submitted list. */
export function planTimeOffChanges(storedIds: readonly string[], submitted: readonly TTimeOffPeriod[]): TTimeOffPlan {
  const stored = new Set(storedIds);
  const kept = new Set<string>();
  const plan: TTimeOffPlan = { create: [], update: [], deleteIds: [], unknownIndexes: [] };
  submitted.forEach((period, index) => {
    if (!period.id) {
      plan.create.push({ startsAt: period.startsAt, endsAt: period.endsAt, note: period.note });
    } else if (stored.has(period.id)) {
      kept.add(period.id);
      plan.update.push({ ...period, id: period.id });
    } else {
      plan.unknownIndexes.push(index);
    }
  });
  plan.deleteIds = storedIds.filter((id) => !kept.has(id));
  return plan;
}
