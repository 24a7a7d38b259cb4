// A submission the server stored whose answer never reached the prospect's page (the network
// dropped it): the prospect changes an answer and sends again with the same Idempotency-Key. The
// server refuses to replay another body under that key (it would hand out the first lead and its
// booking token); the page then sends these answers as a submission of their own, under a new key,
// and the prospect sees the end screen — never an error they cannot get past.
import { installFormClock, passFillTime } from "./fill-time";
import { expect, signInAs, test } from "./fixtures";

test("an answer lost on the way back: the prospect edits and sends again and reaches the end screen", async ({ page }) => {
  const email = `lost.${Date.now()}@university.edu`;
  let submissions = 0;
  await page.route("**/api/v1/forms/demo/submissions", async (route) => {
    submissions += 1;
    if (submissions > 1) return route.continue();
    await route.fetch(); // the server stores it…
    await route.abort("connectionreset"); // …and its answer is lost
  });

  await installFormClock(page);
  await page.goto("/f/demo");
  await page.getByLabel("Work email").fill(email);
  await page.getByLabel("Full name").fill("Lost Answer");
  await page.getByRole("radio", { name: "Student", exact: true }).check();
  await page.getByRole("radio", { name: "I am researching for someone else" }).check();
  await passFillTime(page); // a human's fill time (faster is stored as spam)
  await page.getByRole("button", { name: "Send" }).click();
  await expect(page.getByRole("alert")).toBeVisible();

  await page.getByLabel("Full name").fill("Lost Answer Edited");
  await page.getByRole("button", { name: "Send" }).click();
  await expect(page.getByRole("heading", { name: "Thanks for your interest" })).toBeVisible();
  // The refused replay, then the same answers under a new key.
  expect(submissions).toBe(3);

  await signInAs(page, "admin");
  await page.goto(`/leads?search=${encodeURIComponent(email)}`);
  await expect(page.getByRole("row").filter({ hasText: "Lost Answer Edited" })).toHaveCount(1);
});
