import { describe, expect, it } from "vitest";
import { fitVerdictShares, type TFitVerdict } from "./fit-verdicts";

const counts = (GOOD_FIT: number, WRONG_PERSON: number, WRONG_TERRITORY: number, WRONG_SIZE: number): Record<TFitVerdict, number> => ({ GOOD_FIT, WRONG_PERSON, WRONG_TERRITORY, WRONG_SIZE });

describe("fitVerdictShares: each verdict's whole percent of the path's feedback", () => {
  it.each([
    { name: "the demo's APAC path", given: counts(57, 17, 11, 14), shares: counts(58, 17, 11, 14) },
    { name: "one verdict only", given: counts(0, 0, 3, 0), shares: counts(0, 0, 100, 0) },
    { name: "thirds round each on its own", given: counts(1, 1, 1, 0), shares: counts(33, 33, 33, 0) },
    { name: "a half", given: counts(1, 0, 0, 1), shares: counts(50, 0, 0, 50) },
    { name: "no feedback: 0, never NaN", given: counts(0, 0, 0, 0), shares: counts(0, 0, 0, 0) },
  ])("$name", ({ given, shares }) => {
    expect(fitVerdictShares(given)).toEqual(shares);
  });
});
