// The rep alert names the lead's tier by its label, as the leads table and the lead page do: a lead
// without a form reads "Unscored" (its API value "unscored" is an identifier), and a model's label
// keeps its own casing in the subject ("SQL", not "sql"; the subject lower-cased every label).
import { describe, expect, it } from "vitest";
import { renderEmail } from "../render-email";
import { repAlertProps } from "../../testing/fixtures/rep-alert-fixtures";

describe("the rep alert's tier", () => {
  it.each<[string, string, string, string]>([
    ["a lead without a form", "unscored", "New Unscored lead: Iris (Bank)", "Unscored · score 80"],
    ["a form's tier", "Sales-ready", "New Sales-ready lead: Iris (Bank)", "Sales-ready · score 80"],
    ["an acronym", "SQL", "New SQL lead: Iris (Bank)", "SQL · score 80"],
  ])("%s (%s)", async (_name, tierLabel, subject, line) => {
    const rendered = await renderEmail({ name: "rep-alert", props: repAlertProps({ lead: { tierLabel } }) });
    expect(rendered.subject).toBe(subject);
    expect(rendered.text).toContain(line);
    expect(rendered.text).not.toMatch(/\bunscored\b/);
  });

  it("a reminder and a reassignment name it the same way", async () => {
    const reminder = await renderEmail({ name: "rep-alert", props: repAlertProps({ lead: { tierLabel: "unscored" }, isReminder: true }) });
    expect(reminder.subject).toBe("Reminder — not yet accepted: Unscored lead: Iris (Bank)");
  });
});
