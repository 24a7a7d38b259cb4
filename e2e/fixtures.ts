// Shared e2e helpers: the seeded demo accounts and sign-in. The e2e server runs on a fresh
// database that the harness seeds explicitly (npm run db:seed), so these credentials always exist.
// Mail: see ./mailbox.ts.
import { expect, test as base, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "switchboard-demo";

export const DEMO_USERS = {
  owner: "owner@demo.switchboard.dev",
  admin: "admin@demo.switchboard.dev",
  manager: "manager@demo.switchboard.dev",
  marketer: "marketer@demo.switchboard.dev",
  sarah: "sarah@demo.switchboard.dev",
  tom: "tom@demo.switchboard.dev",
  kenji: "kenji@demo.switchboard.dev",
  maya: "maya@demo.switchboard.dev",
} as const;

export type DemoUser = keyof typeof DEMO_USERS;

/** The seeded reps, in seed order. */
export const DEMO_REPS = [DEMO_USERS.sarah, DEMO_USERS.tom, DEMO_USERS.kenji, DEMO_USERS.maya] as const;

/** Signs in through the real /sign-in form and waits until the app has left the sign-in page. */
export async function signInWithPassword(page: Page, email: string, password: string = DEMO_PASSWORD): Promise<void> {
  await page.goto("/sign-in");
  await page.getByLabel("Email", { exact: true }).fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Sign in with password" }).click();
  await expect(page).not.toHaveURL(/\/sign-in(\?|$)/, { timeout: 20_000 });
}

/** Signs in as one of the seeded demo users by role name. */
export function signInAs(page: Page, user: DemoUser): Promise<void> {
  return signInWithPassword(page, DEMO_USERS[user], DEMO_PASSWORD);
}

export const test = base;
export { expect };
