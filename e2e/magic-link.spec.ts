// A user asks for a magic link, finds it in the dev mailbox and is signed in by following it.
import { DEMO_USERS, expect, test } from "./fixtures";

test("magic link: request, find it in the dev mailbox, follow it, signed in", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByLabel("Email for a sign-in link").fill(DEMO_USERS.tom);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();

  await page.getByRole("link", { name: "Open the dev mailbox" }).click();
  const email = page.getByRole("link").filter({ hasText: `To ${DEMO_USERS.tom}` }).first();
  await expect(email).toBeVisible();
  await email.click();
  await expect(page.getByText("magic-link").first()).toBeVisible();

  await page.locator("a[href*='/api/auth/callback/email']").first().click();
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByTestId("current-user")).toContainText("Tom Becker");
});

test("magic link for an unknown address reveals nothing and sends nothing", async ({ page }) => {
  const stranger = `nobody-${Date.now()}@example.com`;
  await page.goto("/sign-in");
  await page.getByLabel("Email for a sign-in link").fill(stranger);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  await page.goto("/dev/mailbox");
  await expect(page.getByText(`To ${stranger}`)).toHaveCount(0);
});

test("a wrong password is refused with a clear message", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByLabel("Email", { exact: true }).fill(DEMO_USERS.admin);
  await page.getByLabel("Password", { exact: true }).fill("not-the-password");
  await page.getByRole("button", { name: "Sign in with password" }).click();
  await expect(page.getByText("That email and password do not match an account.")).toBeVisible();
});
