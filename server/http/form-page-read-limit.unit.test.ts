import { describe, expect, it } from "vitest";
import { createRateLimits, unlimitedRateLimits } from "../services/rate-limit/rate-limits";
import { limitFormPageRead } from "./form-page-read-limit";

const limits = () => createRateLimits({ kind: "memory" }, { ...unlimitedRateLimitsConfig(), formReadsPerMinute: 3 });
function unlimitedRateLimitsConfig() {
  const max = 1_000_000;
  return { apiKeyPerMinute: max, formSubmissionsPer10Min: max, formReadsPerMinute: max, signInPer15Min: max, emailsPerRecipientPerHour: max, emailsPerAddressPerHour: max };
}
const page = (ip: string, headers: Record<string, string> = {}) => new Request("http://localhost/f/demo", { headers: { "x-forwarded-for": ip, ...headers } });

describe("hosted form page reads", () => {
  it("attack: a scraper reloads the hosted form page past the read limit — 429 with Retry-After in the error format", async () => {
    const { formRead } = limits();
    for (let i = 0; i < 3; i++) expect(await limitFormPageRead(page("203.0.113.4"), "demo", formRead)).toBeNull();
    const refused = await limitFormPageRead(page("203.0.113.4"), "demo", formRead);
    expect(refused?.status).toBe(429);
    expect(Number(refused?.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await refused?.json()).toMatchObject({ error: { code: "RATE_LIMITED" } });
    // Another address, or another form, is unaffected.
    expect(await limitFormPageRead(page("203.0.113.5"), "demo", formRead)).toBeNull();
    expect(await limitFormPageRead(page("203.0.113.4"), "other-form", formRead)).toBeNull();
  });

  it("the client router's requests inside a loaded page do not count", async () => {
    const { formRead } = limits();
    for (let i = 0; i < 10; i++) expect(await limitFormPageRead(page("203.0.113.6", { rsc: "1" }), "demo", formRead)).toBeNull();
    expect(await limitFormPageRead(page("203.0.113.6"), "demo", formRead)).toBeNull();
  });

  it("no limit when unlimited", async () => {
    const { formRead } = unlimitedRateLimits();
    for (let i = 0; i < 20; i++) expect(await limitFormPageRead(page("203.0.113.7"), "demo", formRead)).toBeNull();
  });
});
