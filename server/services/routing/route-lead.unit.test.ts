import { describe, expect, it } from "vitest";
import { routingUtm } from "./route-lead";

describe("routingUtm", () => {
  it.each([
    [{ utm_source: "linkedin", utm_campaign: "q4" }, { utm_source: "linkedin", source: "linkedin", utm_campaign: "q4", campaign: "q4" }],
    [{ gclid: "abc", pageUrl: "https://x" }, { gclid: "abc", pageUrl: "https://x" }],
    [{ utm_source: 3 }, {}],
    [null, {}],
    [["x"], {}],
  ])("%o → %o", (stored, expected) => expect(routingUtm(stored)).toEqual(expected));
});
