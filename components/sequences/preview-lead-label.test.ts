// The sequence preview's lead picker showed raw tier keys ("Em Bed (sales_ready)").
import { describe, expect, it } from "vitest";
import { previewLeadLabel } from "./preview-lead-label";

const TIERS = [
  { key: "sales_ready", label: "Sales-ready" },
  { key: "nurture", label: "Nurture" },
  { key: "hot", label: "hot" },
  { key: "cold", label: "" },
];

describe("previewLeadLabel", () => {
  it.each([
    ["a labelled tier", { name: "Em Bed", tier: "sales_ready" }, "Em Bed (Sales-ready)"],
    ["another labelled tier", { name: "Ada Lovelace", tier: "nurture" }, "Ada Lovelace (Nurture)"],
    ["a tier whose label is its key", { name: "Kim", tier: "hot" }, "Kim (hot)"],
    ["a tier nobody labelled", { name: "Kim", tier: "warm" }, "Kim (warm)"],
    ["an empty label", { name: "Kim", tier: "cold" }, "Kim (cold)"],
    ["a tier key as the name", { name: "sales_ready", tier: "nurture" }, "sales_ready (Nurture)"],
  ])("%s", (_what, lead, expected) => {
    expect(previewLeadLabel(lead, TIERS)).toBe(expected);
  });
});
