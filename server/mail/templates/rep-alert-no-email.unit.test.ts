// A lead without an email (no person: a form whose email question is optional or hidden, an API
// lead with only a company) reaches its rep with "no email given" where the address would be —
// never an empty address, "undefined" or a bare "mailto:".
import { describe, expect, it } from "vitest";
import { renderEmail } from "../render-email";
import { repAlertProps, type TRepAlertPropsPatch } from "../../testing/fixtures/rep-alert-fixtures";
import { alertEmail } from "./rep-alert";

describe("alertEmail", () => {
  it.each<[string | null | undefined, string]>([
    ["iris@bank.com", "iris@bank.com"],
    ["", "no email given"],
    ["   ", "no email given"],
    [null, "no email given"],
    [undefined, "no email given"],
  ])("%o → %s", (email, expected) => {
    expect(alertEmail(email)).toBe(expected);
  });
});

describe("the rep alert of a lead without an email", () => {
  // What the assignment alert passes for a lead without a person (assignment-alert.ts); `lead` changes it.
  const withoutPerson = (lead: TRepAlertPropsPatch["lead"] = {}) =>
    repAlertProps({ lead: { name: "Unknown", email: "", company: null, ...lead }, answers: [{ label: "Company", value: "Initech" }] });

  it.each<[string, string | null]>([["an empty email", ""], ["a null email", null]])("%s: the who line says “no email given”", async (_name, email) => {
    const { html, text } = await renderEmail({ name: "rep-alert", props: withoutPerson({ email }) });
    const who = text.replace(/\u00a0/g, " ").split("\n").find((l) => l.includes("Unknown"));
    expect(who).toMatch(/Unknown\*{0,2} · no email given$/);
    expect(html).not.toContain("mailto:");
    expect(text).not.toContain("undefined");
    expect(text).toContain("Company: Initech");
  });

  it("a lead with an email shows it", async () => {
    const { text } = await renderEmail({ name: "rep-alert", props: withoutPerson({ name: "Iris", email: "iris@bank.com" }) });
    expect(text).toContain("iris@bank.com");
    expect(text).not.toContain("no email given");
  });
});
