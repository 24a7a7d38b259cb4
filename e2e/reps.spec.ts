// A manager edits a rep's capacity and out-of-office; bad input is refused field by field.
import { expect, signInAs, test } from "./fixtures";

test("a manager edits Tom's capacity and adds an out-of-office period; bad input is refused", async ({ page }) => {
  await signInAs(page, "manager");
  await page.goto("/reps");
  await page.getByRole("link", { name: /Tom Becker/ }).first().click();
  await expect(page.getByRole("heading", { name: "Tom Becker" })).toBeVisible();

  const maxOpen = page.getByLabel("Max open leads");
  await maxOpen.fill("-3");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("alert").filter({ hasText: /0 or more|negative|at least 0|≥ 0/i }).first()).toBeVisible();

  await maxOpen.fill("12");
  await page.getByRole("button", { name: "Add out-of-office period" }).click();
  await page.getByLabel("Start of period 1").fill("2031-12-01T00:00");
  await page.getByLabel("End of period 1").fill("2031-12-05T00:00");
  // Tom's zone as the booking texts name it, with the offset of the first period (December: CST).
  await expect(page.getByText("Times are in Chicago (GMT−6).")).toBeVisible();
  await page.getByLabel("Note for period 1").fill("Conference");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("status")).toHaveText("Saved.");

  await page.reload();
  await expect(page.getByLabel("Max open leads")).toHaveValue("12");
  await expect(page.getByLabel("Note for period 1")).toHaveValue("Conference");
  await page.goto("/reps");
  const tom = page.getByRole("row").filter({ hasText: "Tom Becker" });
  await expect(tom).toContainText("12 open");
  // The zone column names the zone as the booking texts do, with today's offset; never an IANA id.
  await expect(tom.getByRole("cell", { name: /^Chicago \(GMT−[56]\)$/ })).toBeVisible();
  await expect(page.getByRole("table")).not.toContainText("America/");
});

test("a rep sees reps and teams but no edit controls", async ({ page }) => {
  await signInAs(page, "sarah");
  await page.goto("/reps");
  await expect(page.getByRole("row").filter({ hasText: "Kenji Sato" })).toBeVisible();
  await expect(page.getByRole("link", { name: "New rep" })).toHaveCount(0);
  const response = await page.goto("/reps/new");
  expect(response?.status()).toBe(403);
});
