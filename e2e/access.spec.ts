// Security boundaries over HTTP: roles on pages and procedures, and workspace isolation.
import type { APIRequestContext, Page } from "@playwright/test";
import { expect, signInAs, test } from "./fixtures";
import { mainNav, settingsNav } from "./settings-nav";

async function trpcQuery(request: APIRequestContext, path: string, input?: unknown) {
  const query = input === undefined ? "" : `?input=${encodeURIComponent(JSON.stringify({ json: input }))}`;
  return request.get(`/api/trpc/${path}${query}`);
}

async function trpcMutation(request: APIRequestContext, path: string, input: unknown) {
  return request.post(`/api/trpc/${path}`, { data: { json: input } });
}

async function json(response: { json(): Promise<unknown> }) {
  return (await response.json()) as { result?: { data?: { json?: unknown } }; error?: { json?: { data?: { code?: string } } } };
}

test.describe("a REP", () => {
  test.beforeEach(async ({ page }) => signInAs(page, "tom"));

  for (const path of ["/settings/members", "/settings/currencies", "/jobs"]) {
    test(`cannot open the admin page ${path}`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(403);
      await expect(page.getByRole("heading", { name: "You don't have access to this page" })).toBeVisible();
    });
  }

  test("/settings opens the settings a rep may use (My calendar), not a 404 or an admin page", async ({ page }) => {
    await page.goto("/settings");
    await expect(page).toHaveURL(/\/settings\/calendar$/);
  });

  test("does not see admin links in the navigation nor in Settings", async ({ page }) => {
    const nav = mainNav(page);
    await expect(nav.getByRole("link", { name: "Reps" })).toBeVisible();
    await expect(nav.getByRole("link", { name: "Jobs" })).toHaveCount(0);
    // Settings lists only what a rep may open: My calendar, not Members nor Currencies.
    await nav.getByRole("link", { name: "Settings", exact: true }).click();
    await expect(page).toHaveURL(/\/settings\/calendar$/);
    await expect(settingsNav(page).getByRole("link")).toHaveText(["My calendar"]);
    await expect(settingsNav(page).getByRole("link", { name: "Members" })).toHaveCount(0);
    await expect(settingsNav(page).getByRole("link", { name: "Currencies" })).toHaveCount(0);
  });

  test("cannot call admin procedures", async ({ page }) => {
    const calls = [
      await trpcQuery(page.request, "invites.list"),
      await trpcQuery(page.request, "jobs.list", {}),
      await trpcMutation(page.request, "invites.create", { email: "intruder@example.com", role: "ADMIN" }),
      await trpcMutation(page.request, "members.remove", { membershipId: "any" }),
      await trpcMutation(page.request, "teams.create", { name: "Rogue team", description: "" }),
    ];
    for (const response of calls) {
      expect(response.status()).toBe(403);
      expect((await json(response)).error?.json?.data?.code).toBe("FORBIDDEN");
    }
  });
});

test("without a session, procedures answer 401 and pages redirect to sign in", async ({ page }) => {
  const response = await trpcQuery(page.request, "members.list");
  expect(response.status()).toBe(401);
  await page.goto("/reps");
  await expect(page).toHaveURL(/\/sign-in/);
});

async function createWorkspaceWithTeam(page: Page): Promise<{ workspaceId: string; teamId: string }> {
  const created = await trpcMutation(page.request, "workspace.create", { name: `Beta ${Date.now()}` });
  expect(created.status()).toBe(200);
  const workspaceId = ((await json(created)).result?.data?.json as { id: string }).id;
  const team = await trpcMutation(page.request, "teams.create", { name: "Beta pool", description: "secret pool" });
  expect(team.status()).toBe(200);
  const teamId = ((await json(team)).result?.data?.json as { id: string }).id;
  return { workspaceId, teamId };
}

test("a member of workspace A cannot read or change anything of workspace B", async ({ browser }) => {
  const owner = await browser.newPage();
  await signInAs(owner, "owner");
  const { teamId } = await createWorkspaceWithTeam(owner);

  const outsider = await browser.newPage();
  await signInAs(outsider, "admin"); // admin of Demo Co, not a member of Beta
  const read = await trpcQuery(outsider.request, "teams.get", { teamId });
  expect(read.status()).toBe(404);
  const change = await trpcMutation(outsider.request, "teams.update", { teamId, team: { name: "Hijacked", description: "" } });
  expect([403, 404]).toContain(change.status());
  const page = await outsider.goto(`/teams/${teamId}`);
  expect(page?.status()).toBe(404);
  // The same page as for an address that does not exist: nothing of workspace B, a way back.
  await expect(outsider.getByRole("heading", { name: "Page not found" })).toBeVisible();
  await expect(outsider.getByText("Beta pool")).toHaveCount(0);
  await expect(outsider.getByRole("link", { name: "Go to the dashboard" })).toHaveAttribute("href", "/dashboard");
  const list = await json(await trpcQuery(outsider.request, "teams.list"));
  expect(JSON.stringify(list)).not.toContain("Beta pool");

  const stillThere = await json(await trpcQuery(owner.request, "teams.get", { teamId }));
  expect(JSON.stringify(stillThere)).toContain("Beta pool");
  expect(JSON.stringify(stillThere)).not.toContain("Hijacked");
});
