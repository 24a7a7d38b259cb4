// A prospect's first click in a just-loaded embedded form lands where they aimed. The form is the
// server's HTML, on screen (and clickable) before the page's code arrives; the frame used to learn
// its content's height only once that code had run, and changing it then moved what the prospect
// was pointing at: the popup, a centred modal dialog, re-centred (the option jumped ~140 px up at
// phone width), and an inline frame scrolled inside while it was too short jumped back to its
// top. Here the app's code is held back (deterministic: no race with how fast it arrives) while
// the prospect sees the form; then it is let through and the frame settles.
import type { FrameLocator, Locator, Page, Route } from "@playwright/test";
import { frameHeights, hostEvents, useAllowedDemoSite } from "./embed-host";
import { expect, test } from "./fixtures";
import { viaKeyboard } from "./keyboard-actions";

const allowed = useAllowedDemoSite();

/** Holds back the app's JavaScript (the form page's code, in every frame; not its CSS) until `release()`. */
async function holdAppCode(page: Page): Promise<{ release: () => Promise<void> }> {
  const held: Route[] = [];
  let isHolding = true;
  await page.route("**/_next/static/chunks/*.js", (route) => (isHolding ? void held.push(route) : route.continue()));
  return {
    release: async () => {
      isHolding = false;
      for (const route of held.splice(0)) await route.continue();
    },
  };
}

/**
 * Waits until the frame's stylesheets have loaded: the browser paints nothing before, so that is
 * when the prospect first sees the form (layout can be read earlier, unstyled).
 */
async function firstPaint(frame: FrameLocator): Promise<void> {
  await expect
    .poll(() => frame.locator("html").evaluate(() => [...document.querySelectorAll<HTMLLinkElement>("link[rel=stylesheet]")].every((link) => link.sheet !== null)))
    .toBe(true);
}

/** Polls until the iframe is exactly as tall as the form page's content; returns that height. */
async function settledHeight(page: Page, iframeSelector: string): Promise<number> {
  const frame = page.locator(iframeSelector).contentFrame();
  let height = Number.NaN;
  await expect
    .poll(async () => {
      const { iframe, content } = await frameHeights(page, iframeSelector, frame);
      if (iframe === content) height = iframe;
      return iframe === content ? "fits" : `iframe ${iframe} px, content ${content} px`;
    })
    .toBe("fits");
  return height;
}

test.describe("at phone width", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("popup: an option seen as the form appears stays where it is while the frame settles, and a click there chooses it", async ({ page }) => {
    await page.goto(`${allowed.origin}/`);
    const code = await holdAppCode(page);
    await viaKeyboard(page.locator("#popup-trigger"), "Enter");
    await expect(page.getByRole("dialog")).toBeVisible();
    const frame = page.locator("dialog iframe").contentFrame();
    const option = frame.getByRole("radio", { name: "Founder / Owner" });
    await expect(option).toBeVisible(); // the server's HTML; the form's code has not arrived
    await firstPaint(frame);
    const seen = (await option.boundingBox())!;

    await code.release();
    // The popup's frame is ready (the page's lazy inline frame may load and say so too: contain, not equal).
    await expect.poll(async () => (await hostEvents(page)).map((e) => e.type)).toContain("ready");
    await settledHeight(page, "dialog iframe");
    expect(await option.boundingBox()).toEqual(seen);

    // Where the prospect saw it: the click chooses that option, not a neighbour.
    await page.mouse.click(seen.x + seen.width / 2, seen.y + seen.height / 2);
    await expect(option).toBeChecked();
  });
});

test("inline: the frame takes its content's height before the form's code arrives, so nothing scrolls inside it and then jumps", async ({ page }) => {
  const code = await holdAppCode(page);
  await page.goto(`${allowed.origin}/`, { waitUntil: "domcontentloaded" }); // "load" would wait for the held code
  const iframe = "#inline-section [data-switchboard] iframe";
  const frame = page.locator(iframe).contentFrame();
  // The server's HTML (a lazy frame on a busy host can take longer than the default 10 s to load).
  await expect(frame.getByLabel("Work email")).toBeVisible({ timeout: 30_000 });
  await firstPaint(frame);
  // Still without the code: the frame already fits the form (not the snippet's reserved 540 px),
  // so the last option is reached by scrolling the host page, never the frame's own document.
  const early = await settledHeight(page, iframe);
  const option = frame.getByRole("radio", { name: "I am researching for someone else" });
  await option.scrollIntoViewIfNeeded();
  expect(await frame.locator("html").evaluate(() => window.scrollY)).toBe(0);
  const seen = (await option.boundingBox())!;

  await code.release();
  await expect.poll(async () => (await hostEvents(page)).map((e) => e.type)).toEqual(["ready"]);
  expect(await settledHeight(page, iframe)).toBe(early);
  expect(await option.boundingBox()).toEqual(seen);
  await page.mouse.click(seen.x + seen.width / 2, seen.y + seen.height / 2);
  await expect(option).toBeChecked();
});

test("inline: an option chosen as the form appears, before the page's code, is still chosen once the form's code takes over", async ({ page }) => {
  const code = await holdAppCode(page);
  await page.goto(`${allowed.origin}/`, { waitUntil: "domcontentloaded" }); // "load" would wait for the held code
  const frame = page.locator("#inline-section [data-switchboard] iframe").contentFrame();
  const option = frame.getByRole("radio", { name: "Founder / Owner" });
  await firstPaint(frame);
  await viaKeyboard(option, "Space"); // the server's HTML: nothing of the page's code is there to hear it
  await expect(option).toBeChecked();

  await code.release();
  await expect.poll(async () => (await hostEvents(page)).map((e) => e.type)).toEqual(["ready"]);
  // Next: the form's code checks the step — the other questions are unanswered, this one is not.
  await viaKeyboard(frame.getByRole("button", { name: "Next" }), "Enter"); // maybe below the fold: see keyboard-actions.ts
  await expect(frame.getByLabel("Work email")).toHaveAttribute("aria-invalid", "true");
  await expect(option).toBeChecked();
  await expect(frame.getByRole("group", { name: /Which best describes your role/ })).not.toHaveAttribute("aria-invalid", "true");
});

// Enter in a text field sends the form (the browser's implicit submission). Before the page's
// code has arrived nothing of the form's own code is there to hear it, and the browser would
// send the form by itself: a GET of the page with every answer — a work email — in the address
// (and the typed answers gone). An inline script on the form page holds it back instead; the
// form's code makes it once it takes over (a Next: the step is checked, or the form moves on).

/**
 * Records each submit event in the page (or frame) as the browser is about to act on it: `true`
 * when held back, `false` when nothing stopped it and the browser sends the form itself (a
 * listener on window, bubbling: the last to see the event).
 */
async function watchSubmits(html: Locator): Promise<() => Promise<boolean[]>> {
  await html.evaluate(() => {
    const log: boolean[] = [];
    (window as unknown as { __submits: boolean[] }).__submits = log;
    window.addEventListener("submit", (event) => log.push(event.defaultPrevented));
  });
  return () => html.evaluate(() => (window as unknown as { __submits: boolean[] }).__submits);
}

test("hosted page: a work email typed and sent with Enter before the page's code arrives stays on the page, out of its address, and the step is checked once the code is there", async ({ page }) => {
  const code = await holdAppCode(page);
  await page.goto("/f/demo", { waitUntil: "domcontentloaded" }); // "load" would wait for the held code
  const email = page.getByLabel("Work email");
  const submits = await watchSubmits(page.locator("html"));
  await email.fill("early.enter@firstbank.com");
  await email.press("Enter");
  expect(await submits(), "held back: not sent by the browser itself").toEqual([true]);

  await code.release();
  // The held Enter is the form's Next now: the other questions of the step are unanswered.
  await expect(page.getByLabel("Full name")).toHaveAttribute("aria-invalid", "true");
  await expect(email).toHaveValue("early.enter@firstbank.com");
  await expect(email).not.toHaveAttribute("aria-invalid", "true");
  expect(new URL(page.url()).search).toBe("");
});

test("hosted page: a first step answered and sent twice with Enter before the page's code arrives moves on once, when the code is there", async ({ page }) => {
  const code = await holdAppCode(page);
  await page.goto("/f/demo", { waitUntil: "domcontentloaded" });
  const submits = await watchSubmits(page.locator("html"));
  await page.getByLabel("Work email").fill("early.step@firstbank.com");
  await page.getByLabel("Full name").fill("Early Step");
  await page.getByRole("radio", { name: "VP", exact: true }).check();
  await page.getByRole("radio", { name: "I make or approve the decision" }).check();
  await page.getByLabel("Full name").press("Enter");
  await page.getByLabel("Full name").press("Enter");
  expect(await submits(), "held back: not sent by the browser itself").toEqual([true, true]);

  await code.release();
  await expect(page.getByLabel("Company name")).toBeVisible(); // the second step, not past it
  expect(new URL(page.url()).search).toBe("");
  await page.getByRole("button", { name: "Back" }).click();
  await expect(page.getByLabel("Work email")).toHaveValue("early.step@firstbank.com");
  await expect(page.getByRole("radio", { name: "VP", exact: true })).toBeChecked();
});

test("inline: a work email typed and sent with Enter before the form's code arrives stays in the frame, out of its address, and the step is checked once the code is there", async ({ page }) => {
  const code = await holdAppCode(page);
  await page.goto(`${allowed.origin}/`, { waitUntil: "domcontentloaded" }); // "load" would wait for the held code
  const frame = page.locator("#inline-section [data-switchboard] iframe").contentFrame();
  const email = frame.getByLabel("Work email");
  await expect(email).toBeVisible({ timeout: 30_000 }); // a lazy frame on a busy host can be slow
  const html = frame.locator("html");
  const address = await html.evaluate(() => location.href);
  const submits = await watchSubmits(html);
  await email.fill("early.frame@firstbank.com");
  await email.press("Enter");
  expect(await submits(), "held back: not sent by the browser itself").toEqual([true]);

  await code.release();
  await expect.poll(async () => (await hostEvents(page)).map((e) => e.type)).toEqual(["ready"]);
  await expect(frame.getByLabel("Full name")).toHaveAttribute("aria-invalid", "true");
  await expect(email).toHaveValue("early.frame@firstbank.com");
  await expect(email).not.toHaveAttribute("aria-invalid", "true");
  expect(await html.evaluate(() => location.href)).toBe(address);
  expect((await hostEvents(page)).map((e) => e.type)).toEqual(["ready"]); // still the first step
});
