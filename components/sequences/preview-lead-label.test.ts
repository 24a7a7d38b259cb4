// The sequence preview's lead picker showed raw tier keys ("Em Bed (sales_ready)").
import { describe, expect, it } from "vitest";
import { previewLeadLabel } from "./preview-lead-label";

const TIERS = [
  { key: "sales_ready", label: "Sales-ready" },
  { key: "nurture", label: "Nurture" },
  { key: "hot", label: "hot" },
];

describe("previewLeadLabel", () => {
  it.each([
    ["a labelled tier", "Em Bed (sales_ready)", "Em Bed (Sales-ready)"],
    ["another labelled tier", "Ada Lovelace (nurture)", "Ada Lovelace (Nurture)"],
    ["a tier whose label is its key", "Kim (hot)", "Kim (hot)"],
    ["a tier nobody labelled", "Kim (warm)", "Kim (warm)"],
    ["a tier key inside the name only", "sales_ready (nurture)", "sales_ready (Nurture)"],
    ["no tier at all", "Kim", "Kim"],
  ])("%s", (_what, label, expected) => {
    expect(previewLeadLabel(label, TIERS)).toBe(expected);
  });
});
