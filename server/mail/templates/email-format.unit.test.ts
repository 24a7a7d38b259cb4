import { describe, expect, it } from "vitest";
import { inviteExpiryText } from "@/components/members/invite-expiry";
import { formatEmailDay, formatEmailMoney, labelledAnswer } from "./email-format";

describe("formatEmailMoney", () => {
  it.each<[number | string, string | null, string]>([
    [200000, "USD", "$200,000"],
    [200000, "EUR", "€200,000"],
    [1250, "GBP", "£1,250"],
    [1250.6, "usd", "$1,251"],
    ["12500.00", "USD", "$12,500"],
    [3000000, "JPY", "¥3,000,000"],
    [200000, "CHF", "CHF 200,000"],
    [200000, "XYZ1", "200,000 XYZ1"],
    [200000, null, "200,000"],
    ["n/a", "USD", "n/a USD"],
    [1250, " eur ", "€1,250"],
    [-1250, "USD", "-$1,250"],
    [0, "xyz1", "0 XYZ1"],
    [1e21, "USD", "$1,000,000,000,000,000,000,000"],
  ])("%s %s → %s", (amount, currency, expected) => {
    // Twice: the second call takes the formatter (or the unknown code) the first one cached.
    expect(formatEmailMoney(amount, currency).replace(/\u00a0/g, " ")).toBe(expected);
    expect(formatEmailMoney(amount, currency).replace(/\u00a0/g, " ")).toBe(expected);
  });

  it("formats as a formatter made per call does, for every currency the runtime knows", () => {
    for (const code of Intl.supportedValuesOf("currency")) {
      let fresh: string;
      try {
        fresh = new Intl.NumberFormat("en-US", { style: "currency", currency: code, maximumFractionDigits: 0 }).format(1234567.5);
      } catch {
        fresh = `1,234,568 ${code}`;
      }
      expect(formatEmailMoney(1234567.5, code)).toBe(fresh);
      expect(formatEmailMoney("1234567.5", code.toLowerCase())).toBe(fresh);
    }
  });
});

describe("formatEmailDay", () => {
  it.each<[string, string]>([
    ["2026-12-11T10:00:00Z", "Dec 11, 2026"],
    ["2026-12-11T23:59:00Z", "Dec 11, 2026"],
    ["2027-01-01T00:00:00Z", "Jan 1, 2027"],
  ])("%s → %s", (iso, expected) => expect(formatEmailDay(new Date(iso))).toBe(expected));

  it("is the members page's day (inviteExpiryText)", () => {
    const date = new Date("2026-12-11T16:30:00Z");
    expect(`expires ${formatEmailDay(date)}`).toBe(inviteExpiryText(date));
  });
});

describe("labelledAnswer", () => {
  it.each([
    ["Company", "Initech", "Company: Initech"],
    ["I agree to be contacted about Switchboard.", "Yes", "I agree to be contacted about Switchboard. Yes"],
    ["What is your budget?", "$50,000", "What is your budget? $50,000"],
    ["Team size:", "20-199", "Team size: 20-199"],
    ["Notes ", "call me", "Notes: call me"],
    ["Tell us more…", "soon", "Tell us more… soon"],
    ["Wow!", "yes", "Wow! yes"],
    ["v1.2", "ok", "v1.2: ok"],
  ])("%j + %j → %j", (label, value, line) => {
    expect(labelledAnswer(label, value)).toBe(line);
  });
});
