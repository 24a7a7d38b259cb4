// Issue 8, item 1: the dev mailbox listed every workspace's email (sign-in links, invites) to
// anyone when a production start had no mail provider. A production start has no mailbox at all.
import { DEMO_USERS, expect, test } from "./fixtures";
import { waitForMail } from "./mailbox";

test("attack: a stranger opens /dev/mailbox on a production start — 404, no mail listed", async ({ page }) => {
  // Make sure there is mail to steal: a sign-in link for Kenji, stored and sent.
  await page.goto("/sign-in");
  await page.getByLabel("Email for a sign-in link").fill(DEMO_USERS.kenji);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  const mail = await waitForMail(DEMO_USERS.kenji, /^Sign in to/);
  const emailId = /<email-([^@]+)@/.exec(mail.messageId)?.[1];
  expect(emailId).toBeTruthy();

  await page.context().clearCookies();
  for (const path of ["/dev/mailbox", `/dev/mailbox/${emailId}`]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByText(DEMO_USERS.kenji)).toHaveCount(0);
    await expect(page.locator("a[href*='/api/auth/callback/email']")).toHaveCount(0);
  }
  // Not even a link to it on the sign-in pages.
  await page.goto("/sign-in");
  await expect(page.locator("a[href='/dev/mailbox']")).toHaveCount(0);
});
