// A host page that opens and closes the popup again and again keeps no trace of the closed ones.
// The loader follows each frame's messages with a `message` listener on window; a closed popup's
// frame is gone, so its listener could never match again — it used to stay attached for the life
// of the page, one more per opening. Here a counter wrapped around window.addEventListener /
// removeEventListener (installed before any script of the page runs) counts the live `message`
// listeners that embed.js added: each closing, by every way a popup closes, brings the count back
// to what it was before the popup opened, and every reopened popup still hears its own frame.
import type { Page } from "@playwright/test";
import { frameHeights, hostEvents, useAllowedDemoSite } from "./embed-host";
import { expect, test } from "./fixtures";

const allowed = useAllowedDemoSite();

/** Counts, in `window.__loaderMessageListeners`, the live `message` listeners added by a script loaded from …/embed.js. */
function countLoaderMessageListeners(): void {
  const live = new Set<unknown>();
  const add = window.addEventListener;
  const remove = window.removeEventListener;
  const fromLoader = () => /\/embed(\.js|\/loader\.[0-9a-f]+\.js)/.test(new Error().stack ?? "");
  Object.defineProperty(window, "__loaderMessageListeners", { get: () => live.size });
  window.addEventListener = function (this: Window, ...args: Parameters<Window["addEventListener"]>) {
    if (args[0] === "message" && fromLoader()) live.add(args[1]);
    return add.apply(this, args);
  } as Window["addEventListener"];
  window.removeEventListener = function (this: Window, ...args: Parameters<Window["removeEventListener"]>) {
    if (args[0] === "message") live.delete(args[1]);
    return remove.apply(this, args);
  } as Window["removeEventListener"];
}

const liveListeners = (page: Page) => page.evaluate(() => (window as unknown as { __loaderMessageListeners: number }).__loaderMessageListeners);

test("a closed popup leaves no message listener behind: opened and closed five times, by each way there is, the count comes back each time", async ({ page }) => {
  await page.addInitScript(countLoaderMessageListeners);
  await page.goto(`${allowed.origin}/`);
  await expect(page.locator("#inline-section [data-switchboard] iframe")).toHaveCount(1); // the inline embed's frame (and its listener)
  const before = await liveListeners(page);
  expect(before).toBe(1); // the counter sees the loader's listeners: the inline frame's

  const trigger = page.locator("#popup-trigger");
  const dialog = page.getByRole("dialog", { name: "Book a demo" }); // named by the frame's ready message
  const closings: [string, () => Promise<void>][] = [
    ["Escape on the host page", () => page.keyboard.press("Escape")],
    ["the Close button", () => dialog.getByRole("button", { name: "Close" }).press("Enter")],
    ["Escape inside the form (its close message)", () => dialog.locator("iframe").contentFrame().getByLabel("Work email").press("Escape")],
    ["a click on the backdrop", () => page.mouse.click(5, 5)],
    ["Escape again", () => page.keyboard.press("Escape")],
  ];
  for (const [index, [how, close]] of closings.entries()) {
    await test.step(`opening ${index + 1}, closed by ${how}`, async () => {
      if (index === 2) await page.evaluate(() => (window as unknown as { Switchboard: (command: string, slug: string) => void }).Switchboard("open", "demo"));
      else await trigger.press("Enter");
      await expect(dialog).toBeVisible();
      await expect(dialog.locator("iframe").contentFrame().getByLabel("Work email")).toBeVisible();
      expect(await liveListeners(page)).toBe(before + 1); // this popup's frame is followed
      await close();
      await expect(page.locator("dialog")).toHaveCount(0);
      await expect.poll(() => liveListeners(page)).toBe(before);
    });
  }
  await expect.poll(async () => (await hostEvents(page)).filter((e) => e.type === "closed").length).toBe(closings.length);
  // The inline embed, mounted before them all, still hears its frame: it follows its content's height.
  const iframe = "#inline-section [data-switchboard] iframe";
  const inline = page.locator(iframe).contentFrame();
  const fits = async () => {
    const { iframe: outer, content } = await frameHeights(page, iframe, inline);
    return outer === content ? "fits" : `iframe ${outer} px, content ${content} px`;
  };
  await expect.poll(fits).toBe("fits");
  await inline.getByRole("button", { name: "Next" }).press("Enter"); // errors make the step taller
  await expect(inline.getByLabel("Work email")).toHaveAttribute("aria-invalid", "true");
  await expect.poll(fits).toBe("fits");
  expect(await liveListeners(page)).toBe(before);
});
