// A human's fill time without waiting for it. The hosted form (also the embed's frame) measures how
// long the prospect took on the browser's Date, from the moment its page is up
// (components/form-renderer/hosted-form.tsx, hosted-form-live.tsx); faster than MIN_FILL_TIME_MS
// is stored as spam. So the specs move the page's Date on, and nothing else: not Playwright's
// page.clock, which also fakes timers and `performance` — its performance.getEntriesByType() is
// always empty, so a reload is not seen as one and the form forgets its end screen
// (finished-submission.ts). Installed per page or browser context, before the form loads, the
// shift is in every frame of it, the embed's cross-origin one too; each new document starts at 0.
import type { BrowserContext, FrameLocator, Page } from "@playwright/test";
import { EARLY_SUBMIT_PROPERTY } from "../components/form-renderer/early-submit-guard";
import { MIN_FILL_TIME_MS } from "../server/domain/forms/submission-contract";
import { expect } from "./fixtures";

const SHIFT = "__e2eFillTimeShiftMs";

/** Date and Date.now read the real time plus `globalThis[shift]` ms (a page's init script: no closures). */
function shiftableDate(shift: string): void {
  const RealDate = Date;
  const now = () => RealDate.now() + ((globalThis as unknown as Record<string, number>)[shift] ?? 0);
  function ShiftedDate(this: unknown, ...args: unknown[]) {
    if (!new.target) return new RealDate(now()).toString();
    return args.length === 0 ? new RealDate(now()) : new (RealDate as unknown as new (...a: unknown[]) => Date)(...args);
  }
  Object.setPrototypeOf(ShiftedDate, RealDate);
  ShiftedDate.prototype = RealDate.prototype;
  ShiftedDate.now = now;
  (globalThis as unknown as Record<string, unknown>)[shift] = 0;
  (globalThis as unknown as Record<string, unknown>).Date = ShiftedDate;
}

/** Before the form's page loads (page.goto): its Date can then be moved on by passFillTime. */
export async function installFormClock(browser: Page | BrowserContext): Promise<void> {
  await browser.addInitScript(shiftableDate, SHIFT);
}

/**
 * Just before sending: once the form's clock has started (the page's shell is up: its first effect
 * starts the clock right after it marks the form's root as watched, ./early-submit-guard.ts), the
 * form's Date jumps past a human's fill time. `form`: the page, or the embed's frame.
 */
export async function passFillTime(form: Page | FrameLocator): Promise<void> {
  await expect
    .poll(() => form.locator("div:has(> script)").evaluateAll((roots, property) => roots.some((root) => (root as unknown as Record<string, { isWatched?: boolean } | undefined>)[property]?.isWatched === true), EARLY_SUBMIT_PROPERTY))
    .toBe(true);
  const isMoved = await form.locator(":root").evaluate((_, { shift, ms }) => {
    const global = globalThis as unknown as Record<string, number | undefined>;
    if (typeof global[shift] !== "number") return false;
    global[shift] += ms;
    return true;
  }, { shift: SHIFT, ms: MIN_FILL_TIME_MS + 100 });
  expect(isMoved, "installFormClock(page) before the form loads").toBe(true);
}
