// The intake's answer is never compressed: `POST /api/v1/leads` answers 201 with
// `cache-control: no-store, no-transform`, which Next's gzip honours, so no lead pays for gzip on
// the hottest path (a lead's answer is a few KB). The same server still compresses a large
// document for a client that accepts gzip (the OpenAPI document), so the test fails if the 201
// is compressed and would not pass on a server that compresses nothing.
import { BANK_VP } from "../prisma/seed/demo-answers";
import { expect, signInAs, test } from "./fixtures";

test("the 201 of POST /api/v1/leads is not gzipped; a large document still is", async ({ page }) => {
  await signInAs(page, "admin");
  await page.goto("/settings/api-keys");
  const form = page.getByRole("form", { name: "Create an API key" });
  await form.getByLabel("Key name").fill("Encoding check");
  await form.getByRole("checkbox", { name: /^leads:write / }).check(); // no scope is ticked by default
  await form.getByRole("button", { name: "Create key" }).click();
  const key = (await page.getByTestId("new-api-key").textContent())?.trim() ?? "";
  expect(key).toMatch(/^sb_live_/);

  const stamp = String(Date.now());
  const answers = { ...BANK_VP, email: `cfo.${stamp}@encoding-bank.com`, full_name: `Enid Encoding ${stamp}`, company: "Encoding Bank" };
  const created = await page.request.post("/api/v1/leads", { headers: { authorization: `Bearer ${key}`, "accept-encoding": "gzip" }, data: { form: "demo", answers } });
  expect(created.status(), await created.text()).toBe(201);
  expect(created.headers()["cache-control"]).toBe("no-store, no-transform");
  expect(created.headers()["content-encoding"]).toBeUndefined();
  const body = await created.body();
  // Large enough that gzip would have applied (Next compresses bodies from 1 KB).
  expect(body.length).toBeGreaterThan(1024);
  expect((JSON.parse(body.toString("utf8")) as { lead: { person: { email: string } } }).lead.person.email).toBe(answers.email);

  const document = await page.request.get("/api/v1/openapi.json", { headers: { "accept-encoding": "gzip" } });
  expect(document.status()).toBe(200);
  expect(document.headers()["content-encoding"]).toBe("gzip");
});
