// The embed's loading state: until the form's frame says something, the prospect sees
// "Loading form…" (a status, read out by screen readers) where the form will be — not an empty
// white box that looks broken on a slow connection. The frame's document is held back here (no
// race with how fast it arrives) while the state is checked, then let through.
import type { Locator, Page } from "@playwright/test";
import { EVENT_LOG_SCRIPT } from "../server/cli/lib/embed-demo-site";
import { hostEvents, useAllowedDemoSite } from "./embed-host";
import { expect, test } from "./fixtures";

const allowed = useAllowedDemoSite((appUrl) => ({
  "/missing": `<!doctype html><title>Missing form</title>${EVENT_LOG_SCRIPT}<ol id="events"></ol>
    <div id="missing" data-switchboard="no-such-form" data-switchboard-loading="eager"></div><script async src="${appUrl}/embed.js"></script>`,
}));

/** Holds back the documents of the demo form's frames (not the host page, not other requests) until `release()`. */
async function holdFormFrames(page: Page): Promise<{ release: () => void }> {
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/f\/demo\?/, async (route) => {
    if (route.request().frame().parentFrame() && route.request().isNavigationRequest()) await held;
    await route.continue();
  });
  return { release };
}

/** The element's top edge in the host page (not the viewport: a screenshot may scroll). */
const pageTop = (locator: Locator) => locator.evaluate((el) => el.getBoundingClientRect().top + window.scrollY);

test("popup: 'Loading form…' shows in the dialog until the form's frame is ready, then it is gone", async ({ page }) => {
  await page.goto(`${allowed.origin}/`);
  const frames = await holdFormFrames(page);
  await page.locator("#popup-trigger").press("Enter");
  const dialog = page.locator("dialog");
  const status = dialog.getByRole("status");
  await expect(status).toHaveText("Loading form…");
  await expect(status).toBeVisible();
  await dialog.screenshot({ path: test.info().outputPath("embed-loading-popup.png") });

  frames.release();
  const form = dialog.locator("iframe").contentFrame();
  await expect(form.getByLabel("Work email")).toBeVisible();
  await expect.poll(async () => (await hostEvents(page)).map((e) => e.type)).toContain("ready");
  await expect(dialog.getByRole("status")).toHaveCount(0);
  await expect(dialog).toHaveAccessibleName("Book a demo");
});

test("inline: 'Loading form…' shows over the frame until the form says its height, and going moves nothing", async ({ page }) => {
  const frames = await holdFormFrames(page);
  await page.goto(`${allowed.origin}/`, { waitUntil: "domcontentloaded" }); // "load" would wait for the held frame
  const container = page.locator("#inline-section [data-switchboard]");
  const status = container.getByRole("status");
  await expect(status).toHaveText("Loading form…");
  await expect(status).toBeVisible();
  const iframe = container.locator("iframe");
  const top = await pageTop(iframe);
  // The status is drawn over the frame's top, not above it: it takes no room.
  expect(await pageTop(status)).toBeGreaterThanOrEqual(top);
  await page.locator("#inline-section").screenshot({ path: test.info().outputPath("embed-loading-inline.png") });

  frames.release();
  await expect(iframe.contentFrame().getByLabel("Work email")).toBeVisible();
  await expect(status).toHaveCount(0);
  expect(await pageTop(iframe)).toBe(top);
  await expect.poll(async () => (await hostEvents(page)).map((e) => e.type)).toEqual(["ready"]);
});

test("a slug that names no published form: the app's notice replaces the loading state too", async ({ page }) => {
  await page.goto(`${allowed.origin}/missing`);
  const container = page.locator("#missing");
  await expect(container.locator("iframe").contentFrame().locator("main")).toHaveText("This form isn't available.");
  await expect(container.getByRole("status")).toHaveCount(0);
});
