// Working a control from the keyboard instead of a Playwright click, where the page holds a frame
// of another origin (the embed's host pages) and the control may first need a scroll.
//
// A click scrolls the control into view and sends the mouse event right after, and the browser
// routes a mouse event to a frame of another origin by the last picture on screen: on a busy
// machine still the one from before the scroll. A run under load (1 of 10) clicked "Talk to sales"
// and the popup never opened: the trace's last frame before the click showed the inline form's
// frame under that point, and that frame fetched its form code (the first interaction in it) 15 ms
// after the click. Keys go to the focused element wherever the page was painted last, and focus
// scrolls the control into view itself: focus, wait until it has it (state, not time), then press.
import type { Locator } from "@playwright/test";
import { expect } from "./fixtures";

/** Focuses `control` (a button, link, radio or checkbox), waits until it has the focus, then presses `key` on it: Enter clicks a button or follows a link, Space chooses a radio or toggles a checkbox. */
export async function viaKeyboard(control: Locator, key: "Enter" | "Space"): Promise<void> {
  await control.focus();
  await expect(control).toBeFocused();
  await control.press(key);
}

/** What `check()` does, from the keyboard: Space on a radio or checkbox that is not checked yet, then it is checked. */
export async function checkViaKeyboard(control: Locator): Promise<void> {
  if (!(await control.isChecked())) await viaKeyboard(control, "Space");
  await expect(control).toBeChecked();
}
