// After sign-in the app sends the user to the callback only when it is a path of this app. An
// attacker's link "/sign-in?callbackUrl=/\evil.example" starts with "/", but a browser reads the
// backslash as a slash ("//evil.example": another host), and drops tabs and newlines from URLs.
// Both the page (which fills the form's hidden callback) and the sign-in action (which a script
// can post anything to) must keep the user on this origin.
import type { Page } from "@playwright/test";
import { DEMO_PASSWORD, DEMO_USERS, expect, test } from "./fixtures";

const ATTACKS = ["/\\evil.example", "/\\/evil.example", "/\t/evil.example"];

/** Hosts the page asked for while `run` ran (a redirect off the app shows up here, even offline). */
async function hostsRequested(page: Page, run: () => Promise<void>): Promise<string[]> {
  const hosts: string[] = [];
  const record = (url: string) => {
    if (url.startsWith("http")) hosts.push(new URL(url).host);
  };
  page.on("request", (request) => record(request.url()));
  page.on("framenavigated", (frame) => record(frame.url()));
  await run();
  return hosts;
}

async function submitPassword(page: Page, email: string): Promise<void> {
  await page.getByLabel("Email", { exact: true }).fill(email);
  await page.getByLabel("Password", { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in with password" }).click();
  await expect(page).not.toHaveURL(/\/sign-in(\?|$)/, { timeout: 20_000 });
}

for (const [i, attack] of ATTACKS.entries()) {
  test(`attack: a sign-in link with callbackUrl ${JSON.stringify(attack)} leaves the app`, async ({ page, baseURL }) => {
    const app = new URL(baseURL!);
    const hosts = await hostsRequested(page, async () => {
      await page.goto(`/sign-in?callbackUrl=${encodeURIComponent(attack)}`);
      await submitPassword(page, i % 2 === 0 ? DEMO_USERS.tom : DEMO_USERS.maya);
    });
    expect(new URL(page.url()).origin).toBe(app.origin);
    expect(hosts.filter((host) => host !== app.host)).toEqual([]);
  });

  test(`attack: the sign-in action posted with callbackUrl ${JSON.stringify(attack)} leaves the app`, async ({ page, baseURL }) => {
    const app = new URL(baseURL!);
    const hosts = await hostsRequested(page, async () => {
      await page.goto("/sign-in?callbackUrl=%2Finbox");
      // What a script posting the form can send: the hidden field set to the attack.
      await page.locator('form:has(#pw-password) input[name="callbackUrl"]').evaluate((input, value) => void ((input as HTMLInputElement).value = value), attack);
      await submitPassword(page, i % 2 === 0 ? DEMO_USERS.maya : DEMO_USERS.tom);
    });
    expect(new URL(page.url()).origin).toBe(app.origin);
    expect(hosts.filter((host) => host !== app.host)).toEqual([]);
  });
}

test("a callback on the app is still followed after sign-in", async ({ page }) => {
  await page.goto(`/sign-in?callbackUrl=${encodeURIComponent("/inbox")}`);
  await submitPassword(page, DEMO_USERS.tom);
  await expect(page).toHaveURL(/\/inbox$/);
});
