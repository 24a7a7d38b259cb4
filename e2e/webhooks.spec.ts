// Settings → Webhooks: an admin adds an endpoint pointing at a receiver this spec starts on
// 127.0.0.1 (the e2e server runs with OUTBOUND_ALLOW_PRIVATE=true), sees the signing secret once,
// sends a test event, sees it delivered in the log (the receiver verifies the signature with the
// standardwebhooks package), and replays it: the same webhook-id arrives again. A manager can
// neither open the page nor call its procedures. Its times read as every dashboard time, in the
// viewer's zone (here New York): when the endpoint was added, when a rotated-out secret stops
// signing, and each delivery's last attempt (to the second in UTC in its title, for matching the
// receiver's logs); they were written "2026-12-07 13:36:56 UTC".
import http from "node:http";
import type { AddressInfo } from "node:net";
import { Webhook } from "standardwebhooks";
import { expectLocalTime } from "./dashboard-time";
import { expect, signInAs, test } from "./fixtures";
import { mainNav, openSettingsPage, settingsNav } from "./settings-nav";

interface TReceived {
  headers: Record<string, string>;
  body: string;
}

let receiver: http.Server;
let url = "";
const received: TReceived[] = [];
const VIEWER_ZONE = "America/New_York";
test.use({ timezoneId: VIEWER_ZONE });

test.beforeAll(async () => {
  receiver = http.createServer((request, response) => {
    let body = "";
    request.on("data", (chunk: Buffer) => (body += chunk.toString("utf8")));
    request.on("end", () => {
      const headers = Object.fromEntries(["webhook-id", "webhook-timestamp", "webhook-signature"].map((name) => [name, String(request.headers[name] ?? "")]));
      received.push({ headers, body });
      response.statusCode = 200;
      response.end("received by the e2e receiver");
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks/switchboard`;
});

test.afterAll(async () => {
  await new Promise<void>((resolve) => receiver.close(() => resolve()));
});

test("an admin adds an endpoint, sees its secret once, sends a test event, sees it delivered and replays it", async ({ page }) => {
  await signInAs(page, "admin");
  await openSettingsPage(page, "Webhooks");
  await expect(page.getByRole("heading", { name: "Webhooks" })).toBeVisible();

  const form = page.getByRole("form", { name: "Add a webhook endpoint" });
  await form.getByLabel("Endpoint URL").fill(url);
  await form.getByLabel("Description (optional)").fill("e2e receiver");
  await form.getByRole("checkbox", { name: /^lead\.created / }).check();
  await form.getByRole("checkbox", { name: /^booking\.created / }).check();
  await form.getByRole("button", { name: "Add endpoint" }).click();

  const secret = ((await page.getByTestId("webhook-secret").textContent()) ?? "").trim();
  expect(secret).toMatch(/^whsec_/);
  const card = page.getByRole("listitem", { name: `Webhook endpoint ${url}` });
  await expect(card.getByText("enabled", { exact: true })).toBeVisible();
  await expect(card.getByLabel("Events")).toHaveText("lead.createdbooking.created");

  await card.getByRole("button", { name: "Send test event" }).click();
  const row = card.getByRole("row", { name: /^Delivery webhook\.test / });
  await expect(row.getByTestId("delivery-status")).toHaveText("delivered", { timeout: 30_000 });
  await expect(row.getByTestId("delivery-attempts")).toHaveText("1");
  await expect(row).toContainText("received by the e2e receiver");
  await expect.poll(() => received.length).toBe(1);
  const first = new Webhook(secret).verify(received[0]!.body, received[0]!.headers) as { type: string; version: number };
  expect(first).toMatchObject({ type: "webhook.test", version: 1 });

  await row.getByRole("button", { name: "Replay" }).click();
  await expect(row.getByTestId("delivery-attempts")).toHaveText("2");
  await expect.poll(() => received.length).toBe(2);
  expect(received[1]!.headers["webhook-id"]).toBe(received[0]!.headers["webhook-id"]);
  expect(new Webhook(secret).verify(received[1]!.body, received[1]!.headers)).toMatchObject({ type: "webhook.test" });

  // Times in the viewer's zone, never "… UTC" in the text.
  await expect(card.getByTestId("webhook-added")).toHaveText(/^added [A-Z][a-z]{2} \d{1,2}, \d{4}, \d{2}:\d{2}$/);
  await expectLocalTime(card.getByTestId("webhook-added").locator("time"), VIEWER_ZONE, "New York");
  await expectLocalTime(row.getByTestId("delivery-last-attempt").locator("time"), VIEWER_ZONE, "New York", { exactUtcTitle: true });
  await card.getByRole("button", { name: "Rotate secret" }).click();
  const rotated = card.getByRole("status").filter({ hasText: "New signing secret" });
  await expect(rotated).toContainText(/The secret it replaced keeps signing alongside it until [A-Z][a-z]{2} \d{1,2}, \d{4}, \d{2}:\d{2}\. Each delivery/);
  await expectLocalTime(rotated.locator("time"), VIEWER_ZONE, "New York");
  await expect(card).not.toContainText("UTC");

  // Shown once: not on the page after a reload, nor anywhere in it.
  await page.reload();
  await expect(page.getByRole("listitem", { name: `Webhook endpoint ${url}` })).toBeVisible();
  await expect(page.getByTestId("webhook-secret")).toHaveCount(0);
  expect(await page.content()).not.toContain(secret);
});

test("Add endpoint says why it cannot add yet: no URL, no event chosen — shown on the fields, nothing is created", async ({ page }) => {
  await signInAs(page, "admin");
  await page.goto("/settings/webhooks");
  const form = page.getByRole("form", { name: "Add a webhook endpoint" });
  const add = form.getByRole("button", { name: "Add endpoint" });
  const events = form.getByRole("group", { name: "Events" });
  const target = `${url}/no-events`;

  await expect(add).toBeEnabled();
  await add.click();
  await expect(form.getByLabel("Endpoint URL")).toHaveAccessibleDescription("Enter the endpoint's URL");
  await expect(events).toHaveAccessibleDescription("Choose at least one event");
  await expect(events).toHaveAttribute("aria-invalid", "true");

  await form.getByLabel("Endpoint URL").fill(target);
  await add.click();
  await expect(form.getByLabel("Endpoint URL")).not.toHaveAttribute("aria-invalid", "true");
  await expect(events).toHaveAccessibleDescription("Choose at least one event");
  await expect(page.getByRole("listitem", { name: `Webhook endpoint ${target}` })).toHaveCount(0);

  // Ticking an event clears the error; then the endpoint is added.
  await events.getByRole("checkbox", { name: /^lead\.routed / }).check();
  await expect(form.getByText("Choose at least one event")).toHaveCount(0);
  await add.click();
  await expect(page.getByTestId("webhook-secret")).toBeVisible();
  await expect(page.getByRole("listitem", { name: `Webhook endpoint ${target}` })).toBeVisible();
});

test("a manager cannot reach Settings → Webhooks nor call its procedures", async ({ page }) => {
  await signInAs(page, "manager");
  // Settings lists what a manager may open (Meeting types), not Webhooks.
  await mainNav(page).getByRole("link", { name: "Settings", exact: true }).click();
  await expect(settingsNav(page).getByRole("link", { name: "Meeting types", exact: true })).toHaveAttribute("aria-current", "page");
  await expect(settingsNav(page).getByRole("link", { name: "Webhooks" })).toHaveCount(0);
  const response = await page.goto("/settings/webhooks");
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { name: "You don't have access to this page" })).toBeVisible();
  const list = await page.request.get("/api/trpc/webhooks.list");
  expect(list.status()).toBe(403);
  const create = await page.request.post("/api/trpc/webhooks.create", { data: { json: { url: "https://hooks.example.com/x", events: ["lead.created"] } } });
  expect(create.status()).toBe(403);
});
