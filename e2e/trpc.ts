// Calling one of the app's tRPC procedures as the signed-in user of `page` (its cookies), for
// set-up and clean-up that a journey does not need to click through.
import type { Page } from "@playwright/test";
import { expect } from "./fixtures";

/** `timeout`: how long the request may take (ms); Playwright's request default when left out. */
export async function trpcCall<T>(page: Page, procedure: string, input: unknown, kind: "query" | "mutation", options: { timeout?: number } = {}): Promise<T> {
  const response =
    kind === "query"
      ? await page.request.get(`/api/trpc/${procedure}?input=${encodeURIComponent(JSON.stringify({ json: input }))}`, options)
      : await page.request.post(`/api/trpc/${procedure}`, { data: { json: input }, ...options });
  expect(response.status(), `${procedure}: ${await response.text()}`).toBe(200);
  return ((await response.json()) as { result: { data: { json: T } } }).result.data.json;
}
