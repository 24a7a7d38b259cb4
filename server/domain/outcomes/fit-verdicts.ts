// Fit feedback's verdicts and their labels (the lead page, the routing page, the API).
export const FIT_VERDICTS = ["GOOD_FIT", "WRONG_PERSON", "WRONG_TERRITORY", "WRONG_SIZE"] as const;
export type TFitVerdict = (typeof FIT_VERDICTS)[number];
export const FIT_VERDICT_LABELS: Record<TFitVerdict, string> = {
  GOOD_FIT: "Good fit",
  WRONG_PERSON: "Wrong person",
  WRONG_TERRITORY: "Wrong territory",
  WRONG_SIZE: "Wrong size",
};

/**
 * Each verdict's share of a path's feedback, in whole percent of the path's total (0 when it has
 * none): the routing page shows "57 · 58%" so paths of different sizes compare at a glance.
 */
export function fitVerdictShares(counts: Record<TFitVerdict, number>): Record<TFitVerdict, number> {
  const total = FIT_VERDICTS.reduce((sum, v) => sum + counts[v], 0);
  return Object.fromEntries(FIT_VERDICTS.map((v) => [v, total === 0 ? 0 : Math.round((100 * counts[v]) / total)])) as Record<TFitVerdict, number>;
}
