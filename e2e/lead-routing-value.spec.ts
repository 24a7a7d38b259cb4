// The lead page says what routing counted of a lead's value when it is not in the routing currency:
// with EUR as the routing currency and no USD rate, a $1,000 API lead reads "$1,000 · not counted
// for routing: no USD rate set"; once 1 USD = 0.9 EUR is set, a new one reads "$1,000 · counted as
// €900 for routing". Its own leads come from the REST API with a key made here; the spec puts USD
// back (which removes the rate) whatever happens, so the other journeys route in dollars.
import { expect, signInAs, test } from "./fixtures";
import { trpcCall } from "./trpc";

test("the lead page shows the value routing counted beside the estimated value", async ({ page }) => {
  await signInAs(page, "admin");
  await page.goto("/settings/api-keys");
  const form = page.getByRole("form", { name: "Create an API key" });
  await form.getByLabel("Key name").fill("Routing value check");
  await form.getByRole("checkbox", { name: /^leads:write / }).check();
  await form.getByRole("button", { name: "Create key" }).click();
  const key = (await page.getByTestId("new-api-key").textContent())?.trim() ?? "";
  expect(key).toMatch(/^sb_live_/);

  const stamp = String(Date.now());
  const postLead = async (who: string) => {
    const created = await page.request.post("/api/v1/leads", {
      headers: { authorization: `Bearer ${key}` },
      data: { person: { email: `${who}.${stamp}@value-check.com`, name: `${who} ${stamp}` }, answers: { company_size: "20-199" }, estimatedValue: 1000 },
    });
    expect(created.status(), await created.text()).toBe(201);
    return (JSON.parse(await created.text()) as { lead: { id: string } }).lead.id;
  };
  const valueRow = () => page.getByLabel("Lead summary").locator("div").filter({ has: page.getByRole("term").filter({ hasText: /^Estimated value$/ }) }).getByRole("definition");

  try {
    await trpcCall(page, "currencies.setRoutingCurrency", { currency: "EUR" }, "mutation");
    const uncounted = await postLead("uncounted");
    await page.goto(`/leads/${uncounted}`);
    await expect(valueRow()).toHaveText("$1,000 · not counted for routing: no USD rate set");

    await trpcCall(page, "currencies.setRate", { currency: "USD", rate: 0.9 }, "mutation");
    const counted = await postLead("counted");
    await page.goto(`/leads/${counted}`);
    await expect(valueRow()).toHaveText("$1,000 · counted as €900 for routing");
  } finally {
    await trpcCall(page, "currencies.setRoutingCurrency", { currency: "USD" }, "mutation");
  }
  // In the routing currency again: the value alone, nothing to add.
  const plain = await postLead("plain");
  await page.goto(`/leads/${plain}`);
  await expect(valueRow()).toHaveText("$1,000");
});
