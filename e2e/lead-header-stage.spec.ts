// The lead page's header speaks the Lifecycle card's words: once a lead is worked it shows the
// stage ("Contacted", "Opportunity", "Won"), beside who holds it ("Accepted by you", "Not accepted");
// and it follows "Change stage…" at once, without a reload (it read "Accepted" beside Lifecycle
// "Opportunity"). Amounts read one way on the whole page: "$90,000" in Lifecycle and in History
// (which wrote "amount 90000.00").
import { BANK_VP } from "../prisma/seed/demo-answers";
import { expect, signInAs, test } from "./fixtures";

test("lead page header: the stage follows Change stage…; amounts formatted alike", async ({ page, request }) => {
  test.setTimeout(120_000);
  const stamp = Date.now();
  const submitted = await request.post("/api/v1/forms/demo/submissions", {
    data: { answers: { ...BANK_VP, email: `header.${stamp}@stagebank.com`, full_name: "Hana Header", company: `Stage Bank ${stamp}` }, context: { fillTimeMs: 20_000, source: "api" } },
  });
  expect(submitted.status(), await submitted.text()).toBe(201);
  const { leadId } = (await submitted.json()) as { leadId: string };
  await signInAs(page, "manager");
  await page.goto(`/leads/${leadId}`);

  const lifecycle = page.getByRole("group", { name: "Lifecycle" });
  // The page header: the name, then its badges (components/ui/page-header.tsx).
  const header = page.getByRole("heading", { level: 1, name: "Hana Header" }).locator("xpath=../..");
  const stageBadge = header.getByTestId("lead-stage-badge");
  const change = async (stage: string, amount?: string) => {
    await lifecycle.getByRole("button", { name: "Change stage…" }).click();
    const form = lifecycle.getByRole("form", { name: "Log an outcome" });
    await form.getByLabel("Outcome").selectOption({ label: stage });
    if (amount) await form.getByLabel(/^Amount/).fill(amount);
    await form.getByRole("button", { name: "Save outcome" }).click();
    await expect(lifecycle.getByRole("status")).toHaveText(`Marked ${stage.toLowerCase()}.`);
  };

  // Before anyone works it: the header and the Owner card say it alike (the card said "Assigned").
  await expect(header.getByTestId("lead-status-badge")).toHaveText("Not accepted");
  await expect(page.getByTestId("lead-status")).toHaveText("Not accepted");
  await change("Contacted");
  await expect(header).toContainText("Contacted"); // it kept saying "Assigned" / "Accepted"
  await expect(stageBadge).toHaveText("Contacted");
  await change("Opportunity", "90000");
  await expect(stageBadge).toHaveText("Opportunity");
  await expect(lifecycle).toContainText("$90,000");
  await expect(lifecycle).not.toContainText("$90,000.00");
  const history = page.getByRole("list", { name: "History", exact: true });
  await expect(history).toContainText("$90,000");
  await expect(history).not.toContainText("90000.00");

  await change("Won", "90000.5");
  await expect(stageBadge).toHaveText("Won");
  await expect(lifecycle).toContainText("$90,000.50");
  await expect(history).toContainText("$90,000.50");
});
