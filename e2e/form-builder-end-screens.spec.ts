// The End screens tab of the form builder: on a new Blank form (one "Thank you!" message) the
// marketer adds a booking end screen, gives it to Sales-ready leads (undo and redo that), edits the
// message's title, sees a redirect without a web address ("the web address is empty") as a clickable
// problem that leads to its input, removes it, publishes — and a prospect who completes the
// hosted form sees the edited message (a Blank form's answers score 0: Nurture, the default),
// while the published version keeps the booking for Sales-ready leads.
import { installFormClock, passFillTime } from "./fill-time";
import { expect, test } from "./fixtures";
import { openNewFormInBuilder } from "./form-builder-fixture";
import { expectFormLeadNotSpam } from "./stored-lead";

test("a marketer adds a booking end screen for Sales-ready leads, edits the message and publishes", async ({ browser, page }) => {
  test.setTimeout(180_000);
  const { id, slug } = await openNewFormInBuilder(page, { name: "End screens" }, { viewport: { width: 1280, height: 900 }, timeout: 120_000 });
  const status = page.getByTestId("save-status");
  await page.getByRole("tab", { name: "End screens" }).click();
  const panel = page.getByTestId("end-screens-editor");
  const message = panel.getByRole("group", { name: /^End screen 1:/ });
  await expect(message).toHaveAccessibleName("End screen 1: Thank you! (default)");
  // The only end screen, and the default: no Remove, and the card says where it is shown.
  await expect(message.getByRole("button", { name: /^Remove/ })).toHaveCount(0);
  await expect(message).toContainText("Shown to: the default.");

  // 1. A booking end screen, for Sales-ready leads.
  await panel.getByRole("button", { name: "Add booking" }).click();
  const booking = panel.getByRole("group", { name: /^End screen 2:/ });
  await expect(booking.getByLabel("Kind")).toHaveValue("booking");
  await expect(booking.getByLabel("Kind")).toBeFocused();
  await booking.getByLabel("Title").fill("Book your demo");
  await expect(booking).toHaveAccessibleName("End screen 2: Book your demo");
  const salesReady = panel.getByLabel("Sales-ready leads see");
  await salesReady.selectOption({ label: "End screen 2: Book your demo" });
  await expect(booking).toContainText("Shown to: Sales-ready leads.");
  await page.getByRole("button", { name: "Undo" }).click();
  await expect(salesReady).toHaveValue("");
  await expect(page.getByTestId("builder-announcer")).toHaveText("Undone: changed the end screen of Sales-ready");
  await page.getByRole("button", { name: "Redo" }).click();
  await expect(salesReady).toHaveValue("end_1");
  await expect(panel.getByLabel("Nurture leads see")).toHaveValue("");
  await expect(panel.getByLabel("Default (everyone else)")).toHaveValue("thanks");

  // 2. The message's title and text (rendered as text on the hosted page).
  const title = message.getByLabel("Title");
  await title.fill("Thanks <b>— we will call you</b>");
  await page.getByRole("button", { name: "Undo" }).click();
  await expect(title).toHaveValue("Thank you!");
  await expect(page.getByTestId("builder-announcer")).toHaveText("Undone: edited the title of End screen 1");
  await page.getByRole("button", { name: "Redo" }).click();
  await expect(title).toHaveValue("Thanks <b>— we will call you</b>");
  await message.getByLabel("Text", { exact: true }).fill("Talk soon.");
  await expect(status).toHaveText("Saved", { timeout: 20_000 });

  // 3. A redirect starts without a web address: not saved, and the reason is a button that opens
  //    the End screens tab at the input at fault.
  await panel.getByRole("button", { name: "Add redirect" }).click();
  const redirect = panel.getByRole("group", { name: /^End screen 3:/ });
  const address = redirect.getByLabel("Web address");
  await expect(address).toHaveAttribute("aria-invalid", "true");
  await expect(address).toHaveAccessibleDescription("The web address is empty.");
  await expect(address).toBeFocused();
  await expect(status).toContainText("Not saved — End screen 3 (Go to a web address (not set)): the web address is empty");
  await page.getByRole("tab", { name: "Scoring" }).click();
  await expect(panel).toHaveCount(0);
  await status.getByRole("button").click();
  await expect(address).toBeFocused();
  await address.fill("ftp://example.com");
  await expect(address).toHaveAccessibleDescription("The web address is not valid: Use an http(s) address.");
  await redirect.getByRole("button", { name: "Remove End screen 3" }).click();
  await expect(panel.getByRole("group", { name: /^End screen/ })).toHaveCount(2);
  await expect(status).toHaveText("Saved", { timeout: 20_000 });

  // 4. Publish; the hosted form shows the edited message to a Nurture lead (score 0).
  await page.getByRole("button", { name: "Publish" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Published version 1" })).toBeVisible({ timeout: 30_000 });
  const hosted = await page.context().newPage();
  await installFormClock(hosted);
  await hosted.goto(`/f/${slug}`, { timeout: 120_000 });
  await hosted.getByLabel("Work email").fill(`end.screens.${Date.now()}@example-corp.com`);
  await passFillTime(hosted); // a human's fill time (faster is stored as spam)
  await hosted.getByRole("button", { name: "Submit" }).click();
  await expect(hosted.getByRole("heading", { name: "Thanks <b>— we will call you</b>" })).toBeVisible({ timeout: 30_000 });
  await expect(hosted.getByText("Talk soon.")).toBeVisible();
  await hosted.close();
  await expectFormLeadNotSpam(browser, id); // a spam submission sees the same end screen

  // 5. What was published comes back with the page: the booking is Sales-ready's end screen.
  await page.reload({ timeout: 120_000 });
  await page.getByRole("tab", { name: "End screens" }).click();
  await expect(page.getByLabel("Sales-ready leads see")).toHaveValue("end_1");
  await expect(page.getByTestId("end-screens-editor").getByRole("group", { name: /^End screen 2:/ })).toHaveAccessibleName("End screen 2: Book your demo");
});
