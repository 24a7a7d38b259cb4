// A user asks for a magic link, receives it by SMTP (the harness's capture server) and is signed
// in by following it.
import { DEMO_USERS, expect, test } from "./fixtures";
import { linkIn, mailTo, waitForMail } from "./mailbox";

test("magic link: request, receive it by email, follow it, signed in", async ({ page }) => {
  const before = (await mailTo(DEMO_USERS.tom)).length;
  await page.goto("/sign-in");
  await page.getByLabel("Email for a sign-in link").fill(DEMO_USERS.tom);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Open the dev mailbox" })).toHaveCount(0);

  await expect.poll(async () => (await mailTo(DEMO_USERS.tom)).length, { timeout: 30_000 }).toBeGreaterThan(before);
  const email = await waitForMail(DEMO_USERS.tom, /^Sign in to/);
  await page.goto(linkIn(email, "/api/auth/callback/email"));
  await expect(page).toHaveURL(/\/inbox$/); // a rep lands in their inbox
  await expect(page.getByTestId("current-user")).toContainText("Tom Becker");
});

test("magic link for an unknown address reveals nothing and sends nothing", async ({ page }) => {
  const stranger = `nobody-${Date.now()}@example.com`;
  await page.goto("/sign-in");
  await page.getByLabel("Email for a sign-in link").fill(stranger);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  // A known address asked right after gets its mail: by then the stranger's would have come too.
  const before = (await mailTo(DEMO_USERS.maya)).length;
  await page.goto("/sign-in");
  await page.getByLabel("Email for a sign-in link").fill(DEMO_USERS.maya);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect.poll(async () => (await mailTo(DEMO_USERS.maya)).length, { timeout: 30_000 }).toBeGreaterThan(before);
  expect(await mailTo(stranger)).toHaveLength(0);
});

test("a wrong password is refused with a clear message", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByLabel("Email", { exact: true }).fill(DEMO_USERS.admin);
  await page.getByLabel("Password", { exact: true }).fill("not-the-password");
  await page.getByRole("button", { name: "Sign in with password" }).click();
  await expect(page.getByText("That email and password do not match an account.")).toBeVisible();
});
