// Issue 8 item 3: a production start on an empty database never seeds the demo accounts; the first
// owner is created at /setup with the one-time token the server printed in its log. The harness
// runs a second production server on an empty database for this (E2E_SETUP_BASE_URL, its log at
// E2E_SETUP_LOG).
import fs from "node:fs";
import { DEMO_PASSWORD, DEMO_USERS, expect, test } from "./fixtures";

function setupServer(): { baseUrl: string; log: string } {
  const baseUrl = process.env.E2E_SETUP_BASE_URL;
  const log = process.env.E2E_SETUP_LOG;
  if (!baseUrl || !log) throw new Error("E2E_SETUP_BASE_URL / E2E_SETUP_LOG are not set: run through `npm run test:e2e`");
  return { baseUrl, log };
}

/** The setup link exactly as an operator reads it in the server log. */
function setupLinkFromLog(): string {
  const { baseUrl, log } = setupServer();
  const links = fs.readFileSync(log, "utf8").match(new RegExp(`${baseUrl}/setup\\?token=[A-Za-z0-9_-]+`, "g"));
  expect(links, "the server log prints a setup link").toBeTruthy();
  return links!.at(-1)!;
}

const owner = { workspace: "Acme Self-Hosted", name: "Fay Founder", email: "fay@acme.example", password: "fay-long-password" };

async function fillSetupForm(page: import("@playwright/test").Page, token?: string) {
  if (token !== undefined) await page.getByLabel("Setup token").fill(token);
  await page.getByLabel("Workspace name").fill(owner.workspace);
  await page.getByLabel("Your name").fill(owner.name);
  await page.getByLabel("Email").fill(owner.email);
  await page.getByLabel("Choose a password").fill(owner.password);
  await page.getByRole("button", { name: "Create the owner account" }).click();
}

test.describe.serial("first run on a production start with an empty database", () => {
  test("attack: a stranger tries to move the clock of a production start — 404, as if the route did not exist", async ({ request }) => {
    const { baseUrl } = setupServer();
    for (const method of ["get", "post"] as const) {
      const response = await request[method](`${baseUrl}/api/test-clock`, { data: method === "post" ? { advanceMs: 86_400_000 } : undefined });
      expect(response.status(), `${method.toUpperCase()} /api/test-clock`).toBe(404);
    }
  });

  test("attack: a production start creates an owner with the public demo password — no demo account exists", async ({ page }) => {
    const { baseUrl } = setupServer();
    await page.goto(`${baseUrl}/sign-in`);
    await page.getByLabel("Email", { exact: true }).fill(DEMO_USERS.owner);
    await page.getByLabel("Password", { exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Sign in with password" }).click();
    await expect(page.getByText("That email and password do not match an account.")).toBeVisible();
    await expect(page).toHaveURL(/\/sign-in/);
  });

  test("attack: /setup without the token — refused, no account created", async ({ page }) => {
    const { baseUrl } = setupServer();
    await page.goto(`${baseUrl}/setup`);
    await expect(page.getByRole("heading", { name: "Set up Switchboard" })).toBeVisible();
    await fillSetupForm(page);
    await expect(page.getByText("That setup token is not valid.")).toBeVisible();
    await fillSetupForm(page, "a-guessed-token");
    await expect(page.getByText("That setup token is not valid.")).toBeVisible();
    await expect(page).toHaveURL(/\/setup/);
  });

  test("a wrong token keeps everything the owner typed, and says which field is wrong", async ({ page }) => {
    const { baseUrl } = setupServer();
    await page.goto(`${baseUrl}/setup?token=wrongtoken`);
    await fillSetupForm(page);
    await expect(page.getByText("That setup token is not valid.")).toBeVisible();
    await expect(page.locator("#setup-token-error")).toHaveText("Not valid or expired");
    await expect(page.getByLabel("Setup token")).toHaveValue("wrongtoken");
    await expect(page.getByLabel("Workspace name")).toHaveValue(owner.workspace);
    await expect(page.getByLabel("Your name")).toHaveValue(owner.name);
    await expect(page.getByLabel("Email")).toHaveValue(owner.email);
    await expect(page.getByLabel("Choose a password")).toHaveValue(owner.password);
  });

  test("the setup link from the server log creates the first owner and workspace, signed in on the dashboard", async ({ page }) => {
    await page.goto(setupLinkFromLog());
    await expect(page.getByLabel("Setup token")).not.toHaveValue("");
    await fillSetupForm(page);
    await expect(page).toHaveURL(/\/dashboard$/, { timeout: 20_000 });
    await expect(page.getByTestId("current-user")).toContainText(`${owner.name} · Owner`);
    // The new workspace has its owner only: counted in the singular (L13).
    await expect(page.getByRole("link", { name: "1 member", exact: true })).toBeVisible();
    await expect(page.getByRole("link", { name: "0 teams (routing pools)", exact: true })).toBeVisible();
  });

  test("attack: /setup after an owner exists — 404, even with the token from the log", async ({ page }) => {
    const response = await page.goto(setupLinkFromLog());
    expect(response?.status()).toBe(404);
    await expect(page.getByLabel("Setup token")).toHaveCount(0);
  });
});
