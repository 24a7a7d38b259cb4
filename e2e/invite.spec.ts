// An admin invites a rep into the Inside Sales team; the rep accepts from the emailed link,
// creates an account and the admin sees them in the team.
import { expect, signInAs, test } from "./fixtures";
import { linkIn, waitForMail } from "./mailbox";

test("an admin invites a rep; the rep accepts and appears in the team", async ({ browser }) => {
  const email = `new.rep.${Date.now()}@example.com`;
  const admin = await browser.newPage();
  await signInAs(admin, "admin");
  await admin.goto("/settings/members");
  await admin.getByLabel("Email", { exact: true }).fill(email);
  await admin.getByLabel("Role", { exact: true }).selectOption("REP");
  await admin.getByLabel("Team", { exact: true }).selectOption({ label: "Inside Sales" });
  await admin.getByRole("button", { name: "Send invite" }).click();
  await expect(admin.getByRole("status")).toContainText(`Invite sent to ${email}`);
  await expect(admin.getByRole("list", { name: "Open invites" })).toContainText(email);

  const rep = await browser.newPage();
  const invite = await waitForMail(email);
  await rep.goto(linkIn(invite, "/invite/"));
  await expect(rep.getByRole("heading", { name: /Join Demo Co/ })).toBeVisible();
  await rep.getByLabel("Your name").fill("Nina Newrep");
  // A refused password keeps the name (the form's action reset it, and the retry then failed with "Enter your name").
  await rep.getByLabel("Choose a password").fill("short");
  await rep.getByRole("button", { name: "Create account and join" }).click();
  await expect(rep.getByText("Use at least 10 characters")).toBeVisible();
  await expect(rep.getByLabel("Your name")).toHaveValue("Nina Newrep");
  await rep.getByLabel("Choose a password").fill("nina-password-123");
  await rep.getByRole("button", { name: "Create account and join" }).click();
  await expect(rep).toHaveURL(/\/inbox$/); // reps land in their inbox
  await expect(rep.getByTestId("current-user")).toContainText("Nina Newrep");

  await admin.goto("/teams");
  await admin.getByRole("link", { name: "Inside Sales" }).first().click();
  await expect(admin.getByText("Nina Newrep").first()).toBeVisible();
  await admin.goto("/settings/members");
  await expect(admin.getByRole("list", { name: "Members" })).toContainText(email);
  await expect(admin.getByRole("list", { name: "Open invites" })).toHaveCount(0);
});
