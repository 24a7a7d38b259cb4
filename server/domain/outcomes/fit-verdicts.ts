// Fit feedback's verdicts and their labels (the lead page, the routing page, the API).
export const FIT_VERDICTS = ["GOOD_FIT", "WRONG_PERSON", "WRONG_TERRITORY", "WRONG_SIZE"] as const;
export type TFitVerdict = (typeof FIT_VERDICTS)[number];
export const FIT_VERDICT_LABELS: Record<TFitVerdict, string> = {
  GOOD_FIT: "Good fit",
  WRONG_PERSON: "Wrong person",
  WRONG_TERRITORY: "Wrong territory",
  WRONG_SIZE: "Wrong size",
};
