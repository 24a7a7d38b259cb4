// The forms list, the form builder and the leads list hydrate without a mismatch: what the server
// rendered is what the browser renders first. Dates and times are where they would differ (the
// server knows the viewer's zone only from the sb_tz cookie an earlier page set, and no locale), so
// the browser here is far from UTC and not en-US.
// React reports a mismatch on the console: in development "Hydration failed …" / "A tree hydrated
// but some attributes … didn't match" (attributes only there: run against `npm run dev` with
// E2E_BASE_URL to check those too), in a production build "Minified React error #418" (text).
import type { ConsoleMessage, Page } from "@playwright/test";
import { BANK_VP } from "../prisma/seed/demo-answers";
import { expect, signInAs, test } from "./fixtures";

test.use({ timezoneId: "Pacific/Kiritimati", locale: "de-DE" });

const MISMATCH = /hydrat|didn't match|did not match|Minified React error #(418|423|425)/i;

/** Collects the page's hydration complaints (console errors and warnings, uncaught errors). */
function watchHydration(page: Page): string[] {
  const seen: string[] = [];
  const onConsole = (m: ConsoleMessage) => {
    if ((m.type() === "error" || m.type() === "warning") && MISMATCH.test(m.text())) seen.push(`${new URL(page.url()).pathname}: ${m.text().slice(0, 600)}`);
  };
  page.on("console", onConsole);
  page.on("pageerror", (e) => MISMATCH.test(e.message) && seen.push(`${new URL(page.url()).pathname}: ${e.message.slice(0, 600)}`));
  return seen;
}

/** Opens `path` and waits until it is hydrated: something only the client renders has appeared. */
async function visitHydrated(page: Page, path: string): Promise<void> {
  await page.goto(path, { timeout: 90_000 });
  if (path === "/forms") {
    // Rename opens its field only once the row's controls are hydrated.
    const row = page.getByTestId("form-row-demo");
    await row.getByRole("button", { name: /^Rename / }).click();
    await expect(row.getByRole("textbox", { name: /^New name for / })).toBeVisible();
  } else if (path === "/leads") {
    // A lead's time is in the browser's zone once hydrated (the server's HTML too once the sb_tz cookie is set; before it, UTC named).
    await expect(page.locator("table time").first()).not.toContainText("UTC");
  } else {
    // Selecting a question shows its settings (beside the canvas; below 1024 px in the bottom sheet, which opens on selection).
    await page.getByTestId("canvas-field-full_name").locator("button[aria-pressed]").click();
    await expect(page.getByLabel("Label", { exact: true })).toHaveValue("Full name");
  }
}

test("/forms, a form's builder and /leads hydrate without a mismatch, at 1280 and 390 px, far from UTC", async ({ page, request }) => {
  test.setTimeout(300_000);
  // A lead, so that /leads shows times.
  const stamp = Date.now().toString(36);
  const submitted = await request.post("/api/v1/forms/demo/submissions", {
    data: { answers: { ...BANK_VP, email: `hydrate.${stamp}@northbank-hydrate.com`, full_name: `Hana Hydrate ${stamp}`, company: `Hydrate Bank ${stamp}` }, context: { fillTimeMs: 20_000, source: "api" } },
    timeout: 60_000,
  });
  expect(submitted.status(), await submitted.text()).toBe(201);
  await signInAs(page, "marketer");
  const seen = watchHydration(page);
  await page.goto("/forms", { timeout: 90_000 });
  const editHref = (await page.getByTestId("form-row-demo").getByRole("link", { name: "Edit", exact: true }).first().getAttribute("href"))!;
  for (const [width, height] of [[1280, 900], [390, 844]] as const) {
    await page.setViewportSize({ width, height });
    for (const path of ["/forms", editHref, "/leads"]) await visitHydrated(page, path);
  }
  expect(seen, seen.join("\n")).toEqual([]);
});
