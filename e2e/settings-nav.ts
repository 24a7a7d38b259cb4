// Reaching a workspace settings page as a user does: the top bar's "Settings" (one link for all of
// them), then the page in the settings navigation beside it. From lg (1024 px): the top bar's links
// are in the bar; below it they are in the Menu, so phone specs open it first.
import { expect, type Page } from "@playwright/test";

export const mainNav = (page: Page) => page.getByRole("navigation", { name: "Main" });
export const settingsNav = (page: Page) => page.getByRole("navigation", { name: "Settings" });

/** Settings in the top bar, then `name` in the settings navigation; waits until it is the current page. */
export async function openSettingsPage(page: Page, name: string): Promise<void> {
  await mainNav(page).getByRole("link", { name: "Settings", exact: true }).click();
  await expect(mainNav(page).getByRole("link", { name: "Settings", exact: true })).toHaveAttribute("aria-current", "page");
  const link = settingsNav(page).getByRole("link", { name, exact: true });
  await link.click();
  await expect(link).toHaveAttribute("aria-current", "page");
}
