// Helpers for the embed journeys: host websites on other origins (the embed demo site plus pages
// of the spec's own), the demo form's allowed origins, the events a host page received.
import type { APIRequestContext, FrameLocator, Page } from "@playwright/test";
import { startEmbedDemoSite, type TEmbedDemoSite } from "../server/cli/lib/embed-demo-site";
import { expect, signInAs, test } from "./fixtures";
import { trpcCall } from "./trpc";

export interface THostEvent {
  type: string;
  detail: Record<string, unknown>;
  from: string;
}

export async function demoFormId(request: APIRequestContext): Promise<string> {
  const response = await request.get("/api/trpc/forms.list");
  expect(response.status()).toBe(200);
  const body = (await response.json()) as { result: { data: { json: { id: string; slug: string }[] | { items: { id: string; slug: string }[] } } } };
  const data = body.result.data.json;
  const forms = Array.isArray(data) ? data : data.items;
  const demo = forms.find((f) => f.slug === "demo");
  expect(demo).toBeDefined();
  return demo!.id;
}

export async function setAllowedOrigins(page: Page, formId: string, origins: string[]): Promise<void> {
  const response = await page.request.post("/api/trpc/forms.setAllowedOrigins", { data: { json: { formId, origins } } });
  expect(response.status()).toBe(200);
}

export interface TAllowedDemoSite {
  /** The demo site's origin, e.g. http://127.0.0.1:41234 (read inside tests). */
  readonly origin: string;
  /** The demo form's id. */
  readonly formId: string;
}

/**
 * The spec's host website that the demo form allows: before the spec's tests, the embed demo site
 * (plus the pages `pages(appUrl, origin)` gives by path) starts on a free port and the marketer
 * lists its origin as the demo form's only allowed one; after them the form allows no website
 * again and the site stops. Call once at the top level of a spec.
 */
export function useAllowedDemoSite(pages?: (appUrl: string, origin: string) => Record<string, string>): TAllowedDemoSite {
  let site: TEmbedDemoSite | undefined;
  let formId = "";
  test.beforeAll(async ({ browser, baseURL }) => {
    site = await startEmbedDemoSite({ appUrl: baseURL!, port: 0, extraPages: pages && ((origin) => pages(baseURL!, origin)) });
    const marketer = await browser.newPage();
    await signInAs(marketer, "marketer");
    formId = await demoFormId(marketer.request);
    await setAllowedOrigins(marketer, formId, [site.origin]);
    await marketer.close();
  });
  test.afterAll(async ({ browser }) => {
    const marketer = await browser.newPage();
    await signInAs(marketer, "marketer");
    await setAllowedOrigins(marketer, formId, []);
    await marketer.close();
    await site?.close();
  });
  return {
    get origin() {
      return site!.origin;
    },
    get formId() {
      return formId;
    },
  };
}

/** Events recorded by the host page (EVENT_LOG_SCRIPT in server/cli/lib/embed-demo-site.ts). */
export function hostEvents(page: Page): Promise<THostEvent[]> {
  return page.evaluate(() => (window as unknown as { __events: THostEvent[] }).__events);
}

/** The iframe's height in CSS pixels and the height of the form page's content inside it. */
export async function frameHeights(page: Page, iframeSelector: string, frame: FrameLocator): Promise<{ iframe: number; content: number }> {
  const iframe = await page.locator(iframeSelector).evaluate((el) => el.getBoundingClientRect().height);
  const content = await frame.locator("[data-embed-root]").evaluate((el) => Math.ceil(el.getBoundingClientRect().height));
  return { iframe: Math.round(iframe), content };
}

type TReadLead = { isSpam: boolean; source: string | null; utm: Record<string, string>; referrer: string | null; answers: { key: string; value: unknown }[] };

export async function readLead(request: APIRequestContext, leadId: string): Promise<TReadLead> {
  const input = encodeURIComponent(JSON.stringify({ json: { leadId } }));
  const response = await request.get(`/api/trpc/leads.get?input=${input}`);
  expect(response.status()).toBe(200);
  return ((await response.json()) as { result: { data: { json: TReadLead } } }).result.data.json;
}

/** A new published form (blank template) whose end screen redirects to `url`, allowed on `origins`. */
export async function publishRedirectForm(page: Page, slug: string, url: string, origins: string[]): Promise<string> {
  const { id: formId } = await trpcCall<{ id: string }>(page, "forms.create", { name: `Embed redirect ${slug}`, slug }, "mutation");
  const form = await trpcCall<{ definition: { outcomes: object[] }; scoring: unknown }>(page, "forms.get", { formId }, "query");
  const definition = { ...form.definition, outcomes: [...form.definition.outcomes, { id: "go", type: "redirect", url }], tierOutcomes: {}, defaultOutcomeId: "go" };
  await trpcCall(page, "forms.updateDraft", { formId, definition, scoring: form.scoring }, "mutation");
  await trpcCall(page, "forms.publish", { formId }, "mutation");
  await setAllowedOrigins(page, formId, origins);
  return formId;
}
