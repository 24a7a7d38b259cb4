// Proves the harness end to end: the production server is up and its database answers.
import { expect, test } from "@playwright/test";

test("GET /api/health answers 200 with the database ok", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  const body = (await response.json()) as { db?: unknown };
  expect(body.db).toBe("ok");
});
