// Settings → API keys: an admin creates a key narrowed to one scope with an expiry, sees its
// scopes, expiry and last use in the list; the key works for its scope and gets 403 naming the
// scope elsewhere. Its times read as every dashboard time, in the viewer's zone (here New York) with
// the exact instant in <time dateTime> — last use also to the second in UTC in the title; the list
// wrote "last used 2026-12-07 13:36 UTC".
import { expectLocalTime } from "./dashboard-time";
import { expect, signInAs, test } from "./fixtures";

const VIEWER_ZONE = "America/New_York";
test.use({ timezoneId: VIEWER_ZONE });

test("an admin creates a narrowed key in Settings and sees its scopes, expiry and last use", async ({ page }) => {
  await signInAs(page, "admin");
  await page.goto("/settings/api-keys");
  const form = page.getByRole("form", { name: "Create an API key" });
  await form.getByLabel("Key name").fill("Routing reader");
  // Least privilege: no scope is ticked to start with, and a key without one is refused.
  for (const scope of ["leads:read", "leads:write", "routing:read", "routing:write", "bookings:write", "webhooks:write"]) {
    await expect(form.getByRole("checkbox", { name: new RegExp(`^${scope} `) })).not.toBeChecked();
  }
  await form.getByRole("button", { name: "Create key" }).click();
  await expect(form.getByRole("alert")).toHaveText(/Choose at least one scope/);
  await expect(page.getByTestId("new-api-key")).toHaveCount(0);
  await form.getByRole("checkbox", { name: /^routing:read / }).check();
  await form.getByLabel("Expires").selectOption({ label: "In 30 days" });
  await form.getByRole("button", { name: "Create key" }).click();

  const key = (await page.getByTestId("new-api-key").textContent())?.trim() ?? "";
  expect(key).toMatch(/^sb_live_/);
  const row = page.getByRole("listitem", { name: "API key Routing reader" });
  await expect(row.getByLabel("Scopes")).toHaveText("routing:read");
  await expect(row.getByTestId("last-used")).toHaveText("last used never");
  const [created, expires] = [row.locator("time").nth(0), row.locator("time").nth(1)];
  await expect(row).toContainText(/created [A-Z][a-z]{2} \d{1,2}, \d{4}, \d{2}:\d{2} · expires [A-Z][a-z]{2} \d{1,2}, \d{4}, \d{2}:\d{2} · last used never/);
  await expectLocalTime(created, VIEWER_ZONE, "New York");
  await expectLocalTime(expires, VIEWER_ZONE, "New York");

  const read = await page.request.get("/api/v1/routing", { headers: { authorization: `Bearer ${key}` } });
  expect(read.status()).toBe(200);
  const write = await page.request.put("/api/v1/routing", { headers: { authorization: `Bearer ${key}` }, data: await read.json() });
  expect(write.status()).toBe(403);
  expect((await write.json()).error).toMatchObject({ code: "FORBIDDEN", message: "This API key lacks the scope routing:write" });

  await page.reload();
  const lastUsed = page.getByRole("listitem", { name: "API key Routing reader" }).getByTestId("last-used");
  await expect(lastUsed).toHaveText(/^last used [A-Z][a-z]{2} \d{1,2}, \d{4}, \d{2}:\d{2}$/);
  await expectLocalTime(lastUsed.locator("time"), VIEWER_ZONE, "New York", { exactUtcTitle: true });
});
