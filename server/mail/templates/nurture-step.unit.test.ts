import { describe, expect, it } from "vitest";
import { senderLine } from "./nurture-step";

describe("the nurture footer's sender line", () => {
  it.each([
    ["Demo Co", "1 Main St, Springfield", "Demo Co · 1 Main St, Springfield"],
    // The address already names the company: once, not "Demo Co · Demo Co · …".
    ["Demo Co", "Demo Co · 100 Market Street · San Francisco, CA 94105", "Demo Co · 100 Market Street · San Francisco, CA 94105"],
    ["Demo Co", "demo co, 100 Market Street", "demo co, 100 Market Street"],
    ["Demo Co", "", "Demo Co"],
    ["Demo Co", null, "Demo Co"],
    ["Acme", "Acme Labs GmbH, Berlin", "Acme Labs GmbH, Berlin"],
  ])("%s + %o → %s", (workspace, address, line) => {
    expect(senderLine(workspace, address)).toBe(line);
  });
});
