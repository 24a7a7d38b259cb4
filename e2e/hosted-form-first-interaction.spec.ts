// The hosted form's code (react-hook-form, the renderer, the logic evaluator) is a chunk fetched on
// the prospect's first interaction (README "Size"): the first step is the server's HTML until it
// arrives. Here that chunk is held back while the prospect types, chooses and presses Enter —
// nothing is lost, the browser does not send the form by itself, and once the chunk is let
// through the step is checked and the form moves on with every answer.
import type { Route } from "@playwright/test";
import { expect, test } from "./fixtures";

test("answers typed, chosen and sent before the form's code arrives are kept and sent once it does", async ({ page }) => {
  await page.goto("/f/demo", { waitUntil: "load" });
  const held: Route[] = [];
  let isHolding = true;
  await page.route("**/_next/static/chunks/*.js", (route) => (isHolding ? void held.push(route) : route.continue()));

  await page.getByLabel("Work email").fill("early.bird@firstbank.com");
  await expect.poll(() => held.length, { message: "the first interaction fetches the form's chunk" }).toBeGreaterThan(0);
  await page.getByLabel("Full name").fill("Early Bird");
  await page.getByRole("radio", { name: "VP", exact: true }).check();
  await page.getByRole("radio", { name: "I make or approve the decision" }).check();
  await page.getByLabel("Full name").press("Enter");
  // Held back: still the first step, nothing in the URL (no native GET submission of the answers).
  await expect(page.getByRole("heading", { name: "About you" })).toBeVisible();
  expect(new URL(page.url()).search).toBe("");

  isHolding = false;
  for (const route of held.splice(0)) await route.continue();
  await expect(page.getByLabel("Company name")).toBeVisible();
  expect(new URL(page.url()).search).toBe("");

  await page.getByRole("button", { name: "Back" }).click();
  await expect(page.getByLabel("Work email")).toHaveValue("early.bird@firstbank.com");
  await expect(page.getByLabel("Full name")).toHaveValue("Early Bird");
  await expect(page.getByRole("radio", { name: "VP", exact: true })).toBeChecked();
  await expect(page.getByRole("radio", { name: "I make or approve the decision" })).toBeChecked();
});

test("a prefilled answer is on the page before any interaction", async ({ page }) => {
  await page.goto("/f/demo?email=ada%40acme.com&role=vp", { waitUntil: "load" });
  await expect(page.getByLabel("Work email")).toHaveValue("ada@acme.com");
  await expect(page.getByRole("radio", { name: "VP", exact: true })).toBeChecked();
});
